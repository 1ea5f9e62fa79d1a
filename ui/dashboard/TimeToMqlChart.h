#pragma once

#include "PlotPanel.h"
#include "metrics/FunnelReport.h"

#include <array>

class QCPBars;
class QCPItemStraightLine;
class QCPItemText;

namespace LeadStage {

// Days from IQL to MQL as a histogram of fixed 30-day bins with the quartiles and
// the median marked; a click on a bin lists its leads.
class TimeToMqlChart : public PlotPanel
{
    Q_OBJECT

public:
    explicit TimeToMqlChart(QWidget *parent = nullptr);

    void showResult(const DashboardResult &result) override;
    void activateBin(int bin);

protected:
    QString toolTipAt(const QPoint &pixel) const override;

private:
    void placeMarker(std::size_t which, std::optional<double> days, const QString &name);

    QCPBars *m_bars;
    std::array<QCPItemStraightLine *, 3> m_lines{};
    std::array<QCPItemText *, 3> m_labels{};
    TimeToMql m_data;
};

} // namespace LeadStage
