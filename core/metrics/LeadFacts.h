#pragma once

#include <cstdint>

namespace LeadStage {

// What the dashboard needs to know about one selected lead under one question
// (bucket, analysis date, axis), worked out once per filter change by
// MetricsContext. Every aggregate and every drill-down reads these 16 bytes instead
// of re-deriving them from the snapshot's columns, which keeps the passes over a
// million leads short and makes a number and its lead list agree by construction.
struct LeadFacts
{
    enum Flag : std::uint8_t {
        IqlReached = 1, // iql_at on or before the analysis date
        MqlReached = 2, // mql_at on or before the analysis date
        Converted = 4,  // both reached and mql_at ≤ iql_at + 180 days
        WindowOpen = 8, // reached IQL, but its 180 days have not all passed
        Customer = 16,  // customer_at on or before the analysis date
        InFunnel = 32,  // counted in the stage counts
        // An outcome reached with no date (undatedTime) counts by the snapshot's own
        // analysis date only: at an earlier one nothing places it.
        Undated = 64,         // counted in the stage counts without a date
        UndatedLeftOut = 128, // not counted: the analysis date is before the snapshot's
    };

    std::uint32_t row = 0;         // in the snapshot
    std::int32_t secondsToMql = 0; // mql_at − iql_at when both are reached
    std::int16_t iqlSlot = -1;     // axis slot of iql_at, -1 when unreached or off the axis
    std::int16_t mqlSlot = -1;     // axis slot of mql_at, likewise
    std::uint8_t flags = 0;
    std::uint8_t stage = 0;       // Stage at the analysis date
    std::uint8_t everReached = 0; // bit s: Stage s reached by its own moment
    std::uint8_t reserved = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    bool bothReached() const { return (flags & (IqlReached | MqlReached)) == (IqlReached | MqlReached); }
};

static_assert(sizeof(LeadFacts) == 16);

} // namespace LeadStage
