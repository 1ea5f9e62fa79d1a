#pragma once

#include "MetricsFilter.h"
#include "Period.h"

#include <cstdint>
#include <optional>

namespace LeadStage {

// One number on the dashboard, named so that FunnelMetrics::leadsBehind() can list
// the leads it counts: a bar, a heat-map cell, a histogram bin, a funnel stage or a
// table cell. Which fields matter depends on the measure (see each comment).
struct MetricCell
{
    enum class Measure : std::uint8_t {
        Iqls,           // period of iql_at; none: the whole axis (FunnelSummary::iqls)
        CohortSize,     // a cohort; none: the members of all non-provisional cohorts
        Converted,      // a cohort; none: converted of all non-provisional cohorts
        ConvertedBy,    // a cohort and index = k months of 30 days (heat-map cell)
        TimeToMql,      // period of mql_at; none: the whole axis
        TimeToMqlBin,   // index = histogram bin, over the whole axis
        IqlDuringMonth, // period = a month (Bucket::Month): the engagement denominator
        EngagedInMonth, // period = a month: the engagement numerator
        CurrentStage,   // index = Stage
        EverReached,    // index = Stage
        QualityIqls,    // dimension + valueId (QualityRow::valueId)
        QualityConverted,
        QualityCustomers,
        QualityWithMql,
    };

    Measure measure = Measure::Iqls;
    std::optional<Period> period;
    int index = 0;
    Dimension dimension = Dimension::Source;
    std::uint32_t valueId = 0;
};

} // namespace LeadStage
