#pragma once

#include "ScoringModel.h"

#include <algorithm>
#include <cstdint>

namespace LeadStage {

// A lead's running scores during replay. Engagement reads as
// max(0, info + intent - decay) (DESIGN §3, "The arithmetic, exactly"). 64 bits: a
// lead's events are not bounded, and ModelLimits bounds one event's points so that
// no lead that fits in memory comes near the range (docs/scoring.md, "Limits").
struct ReplayTotals
{
    std::int64_t info = 0;
    std::int64_t intent = 0;
    std::int64_t product = 0;
    std::int64_t decay = 0;

    std::int64_t engagement() const { return std::max<std::int64_t>(0, info + intent - decay); }
};

// What changed a lead's scores or stage during replay.
enum class ReplayCause : std::uint8_t {
    Rule,      // an activity rule paid
    Cap,       // an activity or field rule paid, cut to fit its cap
    FieldRule, // a field rule paid at created_at
    Trigger,   // a trigger fired (no points; makes the lead an MQL)
    Decay,     // a decay step took points
    Stage      // the lead first reached a stage
};

// One change, as the replay reports it to a ledger: `ref` is the rule or trigger
// index in the model, the Stage for stage changes, for decay the 30-day months
// since the last event.
struct ReplayStep
{
    std::int64_t at = 0;
    ReplayCause cause = ReplayCause::Rule;
    std::int32_t ref = 0;
    Track track = Track::Info;
    std::int32_t points = 0;      // one payment: at most a rule's points or its cap
    std::int32_t uncutPoints = 0; // what a capped rule would have paid
    ReplayTotals totals;          // after the change
};

// The engine's sink: records nothing and compiles away.
struct NoReplaySink
{
    static constexpr bool enabled = false;
    void record(const ReplayStep &) {}
};

} // namespace LeadStage
