#include "WatchedCopy.h"

#include "Database.h"
#include "Statement.h"
#include "StoredTables.h"
#include "postgres/ServerConnection.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace LeadStage {

namespace {

struct WatchedChange
{
    const char *name;    // in the trigger's name
    const char *keyword; // in its SQL
};
const WatchedChange watchedChanges[] = {{"insert", "INSERT"}, {"update", "UPDATE"}, {"delete", "DELETE"}};

} // namespace

WatchedCopy::WatchedCopy(std::string table, std::string watched)
    : m_table(std::move(table))
    , m_watched{std::move(watched)}
{}

WatchedCopy::WatchedCopy(std::string table, std::vector<std::string> watched)
    : m_table(std::move(table))
    , m_watched(std::move(watched))
{}

// A server's triggers run a function (one a copy): it empties the copy whatever the
// session's search_path, which it keeps from the writer that made it.
std::string WatchedCopy::serverForgetFunction() const
{
    return "CREATE OR REPLACE FUNCTION " + m_table
           + "_forget() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $body$ BEGIN DELETE FROM "
           + m_table + "; RETURN NULL; END $body$";
}

// The function belongs to whom the copy's table does (a team workspace's analysts), not to
// the analyst who made it: the next one replaces it with the same CREATE OR REPLACE. The
// name reaches the SQL text through the server's format('%I').
Status WatchedCopy::giveFunctionToTableOwner(Database &database) const
{
    return database.server()->executeBuilt(
        "SELECT format('ALTER FUNCTION %I() OWNER TO %I', $1::text || '_forget', pg_get_userbyid(c.relowner)) "
        "FROM pg_class c WHERE c.oid = to_regclass($1::text) "
        "AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)",
        {QString::fromStdString(m_table)},
        QCoreApplication::translate("StoreError", "keeping %1 with its table").arg(QString::fromStdString(m_table)));
}

// A copy of one table keeps the names version 12 gave its triggers.
std::string WatchedCopy::triggerName(const std::string &watched, const char *change) const
{
    return m_watched.size() == 1 ? m_table + "_after_" + change : m_table + "_after_" + watched + "_" + change;
}

Result<bool> WatchedCopy::exists(Database &database) const
{
    return StoredTables::has(database, m_table);
}

Result<bool> WatchedCopy::trusted(Database &database) const
{
    auto table = exists(database);
    if (!table || !*table)
        return table;
    // A table rebuilt by hand or by a migration loses its triggers: then nothing says the
    // copy still follows it.
    auto watching = database.prepare(
        database.isServer() ? "SELECT count(*) FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = "
                              "t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                              " WHERE n.nspname = current_schema() AND c.relname = ?1 AND t.tgname IN (?2, ?3, ?4)"
                            : "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1 "
                              "AND name IN (?2, ?3, ?4)");
    if (!watching)
        return watching.error();
    for (const std::string &watched : m_watched) {
        watching->bindUtf8(1, watched);
        for (int i = 0; i < 3; ++i)
            watching->bindUtf8(i + 2, triggerName(watched, watchedChanges[i].name));
        auto row = watching->step();
        if (!row)
            return row.error();
        const bool all = *row && watching->int64(0) == 3;
        watching->reset();
        if (!all)
            return false;
    }
    return true;
}

Result<bool> WatchedCopy::replace(Database &database, const std::function<Status()> &fill, const QString &what) const
{
    // Its savepoint lives in the caller's write transaction. Without one SQLite would begin
    // one for it and a server refuse it: either way the caller forgot its transaction.
    if (!database.inTransaction())
        return Error{QCoreApplication::translate("StoreError", "writing %1 outside a write transaction").arg(what),
                     database.path()};
    auto table = exists(database);
    if (!table || !*table)
        return table;
    const std::string savepoint = "SAVEPOINT " + m_table;
    if (!database.exec(savepoint))
        return false;
    Status written = database.exec("DELETE FROM " + m_table);
    if (written)
        written = fill();
    if (written && database.isServer())
        written = database.exec(serverForgetFunction());
    if (written && database.isServer())
        written = giveFunctionToTableOwner(database);
    for (const std::string &watched : m_watched)
        for (const WatchedChange &change : watchedChanges)
            if (written)
                written = database.exec(
                    database.isServer()
                        ? "CREATE OR REPLACE TRIGGER " + triggerName(watched, change.name) + " AFTER " + change.keyword
                              + " ON " + watched + " FOR EACH STATEMENT EXECUTE FUNCTION " + m_table + "_forget()"
                        : "CREATE TRIGGER IF NOT EXISTS " + triggerName(watched, change.name) + " AFTER "
                              + change.keyword + " ON " + watched + " BEGIN DELETE FROM " + m_table + "; END");
    if (!written)
        (void)database.exec("ROLLBACK TO " + m_table);
    (void)database.exec("RELEASE " + m_table);
    if (!written && !database.inTransaction()) {
        Error error = written.error();
        error.what =
            QCoreApplication::translate("StoreError", "writing %1 ended the transaction: %2").arg(what, error.what);
        return error;
    }
    // The copy rolled back to may be the damaged one this write was to replace: none is
    // better than one every load must find damaged again. Should even this fail, the
    // loads still check every block.
    if (!written)
        (void)forget(database);
    return bool(written);
}

Status WatchedCopy::forget(Database &database) const
{
    // The triggers go even when the table went by hand: they name it, and every write to
    // the watched table would fail on it.
    for (const std::string &watched : m_watched)
        for (const WatchedChange &change : watchedChanges)
            if (Status dropped = database.exec("DROP TRIGGER IF EXISTS " + triggerName(watched, change.name)
                                               + (database.isServer() ? " ON " + watched : std::string()));
                !dropped)
                return dropped;
    auto table = exists(database);
    if (!table)
        return table.error();
    return *table ? database.exec("DELETE FROM " + m_table) : Status();
}

} // namespace LeadStage
