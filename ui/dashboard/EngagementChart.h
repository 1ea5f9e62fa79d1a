#pragma once

#include "PlotPanel.h"
#include "metrics/FunnelReport.h"

#include <vector>

class QCPGraph;
class QCPItemRect;
class QCPTextElement;

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
    // Where the band's name is written, in plot pixels: above the plotting area, so
    // the line can never run through it (tests check that).
    QRect bandNoteRect() const;

protected:
    QString toolTipAt(const QPoint &pixel) const override;

private:
    int pointAt(const QPoint &pixel) const;

    QCPGraph *m_line;
    QCPGraph *m_partial;
    QCPItemRect *m_band;
    QCPTextElement *m_bandNote;
    std::vector<EngagementPoint> m_points;
};

} // namespace LeadStage
