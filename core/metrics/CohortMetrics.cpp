#include "CohortMetrics.h"

#include "MetricsContext.h"

namespace LeadStage {

namespace {

constexpr std::int64_t heatMapMonth = 30 * 86400;

// A cohort named by the cell, or all non-provisional cohorts when it names none.
bool inCohort(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead)
{
    if (lead.iqlSlot < 0)
        return false;
    if (cell.period)
        return context.slotOf(*cell.period) == lead.iqlSlot;
    return !context.isProvisional(context.period(lead.iqlSlot));
}

void fillRow(const MetricsContext &context, CohortRow &cohort, const std::array<int, CohortRow::monthColumns> &byMonth)
{
    int cumulative = 0;
    for (int k = 0; k < CohortRow::monthColumns; ++k) {
        cumulative += byMonth[std::size_t(k)];
        cohort.convertedBy[std::size_t(k)] = cumulative;
        cohort.complete[std::size_t(k)] = cohort.period.end() - 1 + k * heatMapMonth <= context.asOf();
    }
    cohort.provisional = context.isProvisional(cohort.period);
    if (cohort.size > 0)
        cohort.rate = double(cohort.converted) / cohort.size;
}

} // namespace

int CohortMetrics::monthsToMql(std::int64_t seconds)
{
    return int((std::max<std::int64_t>(0, seconds) + heatMapMonth - 1) / heatMapMonth);
}

CohortMetrics::Result CohortMetrics::compute(const MetricsContext &context)
{
    const auto periods = std::size_t(context.periodCount());
    Result result;
    result.generation.resize(periods);
    result.cohorts.resize(periods);
    result.iqlsPerMonth.assign(std::size_t(context.monthCount()), 0);
    std::vector<std::array<int, CohortRow::monthColumns>> byMonth(periods);
    const MetricsSnapshot &snapshot = context.snapshot();
    for (const LeadFacts &lead : context.facts()) {
        if (lead.iqlSlot < 0)
            continue;
        CohortRow &cohort = result.cohorts[std::size_t(lead.iqlSlot)];
        ++cohort.size;
        if (const int month = context.monthSlot(snapshot.iqlMonth(lead.row)); month >= 0)
            ++result.iqlsPerMonth[std::size_t(month)];
        if (!lead.bothReached())
            continue;
        cohort.converted += lead.has(LeadFacts::Converted) ? 1 : 0;
        if (const int k = monthsToMql(lead.secondsToMql); k < CohortRow::monthColumns)
            ++byMonth[std::size_t(lead.iqlSlot)][std::size_t(k)];
    }
    for (std::size_t slot = 0; slot < periods; ++slot) {
        result.cohorts[slot].period = context.period(int(slot));
        result.generation[slot] = GenerationPoint{context.period(int(slot)), result.cohorts[slot].size};
        fillRow(context, result.cohorts[slot], byMonth[slot]);
    }
    return result;
}

bool CohortMetrics::contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead)
{
    switch (cell.measure) {
    case MetricCell::Measure::Iqls:
        return lead.iqlSlot >= 0 && (!cell.period || context.slotOf(*cell.period) == lead.iqlSlot);
    case MetricCell::Measure::CohortSize:
        return inCohort(context, cell, lead);
    case MetricCell::Measure::Converted:
        return inCohort(context, cell, lead) && lead.has(LeadFacts::Converted);
    case MetricCell::Measure::ConvertedBy:
        return cell.period && inCohort(context, cell, lead) && lead.bothReached()
               && monthsToMql(lead.secondsToMql) <= cell.index;
    default:
        return false;
    }
}

} // namespace LeadStage
