#pragma once

#include "common/Error.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace LeadStage {

class DecayChart;
class DraftSpinBox;
class ModelDraft;

// The decay page: grace months and points a month, and the chart of an idle lead's
// score over the next 12 months for a start score the analyst picks.
class DecayPanel : public QWidget
{
    Q_OBJECT

public:
    DecayPanel(ModelDraft *draft, QWidget *parent = nullptr);

    DecayChart *chart() const { return m_chart; }
    QString summaryText() const;

Q_SIGNALS:
    void refused(const LeadStage::Error &error);

private:
    void showDraft();

    ModelDraft *m_draft;
    DraftSpinBox *m_grace, *m_points;
    QSpinBox *m_start;
    DecayChart *m_chart;
    QLabel *m_summary;
};

} // namespace LeadStage
