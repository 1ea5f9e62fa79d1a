#pragma once

#include "common/Result.h"

#include <cstdint>
#include <string_view>

namespace LeadStage {

class Database;

// What a workspace's store holds, asked the way each store answers it: SQLite's
// sqlite_schema and PRAGMAs in a file, the catalog of the workspace's schema on a server.
namespace StoredTables {

// Whether the workspace has a table of that name.
Result<bool> has(Database &database, std::string_view table);

// A number that changes whenever another connection has committed a change since the
// last call on this connection (SQLite's PRAGMA data_version; on a server the
// transactions in progress and the next transaction id, pg_current_snapshot()), for
// caches to know they are stale. Equal numbers mean nothing was committed meanwhile.
Result<std::int64_t> dataVersion(Database &database);

} // namespace StoredTables
} // namespace LeadStage
