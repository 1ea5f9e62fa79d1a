#pragma once

#include "PlotPanel.h"
#include "metrics/FunnelReport.h"

#include <vector>

class QCPGraph;
class QCPItemRect;
class QCPItemText;

namespace LeadStage {

// The monthly engagement rate as a line over the shaded 35–50 % reference band;
// the month holding the analysis date is drawn hollow (partial). A click on a point
// lists the IQLs engaged in that month.
class EngagementChart : public PlotPanel
{
    Q_OBJECT

public:
    explicit EngagementChart(QWidget *parent = nullptr);

    void showResult(const DashboardResult &result) override;
    void activatePoint(int index);

protected:
    QString toolTipAt(const QPoint &pixel) const override;

private:
    int pointAt(const QPoint &pixel) const;

    QCPGraph *m_line;
    QCPGraph *m_partial;
    QCPItemRect *m_band;
    QCPItemText *m_bandLabel;
    std::vector<EngagementPoint> m_points;
};

} // namespace LeadStage
