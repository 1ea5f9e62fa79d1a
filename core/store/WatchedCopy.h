#pragma once

#include "common/Result.h"

#include <functional>
#include <string>

namespace LeadStage {

class Database;

// A table derived from another (event_blocks from events, lead_state_digests from
// lead_state) and kept true by three triggers that empty it whenever a row of the other
// is inserted, changed or deleted: its readers trust it only while all three exist, its
// writer replaces it whole inside a savepoint, and a bulk writer of the watched table
// forgets it (drops it with its triggers) first, so that no row fires one.
class WatchedCopy
{
public:
    // Both names are the program's own constants: they go into DDL, which binds no parameters.
    WatchedCopy(std::string table, std::string watched);

    // Whether the file has the table (schema version 12 and up, unless dropped by hand).
    Result<bool> exists(Database &database) const;
    // Whether it has the table and all three triggers that keep it true.
    Result<bool> trusted(Database &database) const;
    // Empties the table, lets `fill` write its rows and makes the triggers, in a savepoint
    // of the caller's write transaction. False when that failed (a full disk), undone
    // alone: the copy only saves time. An Error only when SQLite ended the caller's
    // transaction meanwhile; `what` names the copy in it.
    Result<bool> replace(Database &database, const std::function<Status()> &fill, const QString &what) const;
    // Drops the triggers and empties the table, in the caller's transaction.
    Status forget(Database &database) const;

private:
    std::string triggerName(const char *change) const;

    std::string m_table, m_watched;
};

} // namespace LeadStage
