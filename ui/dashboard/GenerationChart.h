#pragma once

#include "PlotPanel.h"
#include "metrics/FunnelReport.h"

#include <vector>

class QCPBars;

namespace LeadStage {

// IQL generation: IQLs per period as bars, the month labels thinned to quarters or
// years when they do not fit; a click on a bar lists its IQLs.
class GenerationChart : public PlotPanel
{
    Q_OBJECT

public:
    explicit GenerationChart(QWidget *parent = nullptr);

    void showResult(const DashboardResult &result) override;
    // Where bar `index` is drawn, in viewport() coordinates (tests click there).
    QPoint barCenter(int index) const;
    QWidget *viewport() const;
    int barCount() const { return int(m_points.size()); }
    // What bar `index` draws: its height and its period (tests compare these
    // with `leadstage metrics`).
    double barValue(int index) const;
    QString barLabel(int index) const;

protected:
    QString toolTipAt(const QPoint &pixel) const override;

private:
    int barAt(const QPoint &pixel) const;
    void activate(int index);

    QCPBars *m_bars;
    std::vector<GenerationPoint> m_points;
};

} // namespace LeadStage
