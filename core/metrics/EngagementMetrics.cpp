#include "EngagementMetrics.h"

#include "MetricsContext.h"

#include <algorithm>
#include <limits>

namespace LeadStage {

namespace {

// The months, as month indexes, during which the lead is IQL: from its IQL month to
// its MQL month (a lead that turns MQL in a month was still IQL when it began).
struct IqlMonths
{
    std::int32_t first = 0;
    std::int32_t last = -1;
};

IqlMonths iqlMonths(const MetricsContext &context, const LeadFacts &lead)
{
    const MetricsSnapshot &snapshot = context.snapshot();
    if (!lead.has(LeadFacts::IqlReached))
        return {};
    const std::int32_t last =
        lead.has(LeadFacts::MqlReached) ? snapshot.mqlMonth(lead.row) : std::numeric_limits<std::int32_t>::max();
    return IqlMonths{snapshot.iqlMonth(lead.row), last};
}

bool markCounts(const MetricsContext &context, const MonthMark &mark)
{
    // Only the as-of month can hold events after the analysis date.
    return mark.month < context.asOfMonth() || Period::monthStart(mark.month) + mark.secondsIntoMonth <= context.asOf();
}

} // namespace

std::vector<EngagementPoint> EngagementMetrics::compute(const MetricsContext &context)
{
    const int months = context.monthCount();
    // Difference array: +1 where a lead's IQL months start, −1 after they end.
    std::vector<int> delta(std::size_t(months) + 1, 0);
    std::vector<int> engaged(std::size_t(months), 0);
    for (const LeadFacts &lead : context.facts()) {
        const IqlMonths span = iqlMonths(context, lead);
        const std::int64_t first = std::max<std::int64_t>(span.first - std::int64_t(context.firstMonth()), 0);
        const std::int64_t last = std::min<std::int64_t>(span.last - std::int64_t(context.firstMonth()), months - 1);
        if (first > last)
            continue;
        ++delta[std::size_t(first)];
        --delta[std::size_t(last) + 1];
        for (const MonthMark &mark : context.snapshot().eventMonths(lead.row))
            if (mark.month >= span.first && mark.month <= span.last && context.monthSlot(mark.month) >= 0
                && markCounts(context, mark))
                ++engaged[std::size_t(context.monthSlot(mark.month))];
    }
    std::vector<EngagementPoint> points;
    int running = 0;
    for (int slot = 0; slot < months; ++slot) {
        running += delta[std::size_t(slot)];
        EngagementPoint point{Period(Bucket::Month, context.firstMonth() + slot), running, engaged[std::size_t(slot)]};
        if (point.iqls > 0)
            point.rate = double(point.engaged) / point.iqls;
        point.partial = point.month.end() - 1 > context.asOf();
        points.push_back(point);
    }
    return points;
}

bool EngagementMetrics::contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead)
{
    if (!cell.period || cell.period->bucket() != Bucket::Month || context.monthSlot(cell.period->index()) < 0)
        return false;
    const std::int32_t month = cell.period->index();
    const IqlMonths span = iqlMonths(context, lead);
    if (month < span.first || month > span.last)
        return false;
    if (cell.measure == MetricCell::Measure::IqlDuringMonth)
        return true;
    const auto marks = context.snapshot().eventMonths(lead.row);
    return cell.measure == MetricCell::Measure::EngagedInMonth
           && std::any_of(marks.begin(), marks.end(),
                          [&](const MonthMark &mark) { return mark.month == month && markCounts(context, mark); });
}

std::optional<double> EngagementMetrics::meanRate(const std::vector<EngagementPoint> &points)
{
    double sum = 0;
    int months = 0;
    for (const EngagementPoint &point : points)
        if (point.rate && !point.partial) {
            sum += *point.rate;
            ++months;
        }
    return months > 0 ? std::optional<double>(sum / months) : std::nullopt;
}

} // namespace LeadStage
