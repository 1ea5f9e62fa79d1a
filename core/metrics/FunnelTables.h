#pragma once

#include "FunnelReport.h"
#include "MetricsTable.h"
#include "RecordedComparison.h"

#include <vector>

namespace LeadStage {

// Lays a FunnelReport out as the tables of `leadstage metrics`, in this order:
// kpis, generation, cohorts, timeToMql, timeToMqlByPeriod, timeToMqlHistogram,
// engagement, stages, qualityBySource, qualityByCampaign, qualityByIndustry.
// Texts come from DashboardFormat and KpiText, as on the dashboard.
class FunnelTables
{
public:
    static std::vector<MetricsTable> of(const FunnelReport &report);

    static MetricsTable kpis(const FunnelReport &report);
    static MetricsTable generation(const FunnelReport &report);
    static MetricsTable cohorts(const FunnelReport &report);
    static MetricsTable timeToMql(const FunnelReport &report);
    static MetricsTable timeToMqlByPeriod(const FunnelReport &report);
    static MetricsTable timeToMqlHistogram(const FunnelReport &report);
    static MetricsTable engagement(const FunnelReport &report);
    static MetricsTable stages(const FunnelReport &report);
    static MetricsTable quality(const QualityTable &table);
    // `leadstage metrics --compare-recorded`: the table "recordedStages".
    static MetricsTable recordedStages(const RecordedComparison &comparison);
};

} // namespace LeadStage
