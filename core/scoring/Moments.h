#pragma once

#include <cstdint>
#include <limits>
#include <optional>

namespace LeadStage {

// Times in the scoring columns are UTC seconds; `noTime` marks "never" so the
// columns stay plain integers.
inline constexpr std::int64_t noTime = std::numeric_limits<std::int64_t>::min();
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
