#pragma once

// A temporary workspace with leads and events inserted through prepared statements: a
// file, or, when LEADSTAGE_TEST_STORE is "postgres", a schema of its own on the test
// server (LEADSTAGE_TEST_POSTGRES), so that a suite runs on both stores (CTest registers
// such suites twice: leadstage_add_scoring_test(... BOTH_STORES)).

#include "ScoringFixture.h"
#include "store/EventDetailIds.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "store/copy/WorkspaceCopy.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/WorkspaceAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace LeadStage::Testing {

class WorkspaceFixture
{
public:
    WorkspaceFixture()
    {
        auto created = Workspace::create(m_dir.filePath(u"test.leadstage"_qs));
        if (!created)
            qFatal("workspace: %s", qPrintable(created.error().toString()));
        m_workspace = std::move(created.value());
        if (qEnvironmentVariable("LEADSTAGE_TEST_STORE") == u"postgres"_qs)
            moveToServer();
    }

    ~WorkspaceFixture()
    {
        if (m_schema.isEmpty())
            return;
        m_workspace.reset();
        dropSchema();
    }

    bool onServer() const { return !m_schema.isEmpty(); }

    Workspace &workspace() { return *m_workspace; }
    Database &database() { return m_workspace->database(); }

    void addLead(std::int64_t id, const QString &createdAt, const QString &industry = {})
    {
        auto insert = database().prepare("INSERT INTO leads (id, email, industry, created_at) VALUES (?1, ?2, ?3, ?4)");
        insert->bind(1, id).bind(2, u"lead%1@example.com"_qs.arg(id)).bind(3, industry).bind(4, at(createdAt));
        check(insert->run());
    }

    // "TIME activity" items separated by ';', inserted in that (import) order.
    void addEvents(std::int64_t leadId, const QString &events)
    {
        auto insert = database().prepare("INSERT INTO events (lead_id, occurred_at, activity_id, detail_id, id)"
                                         " VALUES (?1, ?2, (SELECT id FROM activity_types WHERE key = ?3), ?4,"
                                         " (SELECT coalesce(max(id), 0) + 1 FROM events))");
        EventDetailIds details(database());
        check(details.load());
        const QStringList items = events.split(u';', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const QStringList parts = item.trimmed().split(u' ');
            const auto detail = details.idOf(parts.value(2).toStdString());
            if (!detail)
                qFatal("detail: %s", qPrintable(detail.error().toString()));
            insert->bind(1, leadId).bind(2, at(parts[0])).bind(3, parts[1]).bind(4, *detail);
            check(insert->run());
        }
    }

    void addOutcome(std::int64_t leadId, const QString &sqlAt)
    {
        auto insert = database().prepare("INSERT INTO outcomes (lead_id, sql_at) VALUES (?1, ?2)");
        insert->bind(1, leadId).bind(2, at(sqlAt));
        check(insert->run());
    }

    // One column of one lead_state row as text ("" for NULL), or "missing".
    QString state(std::int64_t leadId, const char *column)
    {
        auto query = database().prepare(std::string("SELECT ") + column + " FROM lead_state WHERE lead_id = ?1");
        if (!query)
            qFatal("query: %s", qPrintable(query.error().toString()));
        query->bind(1, leadId);
        auto row = query->step();
        if (!row || !*row)
            return u"missing"_qs;
        return query->text(0);
    }

    std::int64_t count(const char *sql)
    {
        auto query = database().prepare(sql);
        auto row = query->step();
        return row && *row ? query->int64(0) : -1;
    }

