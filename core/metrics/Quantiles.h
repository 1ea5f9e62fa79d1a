#pragma once

#include "FunnelReport.h"

#include <cstdint>
#include <span>

namespace LeadStage {

// Order statistics of durations. Quantiles use linear interpolation between the
// closest ranks (Hyndman & Fan type 7, as Excel's PERCENTILE.INC, R's and NumPy's
// default): for n sorted values x₀ … xₙ₋₁ and p in [0, 1], h = (n − 1) p and
// Q(p) = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). The median of an even count is the mean of
// the middle two. Selection (nth_element), not sorting: linear time.
class Quantiles
{
public:
    // Reorders `values`; empty span gives std::nullopt.
    static std::optional<double> of(std::span<std::int64_t> values, double p);
    // Count, mean, min, quartiles, max of durations in seconds, reported in days.
    static DurationStats days(std::span<std::int64_t> seconds);
};

} // namespace LeadStage
