#include "DeferredIndexes.h"

#include "Database.h"
#include "Statement.h"

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

} // namespace

Result<DeferredIndexes> DeferredIndexes::drop(Database &database, std::string_view table)
{
    // sql IS NULL marks the indexes SQLite makes for UNIQUE and PRIMARY KEY constraints:
    // those belong to the table's definition and stay.
    auto list = database.prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL");
    if (!list)
        return list.error();
    list->bindUtf8(1, table);
    DeferredIndexes deferred(database);
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
