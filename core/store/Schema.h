#pragma once

#include "common/Result.h"

#include <vector>

namespace LeadStage {

class Database;

// The workspace schema: numbered, forward-only migrations under PRAGMA user_version.
namespace Schema {

// 'LSTG': marks an SQLite file as a LeadStage workspace (PRAGMA application_id).
constexpr int applicationId = 0x4C535447;

int latestVersion();
// The file version whose tables a server workspace has (ServerSchema), which readers
// of a server workspace go by (currentVersion()): 10, and from the server's version 16
// on 11, whose lead_state.event_months it keeps.
constexpr int serverTablesVersion = 10;
constexpr int eventMonthsVersion = 11;
constexpr int serverEventMonthsVersion = 16;
// The first version a server workspace can have: it is made with the tables of the
// latest version up to ServerSchema's own (14), and takes every later version's step in
// PostgreSQL's dialect from the same numbered list as a file.
constexpr int serverFirstVersion = 10;
struct ServerStep
{
    int version;
    const char *sql; // empty when the version changed nothing a server keeps
};
// The steps after version `from` (at least serverFirstVersion), oldest first.
std::vector<ServerStep> serverSteps(int from);
// The version whose model versions record their author (`models.author`).
constexpr int modelAuthorsVersion = 15;
Result<bool> recordsModelAuthors(Database &database);
Result<int> currentVersion(Database &database);
// Whether the file has version 8's undated outcomes and recorded stages: a workspace read
// without upgrading (read-only) may be older, and its loaders then read dated outcomes only.
Result<bool> hasUndatedOutcomes(Database &database);

// Migrates one step at a time up to `target` (default: latest); each step runs in
// its own transaction and is rolled back whole when it fails.
Status migrate(Database &database, int target = -1);

} // namespace Schema
} // namespace LeadStage
