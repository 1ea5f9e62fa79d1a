#pragma once

#include "FunnelReport.h"
#include "LeadFacts.h"
#include "MetricCell.h"

namespace LeadStage {

class MetricsContext;

// The funnel at the analysis date (DESIGN §4): leads per current stage and per stage
// ever reached, over the leads created by that date (and in the date range, if any).
class StageMetrics
{
public:
    static StageCounts compute(const MetricsContext &context);
    // CurrentStage and EverReached; index = Stage.
    static bool contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead);
};

} // namespace LeadStage
