// Undoing an import: what it added goes, what it updated comes back exactly, the
// scores follow; refused with the reason when it cannot be exact.

#include "ImportFixture.h"
#include "import/ImportHistory.h"
#include "import/ImportUndo.h"
#include "store/ScoreStatus.h"

#include "store/copy/FileTables.h"
#include "store/copy/ServerTables.h"
#include "store/copy/WorkspaceTables.h"
#include "store/postgres/WorkspaceAddress.h"

#include <QTest>

using namespace LeadStage;

namespace {

const QByteArray baseLeads = "lead_id,email,first_name,company,job_title,created_at,Score\n"
                             "L1,ann@example.com,Ann,Acme,,2025-01-01T00:00:00Z,5\n"
                             "L2,bob@example.com,Bob,Beta,,2025-01-02T00:00:00Z,\n"
                             "L3,cy@example.com,Cy,Gamma,Analyst,2025-01-03T00:00:00Z,3\n"
                             "L4,dee@example.com,Dee,Delta,,2025-01-04T00:00:00Z,\n";
const QByteArray baseEvents = "lead_id,activity,occurred_at,detail\n"
                              "L1,ebook_download,2025-02-01T10:00:00Z,Guide\n"
                              "L2,webinar_attended,2025-02-02T10:00:00Z,Q1\n"
                              "L3,whitepaper_download,2025-02-03T10:00:00Z,Report\n";
const QByteArray baseOutcomes = "lead_id,sql_at,opportunity_at,customer_at,lost_at,revenue\n"
                                "L1,2025-03-01T00:00:00Z,,,,\n";

// Import 4: 3 leads created, 2 updated (L1: company and attrs; L2: e-mail and job
// title), L3 unchanged. Import 5: 5 events, 3 of them on the new leads. Import 6: L1's
// outcome updated, L3's created.
const QByteArray newLeads = "lead_id,email,first_name,company,job_title,created_at,Score\n"
                            "L1,ann@example.com,Ann,Acme Corp,,2025-01-01T00:00:00Z,9\n"
                            "L2,robert@example.com,Bob,Beta,CTO,2025-01-02T00:00:00Z,\n"
                            "L3,cy@example.com,Cy,Gamma,Analyst,2025-01-03T00:00:00Z,3\n"
                            "L5,eve@example.com,Eve,Epsilon,,2025-04-01T00:00:00Z,\n"
                            "L6,fay@example.com,Fay,Zeta,,2025-04-02T00:00:00Z,\n"
                            "L7,gus@example.com,Gus,Eta,,2025-04-03T00:00:00Z,\n";
const QByteArray newEvents = "lead_id,activity,occurred_at,detail\n"
                             "L5,ebook_download,2025-04-05T10:00:00Z,New guide\n"
                             "L6,webinar_attended,2025-04-06T10:00:00Z,Q2\n"
                             "L7,roi_calculator,2025-04-07T10:00:00Z,\n"
                             "L1,webinar_attended,2025-04-08T10:00:00Z,Q2\n"
                             "L2,demo_request,2025-04-09T10:00:00Z,\n";
const QByteArray newOutcomes = "lead_id,sql_at,opportunity_at,customer_at,lost_at,revenue\n"
                               "L1,,2025-04-10T00:00:00Z,,,1000\n"
                               "L3,2025-04-11T00:00:00Z,,,,\n";

using Fixture = LeadStage::Test::ImportFixture;

// Every row of the tables undo touches, every value with its type, read as a copy
// between stores reads them (in key order): equal dumps are equal contents.
QStringList dump(Database &database)
{
    std::unique_ptr<TableReader> reader;
    if (database.server())
        reader =
            std::make_unique<ServerTableReader>(*database.server(), WorkspaceAddress::parse(database.path())->schema());
    else
        reader = std::make_unique<FileTableReader>(database);
    QStringList lines;
    for (const QString &table : {u"leads"_qs, u"events"_qs, u"outcomes"_qs, u"event_details"_qs, u"lead_state"_qs,
                                 u"score_status"_qs, u"import_lead_changes"_qs, u"import_outcome_changes"_qs,
                                 u"recorded_stages"_qs, u"import_recorded_stage_changes"_qs, u"activity_types"_qs}) {
        const auto shape = std::find_if(WorkspaceTables::all().begin(), WorkspaceTables::all().end(),
                                        [&](const TableShape &each) { return each.name == table; });
        if (shape == WorkspaceTables::all().end())
            qFatal("no table %s", qPrintable(table));
        lines << table;
        const Status read = reader->read(*shape, [&](TableRow row) {
            QStringList cells;
            for (const FieldValue &value : row) {
                switch (value.kind) {
                case FieldValue::Kind::Null:
                    cells << u"null"_qs;
                    break;
                case FieldValue::Kind::Integer:
                    cells << u"integer:%1"_qs.arg(value.integer);
                    break;
                case FieldValue::Kind::Real:
                    cells << u"real:%1"_qs.arg(value.real, 0, 'g', 17);
                    break;
                case FieldValue::Kind::Text:
                    cells << u"text:"_qs + QString::fromUtf8(value.text.data(), qsizetype(value.text.size()));
                    break;
                }
            }
            lines << cells.join(u'|');
            return Status{};
        });
        if (!read)
            qFatal("%s", qPrintable(read.error().toString()));
    }
    return lines;
}

void importBase(Fixture &fixture)
{
    auto report = fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"leads.csv"_qs, baseLeads)),
                               fixture.source(ImportKind::Events, fixture.write(u"events.csv"_qs, baseEvents)),
                               fixture.source(ImportKind::Outcomes, fixture.write(u"outcomes.csv"_qs, baseOutcomes))});
    if (!report || !report->rescored)
        qFatal("base import failed");
}

