#pragma once

#include "common/Result.h"

#include <cstdint>

namespace LeadStage {

class Database;

// Hands out events.id values, the import order that orders a lead's events within one
// second (schema version 10 keeps the next one in event_sequence). For writers of
// events: load() inside the write transaction, take() per row, save() before commit.
class EventSequence
{
public:
    explicit EventSequence(Database &database)
        : m_database(database)
    {}

    Status load();
    std::int64_t take() { return m_next++; }
    // The first of `count` consecutive ids.
    std::int64_t take(std::int64_t count)
    {
        const std::int64_t first = m_next;
        m_next += count;
        return first;
    }
    // The last `count` ids taken were not used (rows already stored): handed out again,
    // so importing a file twice does not move the sequence on by its rows.
    void giveBack(std::int64_t count) { m_next -= count; }
    // Stores the next id; a rollback takes it back with the rows.
    Status save();

    // At least the number of events, without counting them: the largest id. Older files
    // (read without upgrading) have it as the rowid; 0 when unknown.
    static Result<std::int64_t> largestId(Database &database);

private:
    Database &m_database;
    std::int64_t m_next = 1;
    std::int64_t m_loaded = 1;
};

} // namespace LeadStage
