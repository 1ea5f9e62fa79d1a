#pragma once

#include "scoring/ScoringModel.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace LeadStage {

// How often an activity rule pays: each match, once, or once at the N-th match.
class PaysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PaysEditor(QWidget *parent = nullptr);

    void setPays(PayMode mode, int count);
    PayMode mode() const;
    int count() const;

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_mode;
    QSpinBox *m_count;
};

} // namespace LeadStage
