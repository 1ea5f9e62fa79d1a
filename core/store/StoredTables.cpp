#include "StoredTables.h"

#include "Database.h"
#include "Statement.h"

#include <QHash>

namespace LeadStage::StoredTables {

Result<bool> has(Database &database, std::string_view table)
{
    auto query =
        database.prepare(database.isServer() ? "SELECT 1 FROM pg_catalog.pg_tables"
                                               " WHERE schemaname = current_schema() AND tablename = ?1"
                                             : "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    if (!query)
        return query.error();
    query->bindUtf8(1, table);
    auto row = query->step();
    if (!row)
        return row.error();
    return *row;
}

Result<std::int64_t> dataVersion(Database &database)
{
    // A commit on the server either ends a transaction the snapshot lists as in
    // progress or, writing anything, first takes a new transaction id (xmax grows):
    // either way the snapshot's text changes.
    auto query = database.prepare(database.isServer() ? "SELECT pg_current_snapshot()::text" : "PRAGMA data_version");
    if (!query)
        return query.error();
    if (auto row = query->step(); !row)
        return row.error();
    if (database.isServer()) {
        const std::string_view text = query->utf8(0);
        return std::int64_t(qHash(QByteArrayView(text.data(), qsizetype(text.size())), 0));
    }
    return query->int64(0);
}

} // namespace LeadStage::StoredTables
