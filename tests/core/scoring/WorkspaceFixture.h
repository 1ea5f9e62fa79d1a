#pragma once

// A temporary workspace with leads and events inserted through prepared statements: a
// file, or a schema of its own on the test server (ServerPlacement), so that a suite
// runs on both stores.

#include "../EitherStoreSql.h"
#include "../ServerPlacement.h"
#include "ScoringFixture.h"
#include "store/EventDetailIds.h"
#include "store/Statement.h"
#include "store/Workspace.h"

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
        m_workspace = m_placement.place(std::move(created.value()));
    }

    bool onServer() const { return m_placement.onServer(); }

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

    // By hand, on either store: EitherStoreSql.
    bool exec(const QString &sql) { return EitherStoreSql::exec(database(), sql); }
    std::int64_t triggers(const char *pattern) { return EitherStoreSql::triggers(database(), pattern); }
    bool changeBehindTrigger(const QString &name, const QString &change)
    {
        return EitherStoreSql::changeBehindTrigger(database(), name, change);
    }

private:
    static void check(const Status &status)
    {
        if (!status)
            qFatal("insert: %s", qPrintable(status.error().toString()));
    }

    QTemporaryDir m_dir;
    ServerPlacement m_placement;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace LeadStage::Testing
