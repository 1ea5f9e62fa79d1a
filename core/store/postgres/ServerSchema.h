#pragma once

#include "common/Result.h"

#include <QString>

namespace LeadStage {

class ServerConnection;

// The workspace schema on a PostgreSQL server: the SQLite schema's latest version
// (Schema.cpp) in PostgreSQL's dialect, in a named schema of its own, with the version
// recorded in the table leadstage_schema (PostgreSQL has no PRAGMA user_version).
namespace ServerSchema {

// What a named schema on the server holds.
struct Found
{
    enum class State { Absent, Empty, Foreign, Workspace };
    State state = State::Absent;
    int version = 0;   // State::Workspace: the recorded schema version
    int relations = 0; // tables, views, sequences in it
};

Result<Found> inspect(ServerConnection &connection, const QString &schema);

// Inside the caller's write transaction: makes `schema` (kept when it exists and is
// empty) and its tables with their keys, uniqueness and checks, but without the
// references between tables and the secondary indexes, which addReferences() adds once
// the rows are in (far quicker than checking and indexing row by row).
Status createTables(ServerConnection &connection, const QString &schema);
// The foreign keys (checked over every row), the secondary indexes and the version row.
Status addReferences(ServerConnection &connection, const QString &schema);
// Both: an empty workspace schema.
Status create(ServerConnection &connection, const QString &schema);

// Whether the schema holds a workspace this LeadStage can read: refuses an absent or
// foreign schema, and one of another schema version, saying which and what to do.
Status checkReadable(ServerConnection &connection, const QString &schema);
// The same, with the readable workspace's schema version.
Result<int> readableVersion(ServerConnection &connection, const QString &schema);

// Whether the session's user may upgrade the workspace its search_path names: an owner
// (the model versions' owner role), or, without roles, the tables' owner.
Result<bool> mayUpgrade(ServerConnection &connection);
// Takes the steps of Schema's numbered list after version `from` (readableVersion) in the
// workspace its search_path names, each in a transaction of its own that also records it.
Status upgrade(ServerConnection &connection, int from);

} // namespace ServerSchema
} // namespace LeadStage
