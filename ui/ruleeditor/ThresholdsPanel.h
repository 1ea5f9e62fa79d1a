#pragma once

#include "ThresholdRuler.h"
#include "common/Error.h"

#include <QWidget>

class QCheckBox;

namespace LeadStage {

class DraftSpinBox;
class ModelDraft;

// The thresholds page: the ruler over the score histogram with its draggable
// handles, and the same thresholds as spin boxes; both edit the draft and follow it.
class ThresholdsPanel : public QWidget
{
    Q_OBJECT

public:
    ThresholdsPanel(ModelDraft *draft, QWidget *parent = nullptr);

    void setHistogram(const EngagementHistogram &histogram);
    ThresholdRuler *ruler() const { return m_ruler; }

Q_SIGNALS:
    void refused(const LeadStage::Error &error);

private:
    void showDraft();
    void edit(const Thresholds &thresholds);
    void drag(ThresholdRuler::Handle handle, int score);

    ModelDraft *m_draft;
    ThresholdRuler *m_ruler;
    DraftSpinBox *m_iql, *m_mql, *m_mqlIcp, *m_pql;
    QCheckBox *m_requiresIntent, *m_useIcp;
    int m_dragSession = 0;
};

} // namespace LeadStage
