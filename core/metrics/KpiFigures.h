#pragma once

#include "FunnelReport.h"
#include "ReferenceBands.h"

#include <optional>

namespace LeadStage {

// What one KPI tile shows (and `leadstage metrics` prints), picked from a FunnelReport: the latest period whose
// number is final and the one before it. No arithmetic beyond choosing: the values
// are the report's own (the tile shows their difference).
//   IQL generation — the last whole period's IQLs;
//   conversion      — the last non-provisional cohort's rate;
//   time to MQL     — the last whole period's median days;
//   engagement      — the last whole month's rate.
struct KpiFigure
{
    IqlMetric metric = IqlMetric::Generation;
    std::optional<Period> period, previousPeriod;
    std::optional<double> value, previous;
    // Empty when there is no value, or the band does not apply (the generation
    // band is per month, so a quarter's IQLs are not judged against it).
    std::optional<BandPosition> band;
    // The band is a whole company's and the figure a filtered part's volume: not
    // judged, and said so (FunnelReport::segment).
    bool bandNotComparable = false;

    static KpiFigure of(const FunnelReport &report, IqlMetric metric);
};

} // namespace LeadStage