void importNew(Fixture &fixture)
{
    auto report =
        fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"new-leads.csv"_qs, newLeads)),
                     fixture.source(ImportKind::Events, fixture.write(u"new-events.csv"_qs, newEvents)),
                     fixture.source(ImportKind::Outcomes, fixture.write(u"new-outcomes.csv"_qs, newOutcomes))});
    if (!report || !report->rescored)
        qFatal("new import failed");
    const FileReport &leads = report->files[0];
    if (leads.importId != 4 || leads.inserted != 3 || leads.updated != 2 || leads.unchanged != 1
        || report->files[1].inserted != 5 || report->files[2].inserted != 1 || report->files[2].updated != 1)
        qFatal("the new import did not do what the tests expect");
}

// Import 4: L2's MQL recorded on Feb 1. Import 5 (a lead file): L1 customer without a
// date beside its stored SQL date, and MQL recorded; L2's MQL redated and SQL without a
// date (its first outcome row); L3's SQL recorded without a date; L5 new, a customer
// with MQL recorded. Import 6 (an outcome file): L1's customer date lands on the flag,
// L4 an opportunity without a date (a new outcome row) and its customer stage recorded,
// L2's MQL redated again.
const QByteArray recordedBefore = "lead_id,email,created_at,recorded_mql_at\n"
                                  "L2,bob@example.com,2025-01-02T00:00:00Z,2025-02-01\n";
const QByteArray stageLeads = "lead_id,email,created_at,sql_flag,customer_flag,recorded_mql_at,recorded_sql_flag\n"
                              "L1,ann@example.com,2025-01-01T00:00:00Z,,yes,2025-02-05,\n"
                              "L2,bob@example.com,2025-01-02T00:00:00Z,yes,,2025-03-01,\n"
                              "L3,cy@example.com,2025-01-03T00:00:00Z,,,,yes\n"
                              "L5,eve@example.com,2025-04-01T00:00:00Z,,yes,2025-04-02,\n";
const QByteArray stageOutcomes = "lead_id,customer_at,opportunity_flag,recorded_mql_at,recorded_customer_at\n"
                                 "L1,2025-04-01,,,\n"
                                 "L4,,yes,,2025-04-02\n"
                                 "L2,,,2025-03-15,\n";

// The stage columns of a file mapped as a user maps them (no preset does by these
// names), read as ISO dates.
ImportSource withStages(ImportSource source)
{
    const QString fields[] = {u"sql_flag"_qs,        u"opportunity_flag"_qs,  u"customer_flag"_qs,
                              u"recorded_mql_at"_qs, u"recorded_sql_flag"_qs, u"recorded_customer_at"_qs};
    QFile file(source.path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(source.path));
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    for (const QString &field : fields)
        if (header.contains(field)) {
            source.mapping.map(field, field);
            source.mapping.ignored.removeAll(field);
            if (field.endsWith(u"_at"_qs))
                source.mapping.dateFormats.insert(field, DateFormat::Iso8601);
        }
    return source;
}

QString reason(const Error &error)
{
    return error.what;
}

} // namespace

class TestImportUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsOnlyWhatReallyChanged()
    {
        Fixture fixture;
        importBase(fixture);
        importNew(fixture);
        QCOMPARE(fixture.count("SELECT count(*) FROM leads WHERE import_id = 4"), 3);
        QCOMPARE(fixture.count("SELECT count(*) FROM leads WHERE import_id = 1"), 4);
        // L1 and L2 changed; L3 matched and changed nothing: no record.
        QCOMPARE(fixture.text("SELECT group_concat(lead_id || ':' || company || ':' || email, ' ') FROM "
                              "(SELECT * FROM import_lead_changes WHERE import_id = 4 ORDER BY lead_id) AS c"),
                 u"1:Acme:ann@example.com 2:Beta:bob@example.com"_qs);
        QCOMPARE(
            fixture.text(
                "SELECT group_concat(lead_id || ':' || existed || ':' || COALESCE(CAST(sql_at AS TEXT), '-'), ' ') "
                "FROM (SELECT * FROM import_outcome_changes WHERE import_id = 6 ORDER BY lead_id) AS c"),
            u"1:1:1740787200 3:0:-"_qs);
        QCOMPARE(fixture.count("SELECT count(*) FROM imports WHERE undo_recorded = 1"), 6);
    }

    void dryRunCountsExactlyAndChangesNothing()
    {
        Fixture fixture;
        importBase(fixture);
        importNew(fixture);
        const QStringList before = dump(fixture.workspace->database());
        auto outcomes = ImportUndo(*fixture.workspace, 6).plan();
        QVERIFY2(outcomes, outcomes ? "" : qPrintable(outcomes.error().toString()));
        QCOMPARE(outcomes->outcomesRemoved, 1);
        QCOMPARE(outcomes->outcomesRestored, 1);
        QCOMPARE(outcomes->leadsRemoved + outcomes->eventsRemoved + outcomes->leadsRestored, 0);
        QCOMPARE(outcomes->leadsToRescore, (std::vector<std::int64_t>{1, 3}));
        auto events = ImportUndo(*fixture.workspace, 5).plan();
        QVERIFY(events);
        QCOMPARE(events->eventsRemoved, 5);
        QCOMPARE(events->leadsRemoved, 0);
        QCOMPARE(events->kind, u"events"_qs);
        QCOMPARE(events->leadsToRescore, (std::vector<std::int64_t>{1, 2, 5, 6, 7}));
        QCOMPARE(events->text(), u"leads removed 0, events removed 5, outcomes removed 0, outcomes restored 0, "
                                 "leads restored 0 (0 fields), recorded stages removed 0, recorded stages restored 0, "
                                 "activity types removed 0"_qs);
        QCOMPARE(dump(fixture.workspace->database()), before);
        QCOMPARE(fixture.count("SELECT count(*) FROM imports WHERE undone_at IS NOT NULL"), 0);
    }

    void undoRestoresThePriorContentExactly()
    {
        Fixture fixture;
        importBase(fixture);
        const QStringList prior = dump(fixture.workspace->database());
        importNew(fixture);
        QVERIFY(dump(fixture.workspace->database()) != prior);
        for (std::int64_t id : {6, 5}) {
            auto undone = ImportUndo(*fixture.workspace, id).run();
            QVERIFY2(undone, undone ? "" : qPrintable(undone.error().toString()));
            QVERIFY(undone->rescored);
        }
        auto leads = ImportUndo(*fixture.workspace, 4).plan();
        QVERIFY2(leads, leads ? "" : qPrintable(leads.error().toString()));
        QCOMPARE(leads->leadsRemoved, 3);
        QCOMPARE(leads->leadsRestored, 2);
        QCOMPARE(leads->fieldsRestored, 4); // L1 company and attrs, L2 e-mail and job title
        QCOMPARE(leads->eventsRemoved, 0);
        QCOMPARE(leads->leadsToRescore, (std::vector<std::int64_t>{1, 2}));
        auto undone = ImportUndo(*fixture.workspace, 4).run();
        QVERIFY2(undone, undone ? "" : qPrintable(undone.error().toString()));
        QVERIFY(undone->rescored);
        // Leads, events, outcomes, detail texts and scores as before import 4.
        QCOMPARE(dump(fixture.workspace->database()), prior);
        QVERIFY(!ScoreStatus::read(fixture.workspace->database())->has_value());
        // The history keeps the undone imports, marked.
        auto history = readImportHistory(fixture.workspace->database());
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(6));
        QCOMPARE(history->front().id, 6);
        for (const ImportRecord &record : *history)
            QCOMPARE(record.undoneAt.has_value(), record.id >= 4);
    }

    void refusedWhenALaterImportBuiltOnIt()
    {
        Fixture fixture;
        importBase(fixture);
        importNew(fixture);
        const QStringList before = dump(fixture.workspace->database());
        auto refused = ImportUndo(*fixture.workspace, 4).run();
        QVERIFY(!refused);
        QCOMPARE(reason(refused.error()),
                 u"import 4 (new-leads.csv) cannot be undone: a later import built on it: import 5 (new-events.csv) "
                 "added events to leads import 4 created (3 events on 3 leads)"_qs);
        QCOMPARE(refused.error().hint, u"Undo import 5 (new-events.csv) first, then this one."_qs);
        QCOMPARE(dump(fixture.workspace->database()), before);

        // A later update of a lead import 4 also updated: its restore would overwrite it.
        QVERIFY(ImportUndo(*fixture.workspace, 5).run());
        auto later = fixture.run(
            {fixture.source(ImportKind::Leads, fixture.write(u"later-leads.csv"_qs,
                                                             "lead_id,email,company,created_at\n"
                                                             "L1,ann@example.com,Acme Inc,2025-01-01T00:00:00Z\n"))});
        QVERIFY(later && later->files[0].importId == 7 && later->files[0].updated == 1);
        auto plan = ImportUndo(*fixture.workspace, 4).plan();
        QVERIFY(!plan);
        QCOMPARE(reason(plan.error()),
                 u"import 4 (new-leads.csv) cannot be undone: a later import built on it: import 7 (later-leads.csv) "
                 "updated leads import 4 also updated (1 leads): restoring them would overwrite its values"_qs);
        QCOMPARE(plan.error().hint, u"Undo import 7 (later-leads.csv) first, then this one."_qs);
        // Undone in reverse order, it goes through.
        QVERIFY(ImportUndo(*fixture.workspace, 7).run());
        QVERIFY(ImportUndo(*fixture.workspace, 4).plan());
    }

    void refusedWhenARestoredEmailBelongsToAnotherLeadNow()
    {
        Fixture fixture;
        importBase(fixture);
        importNew(fixture);
        QVERIFY(ImportUndo(*fixture.workspace, 6).run());
        QVERIFY(ImportUndo(*fixture.workspace, 5).run());
        // Import 4 changed L2's e-mail from bob@; import 7 gives bob@ to a new lead.
        auto later = fixture.run(
            {fixture.source(ImportKind::Leads, fixture.write(u"bob.csv"_qs, "lead_id,email,created_at\n"
                                                                            "L9,bob@example.com,2025-05-01\n"))});
        QVERIFY(later && later->files[0].inserted == 1);
        auto plan = ImportUndo(*fixture.workspace, 4).plan();
        QVERIFY(!plan);
        QCOMPARE(reason(plan.error()),
                 u"import 4 cannot be undone: lead 2 would get its e-mail bob@example.com back, which lead 8 holds "
                 "now"_qs);
    }

    void undoneTwiceIsRefused()
    {
        Fixture fixture;
        importBase(fixture);
        importNew(fixture);
        QVERIFY(ImportUndo(*fixture.workspace, 6).run());
        const QStringList before = dump(fixture.workspace->database());
        auto again = ImportUndo(*fixture.workspace, 6).run();
        QVERIFY(!again);
        QVERIFY2(reason(again.error()).startsWith(u"import 6 (new-outcomes.csv) was undone already, on 20"_qs),
                 qPrintable(reason(again.error())));
        QCOMPARE(dump(fixture.workspace->database()), before);
    }

    void refusedForUnknownAndUnrecordedImports()
    {
        Fixture fixture;
        importBase(fixture);
        auto unknown = ImportUndo(*fixture.workspace, 42).plan();
        QVERIFY(!unknown);
        QCOMPARE(reason(unknown.error()), u"there is no import 42 in this workspace"_qs);
        // As an import made before schema version 9 stands after the upgrade.
        QVERIFY(fixture.workspace->database().exec("UPDATE imports SET undo_recorded = 0 WHERE id = 1"));
        auto old = ImportUndo(*fixture.workspace, 1).plan();
        QVERIFY(!old);
        QCOMPARE(reason(old.error()),
                 u"import 1 (leads.csv) cannot be undone: it was made by an older LeadStage (before workspace version "
                 "9), which did not record the leads it created or the values it replaced"_qs);
    }

    void undatedOutcomesAndRecordedStagesComeBackExactly()
    {
        Fixture fixture;
        importBase(fixture);
        QVERIFY(
            fixture.run({withStages(fixture.source(ImportKind::Leads, fixture.write(u"mql.csv"_qs, recordedBefore)))}));
        const QStringList prior = dump(fixture.workspace->database());
        auto leads = fixture.run(
            {withStages(fixture.source(ImportKind::Leads, fixture.write(u"stage-leads.csv"_qs, stageLeads)))});
        QVERIFY(leads && leads->files[0].importId == 5);
        QCOMPARE(leads->files[0].inserted, 1);
        QCOMPARE(leads->files[0].updated, 3);
        // What it changed, as it was: L1's outcome with its SQL date, L2's none; L1's MQL
        // none, L2's dated Feb 1 by import 4.
        QCOMPARE(
            fixture.text(
                "SELECT group_concat(lead_id || ':' || existed || ':' || COALESCE(CAST(sql_at AS TEXT), '-') || ':' "
                "|| customer_undated, ' ') FROM (SELECT * FROM import_outcome_changes "
                "WHERE import_id = 5 ORDER BY lead_id) AS c"),
            u"1:1:1740787200:0 2:0:-:0 5:0:-:0"_qs);
        QCOMPARE(
            fixture.text(
                "SELECT group_concat(lead_id || ':' || stage || ':' || existed || ':' || COALESCE(CAST(at AS TEXT), "
                "'-') || ':' || COALESCE(CAST(previous_import_id AS TEXT), '-'), ' ') FROM (SELECT * FROM "
                "import_recorded_stage_changes WHERE import_id = 5 ORDER BY lead_id, stage) AS c"),
            u"1:MQL:0:-:- 2:MQL:1:1738368000:4 3:SQL:0:-:- 5:MQL:0:-:-"_qs);
        const QStringList afterLeads = dump(fixture.workspace->database());
        auto outcomes = fixture.run(
            {withStages(fixture.source(ImportKind::Outcomes, fixture.write(u"stage-outcomes.csv"_qs, stageOutcomes)))});
        QVERIFY(outcomes && outcomes->files[0].importId == 6);
        QCOMPARE(outcomes->files[0].updated, 2);
        QCOMPARE(outcomes->files[0].inserted, 1);
        // L1's flag went with the date that landed: the record keeps it.
        QCOMPARE(
            fixture.text(
                "SELECT group_concat(lead_id || ':' || existed || ':' || COALESCE(CAST(customer_at AS TEXT), '-') || "
                "':' || customer_undated || ':' || opportunity_undated, ' ') FROM (SELECT * FROM "
                "import_outcome_changes WHERE import_id = 6 ORDER BY lead_id) AS c"),
            u"1:1:-:1:0 4:0:-:0:0"_qs);
        QCOMPARE(
            fixture.text(
                "SELECT group_concat(lead_id || ':' || stage || ':' || existed || ':' || COALESCE(CAST(at AS TEXT), "
                "'-') || ':' || COALESCE(CAST(previous_import_id AS TEXT), '-'), ' ') FROM (SELECT * FROM "
                "import_recorded_stage_changes WHERE import_id = 6 ORDER BY lead_id, stage) AS c"),
            u"2:MQL:1:1740787200:5 4:Customer:0:-:-"_qs);

        // Import 6 changed what import 5 changed: refused, with both reasons.
        auto refused = ImportUndo(*fixture.workspace, 5).plan();
        QVERIFY(!refused);
        QCOMPARE(reason(refused.error()),
                 u"import 5 (stage-leads.csv) cannot be undone: a later import built on it: import 6 "
                 "(stage-outcomes.csv) changed outcomes import 5 also changed (1 leads): restoring them would "
                 "overwrite its values and changed recorded stages import 5 also changed (1 stages of 1 leads): "
                 "restoring them would overwrite its values"_qs);
        QCOMPARE(refused.error().hint, u"Undo import 6 (stage-outcomes.csv) first, then this one."_qs);

        auto plan = ImportUndo(*fixture.workspace, 6).plan();
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->outcomesRemoved, 1);
        QCOMPARE(plan->outcomesRestored, 1);
        QCOMPARE(plan->recordedStagesRemoved, 1);
        QCOMPARE(plan->recordedStagesRestored, 1);
        QCOMPARE(plan->leadsToRescore, (std::vector<std::int64_t>{1, 2, 4}));
        QVERIFY(ImportUndo(*fixture.workspace, 6).run());
        QCOMPARE(dump(fixture.workspace->database()), afterLeads);

        plan = ImportUndo(*fixture.workspace, 5).plan();
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->leadsRemoved, 1);
        QCOMPARE(plan->outcomesRemoved, 2); // L2's and L5's
        QCOMPARE(plan->outcomesRestored, 1);
        QCOMPARE(plan->recordedStagesRemoved, 3);
        QCOMPARE(plan->recordedStagesRestored, 1);
        QCOMPARE(plan->toJson()[u"recordedStagesRemoved"_qs].toInt(), 3);
        QVERIFY(ImportUndo(*fixture.workspace, 5).run());
        QCOMPARE(dump(fixture.workspace->database()), prior);
    }

    void createdActivityTypesGoWithTheirEvents()
    {
        Fixture fixture;
        importBase(fixture);
        const QStringList prior = dump(fixture.workspace->database());
        ImportOptions options;
        options.createActivities = true;
        auto created = fixture.run(
            {fixture.source(ImportKind::Events, fixture.write(u"booth.csv"_qs, "lead_id,activity,occurred_at\n"
                                                                               "L1,Booth Visit,2025-06-01\n"
                                                                               "L2,Booth Visit,2025-06-02\n"
                                                                               "L2,Podcast Guest,2025-06-03\n"))},
            options);
        QVERIFY(created && created->files[0].inserted == 3);
        QCOMPARE(fixture.text("SELECT group_concat(key, ' ') FROM activity_types WHERE import_id = 4"),
                 u"booth_visit podcast_guest"_qs);
        const QStringList afterCreated = dump(fixture.workspace->database());
        // A later file's events of a created type hold it.
        auto later = fixture.run(
            {fixture.source(ImportKind::Events, fixture.write(u"booth-later.csv"_qs, "lead_id,activity,occurred_at\n"
                                                                                     "L3,booth_visit,2025-06-04\n"))});
        QVERIFY(later && later->files[0].inserted == 1);
        auto refused = ImportUndo(*fixture.workspace, 4).plan();
        QVERIFY(!refused);
        QCOMPARE(reason(refused.error()),
                 u"import 4 (booth.csv) cannot be undone: a later import built on it: import 5 (booth-later.csv) "
                 "stored events of activity types import 4 created (1 events on 1 leads)"_qs);
        QVERIFY(ImportUndo(*fixture.workspace, 5).run());
        QCOMPARE(dump(fixture.workspace->database()), afterCreated);
        auto plan = ImportUndo(*fixture.workspace, 4).plan();
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->eventsRemoved, 3);
        QCOMPARE(plan->activityTypesRemoved, 2);
        QCOMPARE(plan->toJson()[u"activityTypesRemoved"_qs].toInt(), 2);
        QVERIFY(ImportUndo(*fixture.workspace, 4).run());
        QCOMPARE(dump(fixture.workspace->database()), prior);
    }

    void eventsImportThatCreatedLeadsTakesThemAlong()
    {
        Fixture fixture;
        importBase(fixture);
        const QStringList prior = dump(fixture.workspace->database());
        ImportOptions options;
        options.createMissingLeads = true;
        auto report =
            fixture.run({fixture.source(ImportKind::Events,
                                        fixture.write(u"unknown.csv"_qs, "lead_id,activity,occurred_at,detail\n"
                                                                         "L8,ebook_download,2025-06-01T00:00:00Z,\n"
                                                                         "L8,webinar_attended,2025-06-02T00:00:00Z,\n"
                                                                         "L1,roi_calculator,2025-06-03T00:00:00Z,\n"))},
                        options);
        QVERIFY(report && report->files[0].leadsCreated == 1);
        auto plan = ImportUndo(*fixture.workspace, 4).plan();
        QVERIFY(plan);
        QCOMPARE(plan->leadsRemoved, 1);
        QCOMPARE(plan->eventsRemoved, 3);
        QCOMPARE(plan->leadsToRescore, (std::vector<std::int64_t>{1}));
        QVERIFY(ImportUndo(*fixture.workspace, 4).run());
        QCOMPARE(dump(fixture.workspace->database()), prior);
    }
};

QTEST_GUILESS_MAIN(TestImportUndo)
#include "tst_import_undo.moc"
