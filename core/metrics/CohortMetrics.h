#pragma once

#include "FunnelReport.h"
#include "LeadFacts.h"
#include "MetricCell.h"

#include <vector>

namespace LeadStage {

class MetricsContext;

// IQL generation and IQL → MQL conversion by cohort (DESIGN §5), with the cohort ×
// months-since-IQL matrix of the heat map. One pass over the selected leads.
class CohortMetrics
{
public:
    struct Result
    {
        std::vector<GenerationPoint> generation;
        std::vector<CohortRow> cohorts;
        std::vector<int> iqlsPerMonth; // by engagement month slot, for the monthly mean
    };

    static Result compute(const MetricsContext &context);
    // Whether the lead is counted in `cell` (Iqls, CohortSize, Converted, ConvertedBy).
    static bool contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead);
    // Smallest k with mql_at ≤ iql_at + k × 30 days.
    static int monthsToMql(std::int64_t seconds);
};

} // namespace LeadStage
