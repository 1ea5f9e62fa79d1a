#include "Quantiles.h"

#include <algorithm>
#include <cmath>

namespace LeadStage {

namespace {

constexpr double dayInSeconds = 86400.0;

std::int64_t orderStatistic(std::span<std::int64_t> values, std::size_t rank)
{
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(rank), values.end());
    return values[rank];
}

} // namespace

std::optional<double> Quantiles::of(std::span<std::int64_t> values, double p)
{
    if (values.empty())
        return std::nullopt;
    const double h = double(values.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lower = std::size_t(std::floor(h));
    const std::int64_t low = orderStatistic(values, lower);
    if (lower + 1 >= values.size() || h == double(lower))
        return double(low);
    // After nth_element everything above `lower` is ≥ low: the next rank is their minimum.
    const std::int64_t high = *std::min_element(values.begin() + std::ptrdiff_t(lower) + 1, values.end());
    return double(low) + (h - double(lower)) * double(high - low);
}

DurationStats Quantiles::days(std::span<std::int64_t> seconds)
{
    DurationStats stats;
    stats.count = int(seconds.size());
    if (seconds.empty())
        return stats;
    double sum = 0;
    for (const std::int64_t value : seconds)
        sum += double(value);
    const auto inDays = [](std::optional<double> value) { return *value / dayInSeconds; };
    stats.mean = sum / double(seconds.size()) / dayInSeconds;
    const auto [minimum, maximum] = std::minmax_element(seconds.begin(), seconds.end());
    stats.minimum = double(*minimum) / dayInSeconds;
    stats.maximum = double(*maximum) / dayInSeconds;
    stats.lowerQuartile = inDays(of(seconds, 0.25));
    stats.median = inDays(of(seconds, 0.5));
    stats.upperQuartile = inDays(of(seconds, 0.75));
    return stats;
}

} // namespace LeadStage
