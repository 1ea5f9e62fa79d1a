#pragma once

#include "common/Result.h"

#include <functional>
#include <string>
#include <vector>

namespace LeadStage {

class Database;

// A table derived from others (event_blocks from events, lead_state_digests from
// lead_state, lead_blocks from leads and outcomes) and kept true by three triggers on
// each of them that empty it whenever one of their rows is inserted, changed or
// deleted: its readers trust it only while all the triggers exist, its writer replaces
// it whole inside a savepoint, and a bulk writer of a watched table forgets it (drops it
// with its triggers) first, so that no row fires one.
class WatchedCopy
{
public:
    // Both names are the program's own constants: they go into DDL, which binds no parameters.
    WatchedCopy(std::string table, std::string watched);
    // A copy of several tables: its triggers' names also name the table they watch (a
    // copy that came to watch a second table would need to drop its old triggers).
    WatchedCopy(std::string table, std::vector<std::string> watched);

    // Whether the file has the table (schema version 12 or 13 and up, unless dropped by hand).
    Result<bool> exists(Database &database) const;
    // Whether it has the table and all the triggers that keep it true.
    Result<bool> trusted(Database &database) const;
    // Empties the table, lets `fill` write its rows and makes the triggers, in a savepoint
    // of the caller's write transaction. False when that failed (a full disk), undone
    // alone, and the copy then forgotten: it only saves time. An Error when there is no
    // such transaction, or SQLite ended it meanwhile; `what` names the copy in it.
    Result<bool> replace(Database &database, const std::function<Status()> &fill, const QString &what) const;
    // Drops the triggers and empties the table, in the caller's transaction.
    Status forget(Database &database) const;

private:
    std::string serverForgetFunction() const;
    Status giveFunctionToTableOwner(Database &database) const;
    std::string triggerName(const std::string &watched, const char *change) const;

    std::string m_table;
    std::vector<std::string> m_watched;
};

} // namespace LeadStage
