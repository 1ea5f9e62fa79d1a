#pragma once

#include "common/Result.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace LeadStage {

class Database;

// An events file's rows on a server workspace. They stream through COPY into a table
// of the import's own (import_events_next, gone with a rollback), then join `events` in
// one of two ways, whichever costs less: a few rows beside many stored are inserted
// (each checked against its four references by PostgreSQL, about 17 µs a row on the
// test server); many rows make a new table of the stored ones and theirs, keyed and
// checked in one pass each, which swapWaiting() puts in the place of `events` just
// before the import commits (as a full rescore swaps lead_state): readers read the old
// table until then, and wait only from that swap to the commit. Either way a row already
// stored (same lead, time, activity and detail) is a duplicate and the first row of
// the file wins, as in a file workspace.
class ServerEventMerge
{
public:
    explicit ServerEventMerge(Database &database)
        : m_database(database)
    {}

    Status begin();
    // A row for add(): id, lead_id, occurred_at, activity_id, detail_id, import_id.
    static void appendRow(std::string &out, const std::array<std::int64_t, 6> &values);
    Status add(std::string_view rows, std::int64_t count);

    struct Outcome
    {
        std::int64_t inserted = 0;
        std::int64_t duplicates = 0;
        // Set when some rows were duplicates: the leads whose events this file stored.
        std::optional<std::vector<std::int64_t>> touched;
    };
    Result<Outcome> finish(std::int64_t importId);

    // The new events table a file made, if any, in the place of `events`. Before
    // anything reads `events` again, and before the commit.
    static Status swapWaiting(Database &database);

private:
    Result<std::int64_t> storedEvents();
    Result<std::int64_t> insertInPlace();
    Result<std::int64_t> swapIn(std::int64_t stored);
    Status addKey(bool &deduplicated);
    Result<std::vector<std::int64_t>> leadsStoredBy(std::int64_t importId, bool inPlace);

    Database &m_database;
    QString m_doing;
    std::int64_t m_staged = 0;
};

} // namespace LeadStage
