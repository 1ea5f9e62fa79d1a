#include "DeferredIndexes.h"

#include "Database.h"
#include "Statement.h"

#include <sqlite3.h>

namespace LeadStage {

namespace {

// An index name goes into DDL text, where SQLite takes no bound parameter: quoted as
// an identifier. Names come from sqlite_schema, i.e. from the schema itself.
std::string quotedIdentifier(std::string_view name)
{
    std::string quoted = "\"";
    for (const char c : name) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    return quoted + '"';
}

// SQLite refuses DROP INDEX ("database table is locked") while a statement of the
// connection is part way through its rows.
bool readsUnderway(Database &database)
{
    if (database.isServer())
        return false; // a server statement's rows are read whole when it runs
    for (sqlite3_stmt *statement = sqlite3_next_stmt(database.handle(), nullptr); statement;
         statement = sqlite3_next_stmt(database.handle(), statement))
        if (sqlite3_stmt_busy(statement))
            return true;
    return false;
}

} // namespace

Result<DeferredIndexes> DeferredIndexes::drop(Database &database, std::string_view table)
{
    DeferredIndexes deferred(database);
    if (readsUnderway(database))
        return deferred; // nothing deferred: the rewrite keeps its indexes, slower, the same rows
    // sql IS NULL marks the indexes SQLite makes for UNIQUE and PRIMARY KEY constraints:
    // those belong to the table's definition and stay.
    auto list = database.prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL");
    if (!list)
        return list.error();
    list->bindUtf8(1, table);
    std::vector<std::string> names;
    for (;;) {
        auto row = list->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        names.emplace_back(list->utf8(0));
        deferred.m_definitions.emplace_back(list->utf8(1));
    }
    list->reset();
    for (const std::string &name : names)
        if (Status dropped = database.exec("DROP INDEX " + quotedIdentifier(name)); !dropped)
            return dropped.error();
    return deferred;
}

Status DeferredIndexes::rebuild()
{
    for (const std::string &definition : m_definitions)
        if (Status built = m_database->exec(definition); !built)
            return built;
    m_definitions.clear();
    return {};
}

} // namespace LeadStage
