#include "WorkspaceSummary.h"

#include "Statement.h"
#include "StoredTables.h"
#include "Workspace.h"

namespace LeadStage {

namespace {

// Table names are our own constants, never data: they cannot be bound parameters.
constexpr const char *countQueries[][2] = {
    {"leads", "SELECT count(*) FROM leads"},       {"events", "SELECT count(*) FROM events"},
    {"outcomes", "SELECT count(*) FROM outcomes"}, {"activity_types", "SELECT count(*) FROM activity_types"},
    {"models", "SELECT count(*) FROM models"},     {"lead_state", "SELECT count(*) FROM lead_state"},
    {"imports", "SELECT count(*) FROM imports"},   {"import_errors", "SELECT count(*) FROM import_errors"},
};

Result<bool> tableExists(Database &database, const char *table)
{
    return StoredTables::has(database, table);
}

} // namespace

std::int64_t WorkspaceSummary::rows(const QString &table) const
{
    for (const auto &[name, count] : rowsPerTable)
        if (name == table)
            return count;
    return 0;
}

Result<WorkspaceSummary> WorkspaceSummary::read(Workspace &workspace)
{
    Database &database = workspace.database();
    WorkspaceSummary summary;
    summary.schemaVersion = workspace.schemaVersion();
    for (const auto &[table, sql] : countQueries) {
        auto exists = tableExists(database, table);
        if (!exists)
            return exists.error();
        if (!*exists)
            continue; // an older workspace opened read-only
        auto query = database.prepare(sql);
        if (!query)
            return query.error();
        auto row = query->step();
        if (!row)
            return row.error();
        summary.rowsPerTable.emplace_back(QString::fromUtf8(table), query->int64(0));
    }
    auto range = database.prepare("SELECT min(occurred_at), max(occurred_at) FROM events");
    if (!range)
        return range.error();
    auto row = range->step();
    if (!row)
        return row.error();
    summary.firstEventAt = range->optionalInt64(0);
    summary.lastEventAt = range->optionalInt64(1);
    return summary;
}

} // namespace LeadStage
