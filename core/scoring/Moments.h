#pragma once

#include <cstdint>
#include <limits>
#include <optional>

namespace LeadStage {

// Times in the scoring columns are UTC seconds; `noTime` marks "never" so the
// columns stay plain integers.
inline constexpr std::int64_t noTime = std::numeric_limits<std::int64_t>::min();
// A stage reached at no known time (an undated outcome, DESIGN §4): before every
// real time, so "reached by the analysis date" holds at any date, and apart from
// noTime. Whatever needs a time tests for it and leaves the lead out.
inline constexpr std::int64_t undatedTime = noTime + 1;
// The loaders' SQL (EventColumnsLoader, SnapshotLoader) writes it as this literal.
static_assert(undatedTime == -9223372036854775807);
inline constexpr std::int64_t secondsPerDay = 86400;
inline constexpr std::int64_t secondsPerWeek = 7 * secondsPerDay;
// DESIGN §3: "Months here are 30-day steps."
inline constexpr std::int64_t secondsPerDecayMonth = 30 * secondsPerDay;

inline std::optional<std::int64_t> moment(std::int64_t time)
{
    return time == noTime ? std::nullopt : std::optional<std::int64_t>(time);
}

inline std::int64_t timeOrNone(std::optional<std::int64_t> time)
{
    return time.value_or(noTime);
}

} // namespace LeadStage
