#pragma once

#include "EventColumnsLoader.h"
#include "common/Result.h"

#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

namespace LeadStage {

class Database;

// Every event of a workspace in lead order — by lead, then time, then import order
// within a second — read in ranges of lead ids that several connections take in turn,
// a thread each. That is the storage order of schema version 10's events table; older
// files (read without upgrading) have it in their events_unique index, whose entries
// carry the id. Rows keep the store's ids (activity_types.id, event_details.id).
class EventRanges
{
public:
    using Row = EventColumnsLoader::EventRow;

    // Splits the events' lead ids into about `count` ranges of equal width.
    Status plan(Database &database, std::size_t count);
    // Reads range after range on `connection` until none is left or `stop` is set;
    // threads call it at once, each with a connection of its own.
    Status readOn(Database &connection, const std::atomic<bool> &stop);

    std::int64_t rowsRead() const { return m_read.load(std::memory_order_relaxed); }
    // The ranges' rows, in lead order; taken once all readers have returned.
    std::vector<std::vector<Row>> &rows() { return m_rows; }

private:
    Status readRange(Database &connection, std::size_t range, const std::atomic<bool> &stop);

    std::vector<std::pair<std::int64_t, std::int64_t>> m_bounds; // [first, last] lead ids
    std::vector<std::vector<Row>> m_rows;
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::int64_t> m_read{0};
};

} // namespace LeadStage
