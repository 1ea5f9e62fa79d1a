#pragma once

#include "ChartPanel.h"
#include "metrics/FunnelReport.h"

#include <vector>

class QChart;
class QChartView;

namespace LeadStage {

// IQL generation: IQLs per period as bars (Qt Charts), the 300–500 a month band
// named in the subtitle; a click on a bar lists its IQLs.
class GenerationChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit GenerationChart(QWidget *parent = nullptr);

    void showResult(const DashboardResult &result) override;
    // Where bar `index` is drawn, in the chart view's viewport (tests click there).
    QPoint barCenter(int index) const;
    QWidget *viewport() const;
    int barCount() const { return int(m_points.size()); }
    // What bar `index` draws: its height and its axis label (tests compare these
    // with `leadstage metrics`).
    double barValue(int index) const;
    QString barLabel(int index) const;

protected:
    void render(QPaintDevice *device, const QSize &size) const override;

private:
    void activate(int index);

    QChart *m_chart;
    QChartView *m_view;
    std::vector<GenerationPoint> m_points;
};

} // namespace LeadStage
