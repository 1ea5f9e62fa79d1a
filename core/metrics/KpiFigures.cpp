#include "KpiFigures.h"

namespace LeadStage {

namespace {

// A period is whole once its last second lies on or before the analysis date.
bool isWhole(const Period &period, std::int64_t asOf)
{
    return period.end() - 1 <= asOf;
}

// Takes the last row satisfying `usable`, and the row just before it: the previous
// period must be the adjacent one, not the previous one that happens to have data.
template <typename Row, typename Usable, typename ValueOf, typename PeriodOf>
void pick(KpiFigure &figure, const std::vector<Row> &rows, Usable usable, ValueOf valueOf, PeriodOf periodOf)
{
    for (std::size_t i = rows.size(); i-- > 0;) {
        if (!usable(rows[i]))
            continue;
        figure.period = periodOf(rows[i]);
        figure.value = valueOf(rows[i]);
        if (i > 0) {
            figure.previousPeriod = periodOf(rows[i - 1]);
            figure.previous = valueOf(rows[i - 1]);
        }
        return;
    }
}

} // namespace

KpiFigure KpiFigure::of(const FunnelReport &report, IqlMetric metric)
{
    KpiFigure figure;
    figure.metric = metric;
    const std::int64_t asOf = report.asOf;
    auto periodOf = [](const auto &row) { return row.period; };

    switch (metric) {
    case IqlMetric::Generation:
        pick(
            figure, report.generation, [asOf](const GenerationPoint &p) { return isWhole(p.period, asOf); },
            [](const GenerationPoint &p) -> std::optional<double> { return p.iqls; }, periodOf);
        break;
    case IqlMetric::Conversion:
        pick(
            figure, report.cohorts, [](const CohortRow &c) { return !c.provisional && c.rate.has_value(); },
            [](const CohortRow &c) { return c.rate; }, periodOf);
        break;
    case IqlMetric::TimeToMql:
        pick(
            figure, report.timeToMql.perPeriod,
            [asOf](const TimeToMqlRow &r) { return isWhole(r.period, asOf) && r.days.median.has_value(); },
            [](const TimeToMqlRow &r) { return r.days.median; }, periodOf);
        break;
    case IqlMetric::Engagement:
        pick(
            figure, report.engagement, [](const EngagementPoint &p) { return !p.partial && p.rate.has_value(); },
            [](const EngagementPoint &p) { return p.rate; }, [](const EngagementPoint &p) { return p.month; });
        break;
    }

    // IQLs a month are a volume: 300–500 describes a whole company, so a filtered
    // part (one source, grade A only) is neither below nor within it. Rates and
    // durations are per lead and stay comparable whatever the filter.
    figure.bandNotComparable = metric == IqlMetric::Generation && report.segment;
    const bool bandApplies =
        (metric != IqlMetric::Generation || report.bucket == Bucket::Month) && !figure.bandNotComparable;
    if (bandApplies)
        figure.band = ReferenceBands::position(metric, figure.value);
    return figure;
}

} // namespace LeadStage
