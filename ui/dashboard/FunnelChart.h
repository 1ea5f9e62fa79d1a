#pragma once

#include "PlotPanel.h"
#include "metrics/FunnelReport.h"

#include <array>

class QCPBars;
class QCPItemText;

namespace LeadStage {

// The funnel: how many leads ever reached each stage, one bar per stage in the
// stage's own colour; the tooltip adds how many are at that stage now. A click
// lists the leads that reached the stage.
class FunnelChart : public PlotPanel
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void showResult(const DashboardResult &result) override;
    void activateStage(int stage);

protected:
    QString toolTipAt(const QPoint &pixel) const override;

private:
    static constexpr int stageCount = 7;

    std::array<QCPBars *, stageCount> m_bars{};
    std::array<QCPItemText *, stageCount> m_values{};
    StageCounts m_counts;
};

} // namespace LeadStage
