// Leads files as real exports come (issue 16), in core: where new leads' created dates
// come from (the file, the import's time, the first event), a key column that repeats
// inside one file, activity types created from an events file, and lead-level counts
// turned into events, with the exact numbers each reports.

#include "ImportFixture.h"

#include "import/CountEvents.h"
#include "import/CsvReader.h"
#include "import/ImportDraft.h"
#include "import/RepeatedKeys.h"

#include <QDateTime>
#include <QTest>

using namespace LeadStage;
using Fixture = LeadStage::Test::ImportFixture;

class TestImportLeadFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repeatedKeysListMostRowsFirst()
    {
        RepeatedKeys keys;
        for (const char *value : {"34", "35", "34", "b@x", "41", "39", "37", "34"})
            keys.add(QString::fromLatin1(value).contains(u'@') ? u"email"_qs : u"external_id"_qs,
                     QString::fromLatin1(value));
        QCOMPARE(keys.rows(), 8);
        const QList<RepeatedKey> top = keys.top();
        QCOMPARE(top.size(), 5);
        QCOMPARE(top[0].value, u"34"_qs);
        QCOMPARE(top[0].rows, 3);
        // Ties by field, then value: email sorts before external_id.
        QCOMPARE(top[1].field, u"email"_qs);
        QCOMPARE(top[2].value, u"35"_qs);
        QCOMPARE(top[3].value, u"37"_qs);
        QCOMPARE(top[4].value, u"39"_qs); // 41 is the sixth
    }

    void firstEventDatesNewLeads()
    {
        Fixture fixture;
        const QString leads = fixture.write(u"l.csv"_qs, "lead_id,email\nL1,a@x.example\nL2,b@x.example\n"
                                                         "L3,c@x.example\n");
        const QString events = fixture.write(u"e.csv"_qs, "lead_id,activity,occurred_at\n"
                                                          "L1,ebook_download,2025-02-01T10:00:00Z\n"
                                                          "L1,ebook_download,2025-01-20T08:00:00Z\n"
                                                          "L3,webinar_attended,2025-03-05T12:00:00Z\n");
        ImportOptions options;
        options.missingCreatedDate = MissingCreatedDate::FirstEvent;
        const std::int64_t before = QDateTime::currentSecsSinceEpoch();
        auto report = fixture.run(
            {fixture.source(ImportKind::Events, events), fixture.source(ImportKind::Leads, leads)}, options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        const CreatedDates &dates = report->files[0].createdDates;
        QVERIFY(dates.column.isEmpty());
        QVERIFY(dates.firstEventAsked);
        QCOMPARE(dates.fromColumn, 0);
        QCOMPARE(dates.fromFirstEvent, 2);
        QCOMPARE(dates.fromImport, 1);
        QVERIFY(dates.importTime >= before && dates.importTime <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(fixture.count("SELECT created_at FROM leads WHERE external_id = 'L1'"), 1737360000);
        QCOMPARE(fixture.count("SELECT created_at FROM leads WHERE external_id = 'L3'"), 1741176000);
        QCOMPARE(fixture.count("SELECT created_at FROM leads WHERE external_id = 'L2'"), dates.importTime);
        // Later events do not move a date the import set.
        const QString later =
            fixture.write(u"later.csv"_qs, "lead_id,activity,occurred_at\nL2,ebook_download,2024-01-01T00:00:00Z\n");
        QVERIFY(fixture.run({fixture.source(ImportKind::Events, later)}, options).ok());
        QCOMPARE(fixture.count("SELECT created_at FROM leads WHERE external_id = 'L2'"), dates.importTime);
    }

    void updatedLeadsKeepTheirCreatedDate()
    {
        Fixture fixture;
        QVERIFY(fixture
                    .run({fixture.source(ImportKind::Leads,
                                         fixture.write(u"a.csv"_qs, "lead_id,created_at\nL1,2025-01-01\n"))})
                    .ok());
        auto report =
            fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"b.csv"_qs, "lead_id,company\nL1,Acme\n"))});
        QVERIFY(report.ok());
        QCOMPARE(report->files[0].createdDates.fromImport, 0); // counts new leads only
        QCOMPARE(fixture.count("SELECT created_at FROM leads"), 1735689600);
    }

    void repeatedKeysRefuseTheWholeImport_data()
    {
        QTest::addColumn<bool>("allow");
        QTest::newRow("refused") << false;
        QTest::newRow("allowed") << true;
    }

    void repeatedKeysRefuseTheWholeImport()
    {
        QFETCH(bool, allow);
        Fixture fixture;
        // `age` mapped as the CRM id: 6 rows, 3 leads.
        const QString leads =
            fixture.write(u"l.csv"_qs, "lead_id,first_name,created_at\n34,Ann,2025-01-01\n35,Bob,2025-01-01\n"
                                       "34,Cy,2025-01-01\n34,Di,2025-01-01\n36,Ed,2025-01-01\n35,Flo,2025-01-01\n");
        ImportOptions options;
        options.allowRepeatedKeys = allow;
        auto report = fixture.run({fixture.source(ImportKind::Leads, leads)}, options);
        QVERIFY(report.ok());
        const FileReport &file = report->files[0];
        QCOMPARE(file.repeatedKeyRows, 3);
        QCOMPARE(file.topRepeatedKeys.size(), 2);
        QCOMPARE(file.topRepeatedKeys[0].value, u"34"_qs);
        QCOMPARE(file.topRepeatedKeys[0].rows, 2);
        QCOMPARE(file.topRepeatedKeys[1].value, u"35"_qs);
        QCOMPARE(report->refusedRepeatedKeys, !allow);
        QCOMPARE(report->committed, allow);
        QCOMPARE(fixture.count("SELECT count(*) FROM leads"), allow ? 3 : 0);
        QCOMPARE(fixture.count("SELECT count(*) FROM imports"), allow ? 1 : 0);
    }

    void unknownActivitiesCreatedWhenAsked()
    {
        Fixture fixture;
        QVERIFY(fixture
                    .run({fixture.source(ImportKind::Leads,
                                         fixture.write(u"l.csv"_qs, "lead_id,created_at\nL1,2025-01-01\n"))})
                    .ok());
        const QString events = fixture.write(u"e.csv"_qs, "lead_id,activity,occurred_at\n"
                                                          "L1,Booth Visit,2025-02-01T00:00:00Z\n"
                                                          "L1,booth visit!,2025-02-02T00:00:00Z\n"
                                                          "L1,ebook_download,2025-02-03T00:00:00Z\n"
                                                          "L1,--!,2025-02-04T00:00:00Z\n");
        auto refused = fixture.run({fixture.source(ImportKind::Events, events)});
        QVERIFY(refused.ok());
        QCOMPARE(refused->files[0].rejected, 3);
        QCOMPARE(refused->files[0].unmappedActivities.value(u"Booth Visit"_qs), 1);
        QCOMPARE(fixture.count("SELECT count(*) FROM activity_types WHERE key = 'booth_visit'"), 0);

        ImportOptions options;
        options.createActivities = true;
        auto created = fixture.run({fixture.source(ImportKind::Events, events)}, options);
        QVERIFY(created.ok());
        const FileReport &file = created->files[0];
        QCOMPARE(file.inserted, 2); // the ebook was there already
        QCOMPARE(file.rejected, 1); // "--!" makes no key
        QCOMPARE(file.createdActivities.size(), 2);
        QCOMPARE(file.createdActivities.value(u"Booth Visit"_qs).key, u"booth_visit"_qs);
        QCOMPARE(file.createdActivities.value(u"booth visit!"_qs).rows, 1);
        QCOMPARE(fixture.text("SELECT label || '/' || track || '/' || category FROM activity_types "
                              "WHERE key = 'booth_visit'"),
                 u"Booth Visit/info/Imported"_qs);
        QCOMPARE(fixture.text("SELECT reason FROM import_errors ORDER BY id DESC LIMIT 1"),
                 u"activity: '--!' has no letters or digits to make a key of"_qs);
        // The next import finds the type by its name, without the option and without a mapping.
        const QString more =
            fixture.write(u"more.csv"_qs, "lead_id,activity,occurred_at\nL1,Booth Visit,2025-03-01T00:00:00Z\n");
        auto again = fixture.run({fixture.source(ImportKind::Events, more)});
        QVERIFY(again.ok());
        QCOMPARE(again->files[0].inserted, 1);
        QCOMPARE(fixture.count("SELECT count(*) FROM events e JOIN activity_types a ON a.id = e.activity_id "
                               "WHERE a.key = 'booth_visit'"),
                 3);
    }

    void countsBecomeEvents()
    {
        Fixture fixture;
        const QByteArray csv = "lead_id,created_at,TotalVisits\nL1,2025-01-01,3\nL2,2025-01-02,0\nL3,2025-01-03,\n"
                               "L4,2025-01-04,2.0\nL5,2025-01-05,10001\nL6,2025-01-06,many\nL7,2025-01-07,10000\n";
        ImportOptions options;
        options.countsAsEvents = {{u"TotalVisits"_qs, u"resource_center_visit"_qs}};
        auto report = fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"l.csv"_qs, csv))}, options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        const FileReport &file = report->files[0];
        QCOMPARE(file.inserted, 5);
        QCOMPARE(file.rejected, 2);
        QCOMPARE(file.firstRejected[0].reason,
                 u"TotalVisits: 10001 is more than the 10,000 events a row may make (--count-as-events)"_qs);
        QCOMPARE(file.firstRejected[0].column, 3);
        QCOMPARE(file.firstRejected[1].reason, u"TotalVisits: 'many' is not a count (a whole number, zero or more)"_qs);
        QCOMPARE(file.countedEvents.size(), 1);
        QCOMPARE(file.countedEvents[0].events, 10005);
        QCOMPARE(file.countedEvents[0].duplicates, 0);
        QCOMPARE(fixture.count("SELECT count(*) FROM events WHERE lead_id = (SELECT id FROM leads "
                               "WHERE external_id = 'L1') AND occurred_at = 1735689600"),
                 3);
        QCOMPARE(fixture.text("SELECT d.text FROM events e JOIN event_details d ON d.id = e.detail_id "
                              "JOIN leads l ON l.id = e.lead_id WHERE l.external_id = 'L4' ORDER BY d.text DESC"),
                 u"TotalVisits #2"_qs);
        // Again with a grown count: only the new events land.
        const QByteArray grown = "lead_id,TotalVisits\nL1,5\n";
        auto again = fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"g.csv"_qs, grown))}, options);
        QVERIFY(again.ok());
        QCOMPARE(again->files[0].countedEvents[0].events, 2);
        QCOMPARE(again->files[0].countedEvents[0].duplicates, 3);
        QCOMPARE(fixture.count("SELECT count(*) FROM events WHERE occurred_at = 1735689600"), 5);
    }

    // Dated by their first event, leads carry their count events along; the count
    // events themselves are no first event.
    void countEventsFollowTheFirstEventDate()
    {
        Fixture fixture;
        const QString leads = fixture.write(u"l.csv"_qs, "lead_id,TotalVisits\nL1,2\nL2,1\n");
        const QString events =
            fixture.write(u"e.csv"_qs, "lead_id,activity,occurred_at\nL1,ebook_download,2025-01-02T00:00:00Z\n");
        ImportOptions options;
        options.missingCreatedDate = MissingCreatedDate::FirstEvent;
        options.countsAsEvents = {{u"TotalVisits"_qs, u"resource_center_visit"_qs}};
        auto report = fixture.run(
            {fixture.source(ImportKind::Leads, leads), fixture.source(ImportKind::Events, events)}, options);
        QVERIFY(report.ok());
        QCOMPARE(report->files[0].createdDates.fromFirstEvent, 1);
        QCOMPARE(report->files[0].createdDates.fromImport, 1);
        QCOMPARE(fixture.count("SELECT created_at FROM leads WHERE external_id = 'L1'"), 1735776000);
        QCOMPARE(fixture.count("SELECT count(*) FROM events e JOIN leads l ON l.id = e.lead_id "
                               "WHERE l.external_id = 'L1' AND e.occurred_at = 1735776000"),
                 3);
        const std::int64_t importTime = report->files[0].createdDates.importTime;
        QCOMPARE(fixture.count("SELECT created_at FROM leads WHERE external_id = 'L2'"), importTime);
        QCOMPARE(fixture.count("SELECT min(e.occurred_at) FROM events e JOIN leads l ON l.id = e.lead_id "
                               "WHERE l.external_id = 'L2'"),
                 importTime);
    }

    void countsOfAnUnknownActivityStopTheImport()
    {
        Fixture fixture;
        ImportOptions options;
        options.countsAsEvents = {{u"TotalVisits"_qs, u"website_visit"_qs}};
        auto report =
            fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"l.csv"_qs, "lead_id,created_at,TotalVisits\n"
                                                                                      "L1,2025-01-01,3\n"))},
                        options);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().what.startsWith(
                     u"'website_visit' (for the counts of 'TotalVisits') is not an activity type of the workspace"_qs),
                 qPrintable(report.error().what));
        QVERIFY(report.error().hint.contains(u"resource_center_visit"_qs));
        QCOMPARE(fixture.count("SELECT count(*) FROM leads"), 0);
    }

    void draftAsksForTheCreatedDateAndSeesRepeats()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"l.csv"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("lead_id,email,age\nL1,a@x.example,34\nL2,A@x.example,35\n,a@x.example,34\nL1,c@x.example,36\n");
        file.close();
        ImportDraft draft;
        draft.addFile(path);
        draft.setPreview(0, *CsvReader::preview(path, {}, 100), std::nullopt);
        QVERIFY(draft.needsCreatedDate());
        QVERIFY(!draft.createdDateResolved());
        draft.createdDateChosen = true;
        QVERIFY(draft.createdDateResolved());
        draft.createdDateChosen = false;
        draft.mapColumn(0, u"age"_qs, u"created_at"_qs);
        QVERIFY(!draft.needsCreatedDate());
        // The CRM id first; the e-mail where the row has none.
        RepeatedKeys repeated = draft.repeatedKeys(0);
        QCOMPARE(repeated.rows(), 2);
        QCOMPARE(repeated.top()[0].field, u"email"_qs);
        QCOMPARE(repeated.top()[1].value, u"L1"_qs);
        draft.mapColumn(0, u"age"_qs, u"external_id"_qs); // `age` as the id: 34 repeats
        repeated = draft.repeatedKeys(0);
        QCOMPARE(repeated.rows(), 1);
        QCOMPARE(repeated.top()[0].value, u"34"_qs);
    }
};

QTEST_GUILESS_MAIN(TestImportLeadFile)
#include "tst_import_leadfile.moc"
