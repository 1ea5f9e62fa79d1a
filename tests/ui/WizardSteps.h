#pragma once

// Steps through the import wizard the way a user's clicks would.

#include "importwizard/ImportWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QTest>

namespace LeadStage::Testing {

// Picks an item of a combo in a table the way a click would: by its data, then activated.
inline bool choose(QComboBox *combo, const QVariant &data)
{
    if (!combo || combo->findData(data) < 0)
        return false;
    combo->setCurrentIndex(combo->findData(data));
    Q_EMIT combo->activated(combo->currentIndex());
    return true;
}

// Next, which must be enabled already.
inline void clickNext(ImportWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

} // namespace LeadStage::Testing
