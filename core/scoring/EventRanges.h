#pragma once

#include "common/Result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace LeadStage {

class Database;

// Every event of a workspace in lead order — by lead, then time, then import order
// within a second — read in ranges of lead ids that several connections take in turn,
// a thread each. That is the storage order of schema version 10's events table; older
// files (read without upgrading) have it in their events_unique index, whose entries
// carry the id. The packed copy of them (EventBlocks) is read the same way, a block a
// range. Each range is handed on, in lead order, as soon as it and every range
// before it are read, and its buffers serve the next range: memory stays a few ranges.
class EventRanges
{
public:
    // One range's events as read, in the store's ids (activity_types.id, event_details.id).
    struct Rows
    {
        std::vector<std::int64_t> times;
        std::vector<std::uint16_t> activities; // 0xFFFF: an id beyond what scoring holds
        std::vector<std::uint32_t> details;
        std::vector<std::pair<std::int64_t, std::uint32_t>> leads; // lead id, its events here, in order

        void clear();
    };
    // Takes the ranges' rows in lead order, one call at a time, on the thread of the
    // reader (`reader`: its index in the readers' connections) that completed them.
    using Sink = std::function<Status(const Rows &rows, std::size_t reader)>;

    // Splits the events' lead ids into about `count` ranges of equal width.
    Status plan(Database &database, std::size_t count, Sink sink);
    // The ranges of the stored packed blocks (EventBlocks::ranges), each read as one.
    void planBlocks(std::vector<std::pair<std::int64_t, std::int64_t>> bounds, Sink sink);
    // The ranges planned, [first, last] lead ids: the sink gets them in this order.
    const std::vector<std::pair<std::int64_t, std::int64_t>> &bounds() const { return m_bounds; }
    // Reads range after range on `connection` until none is left or `stop` is set;
    // threads call it at once, each with a connection of its own.
    Status readOn(Database &connection, std::size_t reader, const std::atomic<bool> &stop);

    std::int64_t rowsRead() const { return m_read.load(std::memory_order_relaxed); }
    // Whether every range reached the sink (all readers returned without an error).
    bool handedOver() const { return m_handed == m_bounds.size(); }
    // Whether a packed block did not decode (planBlocks()): the rows can still be read.
    bool foundDamagedBlock() const { return m_damagedBlock.load(); }

private:
    Status readRange(Database &connection, std::size_t range, Rows &rows, const std::atomic<bool> &stop);
    // A server workspace's range, through a binary COPY (bounded: a COPY reads to its end).
    Status readServerRange(Database &connection, std::size_t range, Rows &rows, const std::atomic<bool> &stop);
    Status handOver(std::size_t reader);

    std::vector<std::pair<std::int64_t, std::int64_t>> m_bounds; // [first, last] lead ids
    bool m_fromBlocks = false;                                   // planBlocks(): a block a range
    std::atomic<bool> m_damagedBlock{false};
    Sink m_sink;
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::int64_t> m_read{0};
    std::mutex m_readMutex;                   // guards m_ready and m_spare
    std::vector<std::optional<Rows>> m_ready; // read, not handed over yet
    std::vector<Rows> m_spare;                // emptied buffers for the next range
    std::mutex m_sinkMutex;                   // one hand-over at a time, in order
    std::size_t m_handed = 0;                 // ranges handed over so far
};

} // namespace LeadStage
