#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace LeadStage {

// The first event of a lead in one calendar month: the month index and the seconds
// from the month's start, so "an event in month M on or before the analysis date" is
// exact without keeping every event.
struct MonthMark
{
    std::int32_t month = 0;
    std::int32_t secondsIntoMonth = 0;

    bool operator==(const MonthMark &) const = default;
};

// The months with events of one IQL lead, as the engagement rate reads them (DESIGN §5)
// and lead_state.event_months keeps them (schema version 11): a rescore, which holds
// every event in memory, writes them, so opening the dashboard reads no events. Stored
// as one little-endian (month, seconds into the month) pair of int32 per month, in
// month order; an empty BLOB for an IQL lead without events in its window, NULL for a
// lead that is not IQL or a row scored before version 11.
namespace EventMonths {

// Only events from 31 days before iql_at to 31 days after mql_at, and none after the
// analysis date, can matter: the margins keep the month arithmetic out of the filter.
inline constexpr std::int64_t windowMargin = 2678400;

// The window's first event of each month among `times` (ascending), into `marks`
// (cleared first): what every snapshot keeps of an IQL lead's events. iqlAt must be a
// time, not noTime.
void firstOfEachMonth(std::span<const std::int64_t> times, std::int64_t asOf, std::int64_t iqlAt, std::int64_t mqlAt,
                      std::vector<MonthMark> &marks);
// The same as stored bytes, into `bytes` (cleared first).
void encode(std::span<const std::int64_t> times, std::int64_t asOf, std::int64_t iqlAt, std::int64_t mqlAt,
            std::vector<std::byte> &bytes);

// The marks of stored bytes; false when they are not whole pairs in rising month order
// (a damaged or foreign value), and then `marks` is left empty.
bool decode(std::span<const std::byte> bytes, std::vector<MonthMark> &marks);

} // namespace EventMonths

} // namespace LeadStage
