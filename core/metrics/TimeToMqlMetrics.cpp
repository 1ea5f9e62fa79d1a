#include "TimeToMqlMetrics.h"

#include "MetricsContext.h"
#include "Quantiles.h"

#include <span>
#include <vector>

namespace LeadStage {

namespace {

// The period of mql_at for leads that reached both stages; -1 for everyone else.
int populationSlot(const LeadFacts &lead)
{
    return lead.bothReached() ? lead.mqlSlot : -1;
}

} // namespace

TimeToMql TimeToMqlMetrics::compute(const MetricsContext &context)
{
    const auto periods = std::size_t(context.periodCount());
    std::vector<int> start(periods + 1, 0);
    TimeToMql result;
    for (const LeadFacts &lead : context.facts()) {
        const int slot = populationSlot(lead);
        if (slot < 0)
            continue;
        ++start[std::size_t(slot) + 1];
        ++result.histogram.counts[std::size_t(TimeToMqlHistogram::binOf(lead.secondsToMql))];
    }
    // Counting sort by period: each period's durations become one contiguous run.
    for (std::size_t slot = 1; slot <= periods; ++slot)
        start[slot] += start[slot - 1];
    std::vector<std::int64_t> seconds(std::size_t(start.back()));
    std::vector<int> next(start.begin(), start.end() - 1);
    for (const LeadFacts &lead : context.facts())
        if (const int slot = populationSlot(lead); slot >= 0)
            seconds[std::size_t(next[std::size_t(slot)]++)] = lead.secondsToMql;
    for (std::size_t slot = 0; slot < periods; ++slot) {
        const std::span<std::int64_t> run(seconds.data() + start[slot], std::size_t(start[slot + 1] - start[slot]));
        result.perPeriod.push_back(TimeToMqlRow{context.period(int(slot)), Quantiles::days(run)});
    }
    result.overall = Quantiles::days(seconds);
    return result;
}

bool TimeToMqlMetrics::contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead)
{
    const int slot = populationSlot(lead);
    if (slot < 0)
        return false;
    if (cell.measure == MetricCell::Measure::TimeToMqlBin)
        return TimeToMqlHistogram::binOf(lead.secondsToMql) == cell.index;
    return cell.measure == MetricCell::Measure::TimeToMql && (!cell.period || context.slotOf(*cell.period) == slot);
}

} // namespace LeadStage
