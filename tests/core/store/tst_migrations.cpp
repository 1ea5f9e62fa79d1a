#include "import/ImportHistory.h"
#include "metrics/Period.h"
#include "metrics/SnapshotLoader.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Database.h"
#include "store/EventSequence.h"
#include "store/Schema.h"
#include "store/ScoreStatus.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "store/WorkspaceSummary.h"

#include <sqlite3.h>

#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

// A workspace file stopped at schema `version`, as an older LeadStage left it.
QString makeOldWorkspace(const QTemporaryDir &dir, int version)
{
    const QString path = dir.filePath(u"old-v%1.leadstage"_qs.arg(version));
    auto database = Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!database)
        qFatal("open failed");
    if (version > 0) {
        if (!Schema::migrate(*database, version))
            qFatal("migrate failed");
        auto lead = database->prepare("INSERT INTO leads (id, email, created_at) VALUES (7, 'kept@example.com', 1)");
        auto event = database->prepare("INSERT INTO events (lead_id, occurred_at, activity_id, id) VALUES (7, 100, "
                                       "(SELECT id FROM activity_types WHERE key = 'ebook_download'), 1)");
        if (!lead->run() || !event->run())
            qFatal("seeding failed");
    }
    return path;
}

int userVersion(const QString &path)
{
    auto database = Database::open(path, SQLITE_OPEN_READONLY);
    auto query = database->prepare("PRAGMA user_version");
    (void)query->step();
    return int(query->int64(0));
}

