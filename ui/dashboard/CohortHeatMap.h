#pragma once

#include "PlotPanel.h"
#include "metrics/FunnelReport.h"

#include <optional>
#include <vector>

class QCPColorMap;
class QCPColorScale;

namespace LeadStage {

// Cohort conversion: one row per IQL cohort, one column per 30-day month since
// IQL, the cumulative share converted to MQL as colour. Cells whose time has not
// all passed stay blank; a click lists the converted leads of a cell.
class CohortHeatMap : public PlotPanel
{
    Q_OBJECT

public:
    explicit CohortHeatMap(QWidget *parent = nullptr);

    void showResult(const DashboardResult &result) override;
    // The cohort row and month column under a plot pixel.
    std::optional<std::pair<int, int>> cellAt(const QPoint &pixel) const;
    void activateCell(int cohort, int month);

protected:
    QString toolTipAt(const QPoint &pixel) const override;

private:
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    std::vector<CohortRow> m_cohorts;
};

} // namespace LeadStage
