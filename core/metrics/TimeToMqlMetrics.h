#pragma once

#include "FunnelReport.h"
#include "LeadFacts.h"
#include "MetricCell.h"

namespace LeadStage {

class MetricsContext;

// Time to MQL (DESIGN §5): mql_at − iql_at in days over the leads that have both and
// whose mql_at falls in the period — per period, over the whole axis, and as a
// histogram. Straight-to-MQL leads have no iql_at and are not in it.
class TimeToMqlMetrics
{
public:
    static TimeToMql compute(const MetricsContext &context);
    // TimeToMql (a period or the axis) and TimeToMqlBin.
    static bool contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead);
};

} // namespace LeadStage
