#pragma once

#include "FunnelReport.h"
#include "LeadFacts.h"
#include "MetricCell.h"

#include <vector>

namespace LeadStage {

class MetricsContext;

// Engagement rate per calendar month (DESIGN §5): of the leads that are IQL during
// the month — reached IQL before it ends, not MQL before it starts — the share with
// at least one event in it. Monthly whatever the bucket: the definition is monthly.
class EngagementMetrics
{
public:
    static std::vector<EngagementPoint> compute(const MetricsContext &context);
    // IqlDuringMonth and EngagedInMonth.
    static bool contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead);
    // Mean of the monthly rates over whole months that had IQLs.
    static std::optional<double> meanRate(const std::vector<EngagementPoint> &points);
};

} // namespace LeadStage
