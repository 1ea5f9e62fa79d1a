#include "StageMetrics.h"

#include "MetricsContext.h"

namespace LeadStage {

StageCounts StageMetrics::compute(const MetricsContext &context)
{
    StageCounts counts;
    for (const LeadFacts &lead : context.facts()) {
        if (!lead.has(LeadFacts::InFunnel))
            continue;
        ++counts.leads;
        counts.undated += lead.has(LeadFacts::Undated) ? 1 : 0;
        counts.undatedLeftOut += lead.has(LeadFacts::UndatedLeftOut) ? 1 : 0;
        ++counts.current[lead.stage];
        for (std::size_t stage = 0; stage < counts.everReached.size(); ++stage)
            counts.everReached[stage] += (lead.everReached >> stage) & 1;
    }
    return counts;
}

bool StageMetrics::contains(const MetricsContext &, const MetricCell &cell, const LeadFacts &lead)
{
    if (cell.index < 0 || cell.index > int(Stage::Customer) || !lead.has(LeadFacts::InFunnel))
        return false;
    if (cell.measure == MetricCell::Measure::CurrentStage)
        return lead.stage == cell.index;
    return cell.measure == MetricCell::Measure::EverReached && ((lead.everReached >> cell.index) & 1) != 0;
}

} // namespace LeadStage
