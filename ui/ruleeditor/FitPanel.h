#pragma once

#include "common/Error.h"

#include <QWidget>

class QAbstractItemDelegate;

namespace LeadStage {

class DraftSpinBox;
class DraftTablePanel;
class ModelDraft;

// The fit page: firmographic rules giving fit points, and the grade boundaries.
class FitPanel : public QWidget
{
    Q_OBJECT

public:
    FitPanel(ModelDraft *draft, QAbstractItemDelegate *delegate, QWidget *parent = nullptr);

    DraftTablePanel *rules() const { return m_rules; }

Q_SIGNALS:
    void refused(const LeadStage::Error &error);

private:
    void showDraft();

    ModelDraft *m_draft;
    DraftTablePanel *m_rules;
    DraftSpinBox *m_a, *m_b, *m_c;
};

} // namespace LeadStage
