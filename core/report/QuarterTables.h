#pragma once

#include "QuarterFigures.h"
#include "ReportCells.h"

namespace LeadStage {

// The report's tables of funnel figures, laid out from QuarterFigures with no
// arithmetic beyond stage-to-stage shares: the funnel by stage for the three quarters,
// the IQL metrics by quarter and as tiles, the monthly trends and the quality tables.
class QuarterTables
{
public:
    QuarterTables(const QuarterFigures &figures, const ReportCells &cells)
        : m_figures(figures)
        , m_cells(cells)
    {}

    ReportTable funnelByStage() const;
    ReportTable iqlMetricsByQuarter() const;
    std::vector<ReportKpi> kpis() const;
    ReportTable kpiTable(const std::vector<ReportKpi> &kpis) const;
    ReportTable generationByMonth() const;
    ReportTable cohortsByMonth() const;
    ReportTable timeToMqlByMonth() const;
    ReportTable timeToMqlHistogram() const;
    ReportTable engagementByMonth() const;
    ReportTable quality(Dimension dimension) const;

    // Share of the stage before reached (PQL: of IQL); empty over nobody.
    static std::optional<double> stageConversion(const StageCounts &stages, Stage stage);
    static std::int64_t reached(const StageCounts &stages, Stage stage);
    // The quarter's own cohort (empty when it had no IQLs).
    static const CohortRow *cohortOf(const FunnelReport &report);

private:
    QString quarterLabel(int column) const;
    QString text(const char *source) const { return m_cells.language().text(source); }

    const QuarterFigures &m_figures;
    const ReportCells &m_cells;
};

} // namespace LeadStage
