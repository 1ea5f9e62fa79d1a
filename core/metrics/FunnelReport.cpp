#include "FunnelReport.h"

#include <algorithm>

namespace LeadStage {

std::optional<double> CohortRow::shareBy(int month) const
{
    if (size == 0 || month < 0 || month >= monthColumns)
        return std::nullopt;
    return double(convertedBy[std::size_t(month)]) / size;
}

int TimeToMqlHistogram::binOf(std::int64_t seconds)
{
    const std::int64_t bin = std::max<std::int64_t>(0, seconds) / (std::int64_t(binDays) * 86400);
    return int(std::min<std::int64_t>(bin, binCount - 1));
}

QString TimeToMqlHistogram::binLabel(int bin)
{
    if (bin >= binCount - 1)
        return u"%1+"_qs.arg((binCount - 1) * binDays);
    return u"%1–%2"_qs.arg(bin * binDays).arg((bin + 1) * binDays - 1);
}

} // namespace LeadStage