    // SQL as the sqlite3 shell takes it, on either store. On a server, an x'…' blob
    // literal is PostgreSQL's '\x…'::bytea (x'…' there is a bit string), and
    // `DROP TRIGGER name` names the trigger's table, as PostgreSQL wants.
    bool exec(const QString &sql)
    {
        if (!onServer())
            return database().exec(sql.toStdString()).ok();
        static const QRegularExpression blob(uR"(\bx'([0-9a-fA-F]*)')"_qs);
        static const QRegularExpression dropTrigger(uR"(^DROP TRIGGER (\w+)$)"_qs);
        QString server = sql;
        server.replace(blob, uR"('\x\1'::bytea)"_qs);
        if (const auto match = dropTrigger.match(server); match.hasMatch())
            server += u" ON "_qs + triggerTable(match.captured(1));
        return database().exec(server.toStdString()).ok();
    }

    // How many of the workspace's triggers have names LIKE `pattern`.
    std::int64_t triggers(const char *pattern)
    {
        auto query = database().prepare(
            onServer() ? "SELECT count(*) FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
                         " WHERE c.relnamespace = current_schema()::regnamespace AND t.tgname LIKE ?1"
                       : "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ?1");
        query->bindUtf8(1, pattern);
        auto row = query->step();
        return row && *row ? query->int64(0) : -1;
    }

    // Runs `change` with the trigger `name` taken away and put back as it was: a change
    // behind the trigger's back, as nothing but a hand-edited workspace could make.
    bool changeBehindTrigger(const QString &name, const QString &change)
    {
        auto definition =
            database().prepare(onServer() ? "SELECT pg_catalog.pg_get_triggerdef(t.oid) FROM pg_catalog.pg_trigger t"
                                            " JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid WHERE t.tgname = ?1"
                                            " AND c.relnamespace = current_schema()::regnamespace"
                                          : "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1");
        definition->bindUtf8(1, name.toStdString());
        if (!definition->step().value())
            return false;
        const QString create = definition->text(0);
        definition->reset();
        return exec(u"DROP TRIGGER "_qs + name) && exec(change) && exec(create);
    }

private:
    QString triggerTable(const QString &trigger)
    {
        auto table = database().prepare("SELECT c.relname FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c"
                                        " ON c.oid = t.tgrelid WHERE t.tgname = ?1"
                                        " AND c.relnamespace = current_schema()::regnamespace");
        table->bindUtf8(1, trigger.toStdString());
        return table->step().value() ? table->text(0) : u"missing_table"_qs;
    }

    QString serverAddress() const
    {
        return qEnvironmentVariable("LEADSTAGE_TEST_POSTGRES") + u"&schema="_qs + m_schema;
    }

    void dropSchema() const
    {
        if (auto connection = ServerConnection::connect(*WorkspaceAddress::parse(serverAddress())))
            static_cast<void>(connection->execute("DROP SCHEMA IF EXISTS \"" + m_schema.toStdString() + "\" CASCADE",
                                                  u"dropping a test schema"_qs));
    }

    // The new file's workspace, copied to a schema named after the process and this
    // fixture; the server workspace is the one the test then works on.
    void moveToServer()
    {
        static int made = 0;
        m_schema = u"fixture_%1_%2"_qs.arg(QCoreApplication::applicationPid()).arg(++made);
        const QString file = m_workspace->path();
        m_workspace.reset();
        auto source = WorkspaceAddress::parse(file);
        auto destination = WorkspaceAddress::parse(serverAddress());
        // A wrong LEADSTAGE_TEST_POSTGRES would name a file: the suite would pass on SQLite.
        if (!source || !destination || !destination->isServer())
            qFatal("not a server's address: %s", qPrintable(serverAddress()));
        dropSchema(); // one a killed run of this process id left
        if (auto copied = WorkspaceCopy::run(*source, *destination); !copied)
            qFatal("copy: %s", qPrintable(copied.error().toString()));
        auto opened = Workspace::open(serverAddress(), Workspace::Options{});
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error().toString()));
        m_workspace = std::move(*opened);
    }

    static void check(const Status &status)
    {
        if (!status)
            qFatal("insert: %s", qPrintable(status.error().toString()));
    }

    QTemporaryDir m_dir;
    QString m_schema; // on the server: the workspace's
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace LeadStage::Testing
