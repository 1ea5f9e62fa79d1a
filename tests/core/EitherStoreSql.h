#pragma once

// What a test does by hand to a workspace, as the sqlite3 shell would, on either store
// (ServerPlacement): the few statements PostgreSQL spells otherwise than SQLite.

#include "store/Database.h"
#include "store/Statement.h"

#include <QRegularExpression>

namespace LeadStage::Testing::EitherStoreSql {

inline QString triggerTable(Database &database, const QString &trigger)
{
    auto table = database.prepare("SELECT c.relname FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c"
                                  " ON c.oid = t.tgrelid WHERE t.tgname = ?1"
                                  " AND c.relnamespace = current_schema()::regnamespace");
    table->bindUtf8(1, trigger.toStdString());
    return table->step().value() ? table->text(0) : u"missing_table"_qs;
}

// SQL as the sqlite3 shell takes it. On a server, an x'…' blob literal is PostgreSQL's
// '\x…'::bytea (x'…' there is a bit string), and `DROP TRIGGER name` names the
// trigger's table, as PostgreSQL wants.
inline bool exec(Database &database, const QString &sql)
{
    if (!database.isServer())
        return database.exec(sql.toStdString()).ok();
    static const QRegularExpression blob(uR"(\bx'([0-9a-fA-F]*)')"_qs);
    static const QRegularExpression dropTrigger(uR"(^DROP TRIGGER (\w+)$)"_qs);
    QString server = sql;
    server.replace(blob, uR"('\x\1'::bytea)"_qs);
    if (const auto match = dropTrigger.match(server); match.hasMatch())
        server += u" ON "_qs + triggerTable(database, match.captured(1));
    return database.exec(server.toStdString()).ok();
}

// How many of the workspace's triggers have names LIKE `pattern`; -1 when unreadable.
inline std::int64_t triggers(Database &database, const char *pattern)
{
    auto query = database.prepare(
        database.isServer()
            ? "SELECT count(*) FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
              " WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal AND t.tgname LIKE ?1"
            : "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ?1");
    query->bindUtf8(1, pattern);
    auto row = query->step();
    return row && *row ? query->int64(0) : -1;
}

// Runs `change` with the trigger `name` taken away and put back as it was: a change
// behind the trigger's back, as nothing but a hand-edited workspace could make.
inline bool changeBehindTrigger(Database &database, const QString &name, const QString &change)
{
    auto definition =
        database.prepare(database.isServer() ? "SELECT pg_catalog.pg_get_triggerdef(t.oid) FROM pg_catalog.pg_trigger t"
                                               " JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid WHERE t.tgname = ?1"
                                               " AND c.relnamespace = current_schema()::regnamespace"
                                             : "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1");
    definition->bindUtf8(1, name.toStdString());
    if (!definition->step().value())
        return false;
    const QString create = definition->text(0);
    definition->reset();
    return exec(database, u"DROP TRIGGER "_qs + name) && exec(database, change) && exec(database, create);
}

} // namespace LeadStage::Testing::EitherStoreSql