bool hasTable(const QString &path, const char *table)
{
    auto database = Database::open(path, SQLITE_OPEN_READONLY);
    auto query = database->prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    query->bindUtf8(1, table);
    return query->step().value();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Schema::latestVersion(); ++version)
            QTest::newRow(qPrintable(u"from version %1"_qs.arg(version))) << version;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, from);
        QCOMPARE(userVersion(path), from);
        {
            // Version 0 is a file with nothing in it yet: only creating opens it.
            auto workspace = Workspace::open(path, {Workspace::Access::ReadWrite,
                                                    from == 0 ? Workspace::Missing::Create : Workspace::Missing::Fail});
            QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
            QCOMPARE((*workspace)->schemaVersion(), Schema::latestVersion());
            // The seeded lead was never scored: the upgrade says the scores are stale.
            auto stale = ScoreStatus::read((*workspace)->database());
            QVERIFY(stale.ok());
            QCOMPARE(stale->has_value(), from > 0 && from < 6); // version 6 made the mark
            if (from > 0 && from < 6)
                QCOMPARE((*stale)->reason, u"unscored"_qs);
            auto summary = WorkspaceSummary::read(**workspace);
            QVERIFY(summary.ok());
            QCOMPARE(summary->rows(u"leads"_qs), from > 0 ? 1 : 0);
            QCOMPARE(summary->rows(u"events"_qs), from > 0 ? 1 : 0);
            QCOMPARE(summary->rows(u"activity_types"_qs), 26);
        }
        QCOMPARE(userVersion(path), Schema::latestVersion());
        for (const char *table :
             {"leads", "events", "outcomes", "activity_types", "imports", "import_errors", "models", "lead_state",
              "workspace_settings", "event_details", "score_status", "recorded_stages"})
            QVERIFY2(hasTable(path, table), table);
    }

    void failedMigrationIsRolledBackWhole()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 1);
        {
            // Something in the file collides with what version 2 creates.
            auto database = Database::open(path, SQLITE_OPEN_READWRITE);
            QVERIFY(database->exec("CREATE TABLE workspace_settings (oops INTEGER)").ok());
        }
        auto workspace = Workspace::open(path, {});
        QVERIFY(!workspace.ok());
        QVERIFY2(workspace.error().what.contains(u"version 2 failed"_qs), qPrintable(workspace.error().toString()));
        QCOMPARE(userVersion(path), 1);
        QVERIFY(!hasTable(path, "models"));
        QVERIFY(!hasTable(path, "lead_state"));
        QVERIFY(hasTable(path, "leads"));
    }

    void version4DropsTheRedundantEventIndexAndLeadLookupsStillUseAnIndex()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 3);
        {
            auto database = Database::open(path, SQLITE_OPEN_READONLY);
            auto index =
                database->prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'events_by_lead'");
            QVERIFY(index->step().value());
        }
        {
            auto workspace = Workspace::open(path, {});
            QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().toString()));
        }
        auto database = Database::open(path, SQLITE_OPEN_READONLY);
        auto index = database->prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'events_by_lead'");
        QVERIFY(!index->step().value());
        // A lead's events in time order, as the ledger and the lead detail read them.
        auto plan = database->prepare(
            "EXPLAIN QUERY PLAN SELECT occurred_at FROM events WHERE lead_id = 7 ORDER BY occurred_at");
        QString details;
        while (plan->step().value())
            details += plan->text(3) + u'\n';
        // Version 10 made events_unique the table's own key.
        QVERIFY2(details.contains(u"PRIMARY KEY"_qs), qPrintable(details));
        QVERIFY2(!details.contains(u"TEMP B-TREE"_qs), qPrintable(details));
        auto events = database->prepare("SELECT count(*) FROM events WHERE lead_id = 7");
        QVERIFY(events->step().value());
        QCOMPARE(events->int64(0), 1);
    }

    void version5StoresEachDetailOnceAndKeepsEveryEventInOrder()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 4); // lead 7 has one event without detail: id 1
        {
            auto database = Database::open(path, SQLITE_OPEN_READWRITE);
            // Same second twice (import order must survive), a repeated text, an empty one.
            QVERIFY(database
                        ->exec("INSERT INTO events (id, lead_id, occurred_at, activity_id, detail, import_id) VALUES"
                               " (2, 7, 200, 2, '/pricing', NULL), (3, 7, 200, 1, '/blog', NULL),"
                               " (4, 7, 300, 2, '/pricing', NULL), (5, 7, 400, 3, '', NULL)")
                        .ok());
        }
        auto workspace = Workspace::open(path, {});
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().toString()));
        Database &database = (*workspace)->database();
        auto details = database.prepare("SELECT id, text FROM event_details ORDER BY id");
        QStringList texts;
        while (details->step().value())
            texts << u"%1=%2"_qs.arg(details->int64(0)).arg(details->text(1));
        QCOMPARE(texts, (QStringList{u"0="_qs, u"1=/pricing"_qs, u"2=/blog"_qs})); // first seen, first numbered
        auto events = database.prepare("SELECT e.id, e.occurred_at, d.text FROM events e "
                                       "JOIN event_details d ON d.id = e.detail_id ORDER BY e.occurred_at, e.id");
        QStringList rows;
        while (events->step().value())
            rows << u"%1@%2 %3"_qs.arg(events->int64(0)).arg(events->int64(1)).arg(events->text(2));
        QCOMPARE(rows, (QStringList{u"1@100 "_qs, u"2@200 /pricing"_qs, u"3@200 /blog"_qs, u"4@300 /pricing"_qs,
                                    u"5@400 "_qs}));
        // The same event again, its detail now an id, is still refused as a duplicate.
        auto again = database.prepare("INSERT OR IGNORE INTO events (lead_id, occurred_at, activity_id, detail_id, id) "
                                      "VALUES (7, 300, 2, 1, 99)");
        QVERIFY(again->run().ok());
        QCOMPARE(database.changes(), 0);
        auto check = database.prepare("PRAGMA foreign_key_check");
        QVERIFY(!check->step().value());
    }

    void version6KeepsScoresOfAFullyScoredWorkspaceFresh()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 5);
        {
            auto database = Database::open(path, SQLITE_OPEN_READWRITE);
            QVERIFY(database->exec("INSERT INTO lead_state (lead_id, as_of) VALUES (7, 100)").ok());
            QVERIFY(Schema::migrate(*database, 6).ok());
            auto stale = ScoreStatus::read(*database);
            QVERIFY(stale.ok());
            QVERIFY(!stale->has_value());
            // The mark takes one cause at a time and keeps the first until the scores catch up.
            QVERIFY(ScoreStatus::markStale(*database, ScoreStatus::importReason).ok());
            QVERIFY(ScoreStatus::markStale(*database, ScoreStatus::unscoredReason).ok());
            QCOMPARE((*ScoreStatus::read(*database))->reason, u"import"_qs);
            QVERIFY(ScoreStatus::markFresh(*database).ok());
            QVERIFY(!ScoreStatus::read(*database)->has_value());
            // Only one row: id 1.
            QVERIFY(!database->exec("INSERT INTO score_status (id) VALUES (2)").ok());
        }
    }

    // Reading does not upgrade: an older file's unscored leads are still said.
    void olderFileReadOnlySaysUnscoredLeadsAreStale()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 5);
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        QCOMPARE((*workspace)->schemaVersion(), 5);
        const auto &stale = (*workspace)->openNotes().staleScores;
        QVERIFY(stale.has_value());
        QCOMPARE(stale->reason, u"unscored"_qs);
        QCOMPARE(userVersion(path), 5);
    }

    // Imports before version 9 kept no record of what they changed: they say so, and
    // the leads they made name no import.
    void version9MarksOlderImportsAsNotUndoable()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 7);
        {
            auto database = Database::open(path, SQLITE_OPEN_READWRITE);
            QVERIFY(database
                        ->exec("INSERT INTO imports (id, kind, file, started_at, finished_at) "
                               "VALUES (1, 'leads', 'old.csv', 5, 6)")
                        .ok());
        }
        {
            // Read-only, the file stays at version 7: its history still reads, nothing undoable.
            auto readOnly = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
            QVERIFY(readOnly);
            auto history = readImportHistory((*readOnly)->database());
            QVERIFY2(history, history ? "" : qPrintable(history.error().toString()));
            QCOMPARE(history->size(), std::size_t(1));
            QCOMPARE(history->front().undoRecorded, false);
            QVERIFY(!history->front().undoneAt);
        }
        auto workspace = Workspace::open(path, {});
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().toString()));
        Database &database = (*workspace)->database();
        auto import = database.prepare("SELECT undo_recorded, undone_at IS NULL FROM imports WHERE id = 1");
        QVERIFY(import->step().value());
        QCOMPARE(import->int64(0), 0);
        QCOMPARE(import->int64(1), 1);
        auto lead = database.prepare("SELECT import_id IS NULL FROM leads WHERE id = 7");
        QVERIFY(lead->step().value());
        QCOMPARE(lead->int64(0), 1);
        for (const char *table : {"import_lead_changes", "import_outcome_changes", "import_recorded_stage_changes"})
            QVERIFY2(hasTable(path, table), table);
        // An outcome's record keeps its undated flags; the activity types there were
        // came from no import, and no undo removes them.
        QVERIFY(database.prepare("SELECT sql_undated, opportunity_undated, customer_undated, lost_undated "
                                 "FROM import_outcome_changes"));
        auto types = database.prepare("SELECT count(*), count(import_id) FROM activity_types");
        QVERIFY(types->step().value());
        QCOMPARE(types->int64(0), 26);
        QCOMPARE(types->int64(1), 0);
    }

    // Outcomes stored before version 8 keep their dates and are all dated; an undated
    // flag cannot stand beside a date, and a recorded stage takes no unknown name.
    void version8KeepsOutcomesDatedAndAddsRecordedStages()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 7);
        {
            auto database = Database::open(path, SQLITE_OPEN_READWRITE);
            QVERIFY(database->exec("INSERT INTO outcomes (lead_id, sql_at, customer_at) VALUES (7, 200, 300)").ok());
        }
        auto workspace = Workspace::open(path, {});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        Database &database = (*workspace)->database();
        auto outcome = database.prepare("SELECT sql_at, customer_at, sql_undated, opportunity_undated, "
                                        "customer_undated, lost_undated FROM outcomes WHERE lead_id = 7");
        QVERIFY(outcome->step().value());
        QCOMPARE(outcome->int64(0), 200);
        QCOMPARE(outcome->int64(1), 300);
        for (int column = 2; column < 6; ++column)
            QCOMPARE(outcome->int64(column), 0);
        QVERIFY(!database.prepare("UPDATE outcomes SET lost_undated = 2 WHERE lead_id = 7")->run().ok());
        QVERIFY(
            database.prepare("INSERT INTO recorded_stages (lead_id, stage, at) VALUES (7, 'MQL', NULL)")->run().ok());
        QVERIFY(!database.prepare("INSERT INTO recorded_stages (lead_id, stage, at) VALUES (7, 'Won', 1)")->run().ok());
        QVERIFY(!database.prepare("INSERT INTO recorded_stages (lead_id, stage, at) VALUES (7, 'MQL', 5)")->run().ok());
    }

    // `leadstage metrics` reads without upgrading: a version-7 file still loads, its
    // outcomes all dated and no stage recorded.
    void version7FileReadOnlyLoadsIntoMetrics()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 7);
        {
            auto database = Database::open(path, SQLITE_OPEN_READWRITE);
            QVERIFY(database->exec("INSERT INTO outcomes (lead_id, customer_at) VALUES (7, 300)").ok());
        }
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        QCOMPARE((*workspace)->schemaVersion(), 7);
        auto snapshot = SnapshotLoader((*workspace)->database()).load();
        QVERIFY2(snapshot.ok(), qPrintable(snapshot ? QString() : snapshot.error().toString()));
        QCOMPARE(snapshot->size(), std::size_t(1));
        QCOMPARE(snapshot->customerAt(0), 300);
        QCOMPARE(snapshot->recordedLeads(), std::size_t(0));
        // So do `explain` and `evaluate`, which read through the scoring engine's loader.
        EventColumnsLoader loader((*workspace)->database());
        auto all = loader.loadAll();
        QVERIFY2(all.ok(), qPrintable(all ? QString() : all.error().toString()));
        QCOMPARE(all->leads.customerAt(0), 300);
        auto one = loader.loadLeads({7});
        QVERIFY2(one.ok(), qPrintable(one ? QString() : one.error().toString()));
        QCOMPARE(one->leads.size(), std::size_t(1));
        QCOMPARE(userVersion(path), 7);
    }

    // Version 12 adds the events' packed copy (EventBlocks), empty until a full rescore:
    // an upgraded file's first load reads the rows, and that rescore writes the copy.
    void version12StartsWithoutThePackedEvents()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 11); // lead 7: event 1 at 100
        auto workspace = Workspace::open(path, {Workspace::Access::ReadWrite, Workspace::Missing::Fail});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        Database &database = (*workspace)->database();
        auto blocks = database.prepare("SELECT count(*) FROM event_blocks");
        QVERIFY(blocks.ok() && blocks->step().value());
        QCOMPARE(blocks->int64(0), 0);
        blocks->reset();
        auto loaded = EventColumnsLoader(database).loadAll();
        QVERIFY(loaded);
        QCOMPARE(loaded->events.eventCount(), std::size_t(1));
        QVERIFY(WorkspaceScorer(**workspace).run({}).ok());
        QVERIFY(blocks->step().value());
        QCOMPARE(blocks->int64(0), 1);
    }

    // Version 13 adds the leads' packed copy (LeadBlocks), empty until a full rescore: an
    // upgraded file's first load reads the rows, that rescore writes the copy, and the next
    // load reads the same leads from it.
    void version13StartsWithoutThePackedLeads()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 12); // lead 7
        auto workspace = Workspace::open(path, {Workspace::Access::ReadWrite, Workspace::Missing::Fail});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        Database &database = (*workspace)->database();
        auto blocks = database.prepare("SELECT count(*), coalesce(sum(leads), 0) FROM lead_blocks");
        QVERIFY(blocks.ok() && blocks->step().value());
        QCOMPARE(blocks->int64(0), 0);
        blocks->reset();
        auto fromRows = EventColumnsLoader(database).loadAll();
        QVERIFY(fromRows);
        QCOMPARE(fromRows->leads.size(), std::size_t(1));
        QVERIFY(WorkspaceScorer(**workspace).run({}).ok());
        QVERIFY(blocks->step().value());
        QCOMPARE(blocks->int64(0), 1);
        QCOMPARE(blocks->int64(1), 1);
        blocks->reset();
        auto fromBlocks = EventColumnsLoader(database).loadAll();
        QVERIFY(fromBlocks);
        QCOMPARE(fromBlocks->leads.size(), std::size_t(1));
        QCOMPARE(fromBlocks->leads.id(0), fromRows->leads.id(0));
        QCOMPARE(fromBlocks->leads.createdAt(0), fromRows->leads.createdAt(0));
        QCOMPARE(fromBlocks->leads.customerAt(0), fromRows->leads.customerAt(0));
    }

    // Version 14 drops lead_state's stage index, and nothing else: the rows stay, and a
    // full rescore builds no such index again.
    void version14DropsTheStageIndex()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 13); // lead 7
        const auto indexes = [&] {
            auto database = Database::open(path, SQLITE_OPEN_READONLY);
            auto query = database->prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'lead_state_by_stage'");
            return query->step().value() ? query->int64(0) : -1;
        };
        QCOMPARE(indexes(), 1);
        {
            auto workspace = Workspace::open(path, {Workspace::Access::ReadWrite, Workspace::Missing::Fail});
            QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
            QVERIFY(WorkspaceScorer(**workspace).run({}).ok());
            auto summary = WorkspaceSummary::read(**workspace);
            QVERIFY(summary.ok());
            QCOMPARE(summary->rows(u"lead_state"_qs), 1);
        }
        QCOMPARE(indexes(), 0);
    }

    // Version 11 keeps each IQL lead's months with events in lead_state, written by the
    // rescore. A row scored before it holds NULL: the dashboard reads that lead's events.
    void version11LeavesOlderRowsToTheEvents()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 10); // lead 7: event 1 at 100
        {
            auto database = Database::open(path, SQLITE_OPEN_READWRITE);
            QVERIFY(database->exec("INSERT INTO lead_state (lead_id, as_of, iql_at) VALUES (7, 1000, 50)").ok());
        }
        auto workspace = Workspace::open(path, {Workspace::Access::ReadWrite, Workspace::Missing::Fail});
        QVERIFY2(workspace.ok(), qPrintable(workspace ? QString() : workspace.error().toString()));
        auto stored = (*workspace)->database().prepare("SELECT event_months IS NULL FROM lead_state WHERE lead_id = 7");
        QVERIFY(stored.ok());
        QVERIFY(stored->step().value());
        QCOMPARE(stored->int64(0), 1);
        auto snapshot = SnapshotLoader((*workspace)->database()).load();
        QVERIFY2(snapshot.ok(), qPrintable(snapshot ? QString() : snapshot.error().toString()));
        QCOMPARE(snapshot->eventMonths(0).size(), std::size_t(1));
        QCOMPARE(snapshot->eventMonths(0)[0].month, Period::monthIndex(100));
        QCOMPARE(snapshot->eventMonths(0)[0].secondsIntoMonth, 100);
    }

    // Version 10 keeps every event, its id and so the import order within a second, in a
    // table clustered by lead and time that is its own duplicate check; new ids go on
    // from the largest.
    void version10ClustersEventsByLeadAndKeepsImportOrder()
    {
        QTemporaryDir dir;
        const QString path = makeOldWorkspace(dir, 9); // lead 7: event 1 at 100
        {
            auto database = Database::open(path, SQLITE_OPEN_READWRITE);
            QVERIFY(
                database->exec("INSERT INTO leads (id, email, created_at) VALUES (3, 'three@example.com', 1)").ok());
            // Same second, ids against the activity order; a lead with a smaller id added later.
            QVERIFY(database
                        ->exec("INSERT INTO events (id, lead_id, occurred_at, activity_id, detail_id) VALUES"
                               " (2, 7, 200, 3, 0), (3, 7, 200, 1, 0), (4, 3, 300, 2, 0), (6, 7, 50, 2, 0)")
                        .ok());
        }
        auto workspace = Workspace::open(path, {});
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().toString()));
        Database &database = (*workspace)->database();
        auto table = database.prepare("SELECT sql FROM sqlite_schema WHERE name = 'events'");
        QVERIFY(table->step().value());
        QVERIFY2(table->text(0).contains(u"WITHOUT ROWID"_qs), qPrintable(table->text(0)));
        auto index =
            database.prepare("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'events' AND sql IS NOT NULL "
                             "AND type = 'index'");
        QVERIFY(index->step().value());
        QCOMPARE(index->int64(0), 0); // the key is the only index
        auto events = database.prepare("SELECT id FROM events ORDER BY lead_id, occurred_at, id");
        QList<std::int64_t> ids;
        while (events->step().value())
            ids << events->int64(0);
        QCOMPARE(ids, (QList<std::int64_t>{4, 6, 1, 2, 3}));
        EventSequence sequence(database);
        QVERIFY(sequence.load().ok());
        QCOMPARE(sequence.take(), std::int64_t(7));
        QCOMPARE(*EventSequence::largestId(database), std::int64_t(6));
        auto again = database.prepare("INSERT OR IGNORE INTO events (id, lead_id, occurred_at, activity_id, detail_id) "
                                      "VALUES (9, 7, 200, 1, 0)");
        QVERIFY(again->run().ok());
        QCOMPARE(database.changes(), 0);
        auto loaded = EventColumnsLoader(database).loadAll();
        QVERIFY(loaded);
        QStringList order;
        for (std::size_t event = loaded->events.begin(1); event < loaded->events.end(1); ++event)
            order << u"%1 %2"_qs.arg(loaded->events.time(event))
                         .arg(loaded->events.activityKeys()[loaded->events.activity(event)]);
        auto keys = database.prepare("SELECT key FROM activity_types WHERE id IN (1, 2, 3) ORDER BY id");
        QStringList key;
        while (keys->step().value())
            key << keys->text(0);
        QCOMPARE(order,
                 (QStringList{u"50 "_qs + key[1], u"100 ebook_download"_qs, u"200 "_qs + key[2], u"200 "_qs + key[0]}));
        auto check = database.prepare("PRAGMA foreign_key_check");
        QVERIFY(!check->step().value());
    }

    void migrationsAreNumberedWithoutGaps()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(u"steps.leadstage"_qs), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        for (int version = 1; version <= Schema::latestVersion(); ++version) {
            QVERIFY(Schema::migrate(*database, version).ok());
            QCOMPARE(*Schema::currentVersion(*database), version);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
