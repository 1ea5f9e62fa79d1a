// The import engine end to end through core: real CSV bytes into a real workspace.
// Matching (update/skip), unknown leads, duplicates on re-import, rejected rows
// stored and saved as CSV, every date format, cancel leaving nothing behind.

#include "ImportFixture.h"
#include "import/ImportUndo.h"
#include "import/ReadAhead.h"
#include "import/RejectedRowsCsv.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

const QByteArray leadsCsv = "lead_id,email,first_name,company,employees,created_at,TotalVisits\n"
                            "L1, Ann@Example.COM ,Ann,Acme,10,2025-01-01T00:00:00Z,7\n"
                            "L2,bob@example.com,Bob,Beta,many,2025-01-02T00:00:00Z,1\n"
                            "L3,cy@example.com,Cy,Gamma,5,2025-01-03T00:00:00Z,\n";
const QByteArray eventsCsv = "lead_id,activity,occurred_at,detail\n"
                             "L1,Webinar Attended,2025-02-01T10:00:00Z,Q1 webinar\n"
                             "ann@example.com,ebook_download,2025-02-02T10:00:00Z,Guide\n"
                             "L9,ebook_download,2025-02-03T10:00:00Z,Guide\n"
                             "L1,Visited Booth,2025-02-04T10:00:00Z,\n"
                             "L1,email_open,not a date,\n";

using Fixture = LeadStage::Test::ImportFixture;

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leadsAndEventsLandWithRejectedRowsStored()
    {
        Fixture fixture;
        auto report = fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"leads.csv"_qs, leadsCsv)),
                                   fixture.source(ImportKind::Events, fixture.write(u"events.csv"_qs, eventsCsv))});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        const FileReport &leads = report->files[0];
        QCOMPARE(leads.inserted, 2);
        QCOMPARE(leads.rejected, 1); // "many" employees
        QCOMPARE(leads.firstRejected.first().line, 3);
        QCOMPARE(leads.firstRejected.first().column, 5);
        QCOMPARE(fixture.text("SELECT email FROM leads WHERE external_id = 'L1'"), u"ann@example.com"_qs);
        QCOMPARE(fixture.text("SELECT attrs FROM leads WHERE external_id = 'L1'"), u"{\"TotalVisits\":\"7\"}"_qs);
        const FileReport &events = report->files[1];
        QCOMPARE(events.inserted, 2); // by CRM id and by e-mail
        QCOMPARE(events.rejected, 3);
        QCOMPARE(events.unmappedActivities.value(u"Visited Booth"_qs), 1);
        QVERIFY(events.firstRejected[0].reason.contains(u"no lead has the CRM id or e-mail 'L9'"_qs));
        QCOMPARE(events.firstRejected[0].column, 1);
        QCOMPARE(fixture.count("SELECT count(*) FROM import_errors"), 4);
        QCOMPARE(fixture.count("SELECT count(*) FROM imports WHERE finished_at IS NOT NULL AND length(file_hash) = 64"),
                 2);
        QVERIFY(report->rescored);

        const QString saved = fixture.dir.filePath(u"rejected.csv"_qs);
        auto rows = RejectedRowsCsv::save(fixture.workspace->database(), events.importId, saved);
        QCOMPARE(*rows, 3);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines[0], QByteArray("line,column,reason,raw"));
        QVERIFY(lines[1].startsWith("4,1,"));
        QVERIFY(lines[1].endsWith(",\"L9,ebook_download,2025-02-03T10:00:00Z,Guide\""));
    }

    void rejectedRowsCsvEscapesFormulas_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("equals") << u"=1+1"_qs << QByteArray("\"'=1+1\"");
        QTest::newRow("plus") << u"+cmd"_qs << QByteArray("\"'+cmd\"");
        QTest::newRow("minus") << u"-2+3"_qs << QByteArray("\"'-2+3\"");
        QTest::newRow("at") << u"@SUM(A1)"_qs << QByteArray("\"'@SUM(A1)\"");
        QTest::newRow("tab") << u"\t=1"_qs << QByteArray("\"'\t=1\"");
        QTest::newRow("carriage return") << u"\r=1"_qs << QByteArray("\"'\r=1\"");
        QTest::newRow("NUL before equals") << u"\0=1"_qs << QByteArray("\"'\xEF\xBF\xBD=1\"");
        QTest::newRow("spaces before equals") << u"  =1"_qs << QByteArray("\"'  =1\"");
        QTest::newRow("plain row") << u"L1;x"_qs << QByteArray("L1;x");
    }

    // The saved file of rejected rows goes through the one CSV writer: the raw text of
    // a row, and the reason that may quote it, cannot run in a spreadsheet.
    void rejectedRowsCsvEscapesFormulas()
    {
        QFETCH(QString, raw);
        QFETCH(QByteArray, cell);
        Fixture fixture;
        QVERIFY(fixture.workspace->database().exec(
            "INSERT INTO imports (id, kind, file, started_at) VALUES (1, 'events', 'e.csv', 0)"));
        auto insert = fixture.workspace->database().prepare(
            "INSERT INTO import_errors (id, import_id, line, column_no, reason, raw) VALUES (1, 1, 2, 1, ?1, ?2)");
        QVERIFY(insert.ok());
        insert->bind(1, raw).bind(2, raw);
        const Status inserted = insert->run();
        if (fixture.onServer() && raw.contains(QChar(0))) {
            // Refused, not cut short at the NUL (an import stores U+FFFD in its place).
            QVERIFY(!inserted);
            QVERIFY2(inserted.error().what.contains(u"NUL byte"_qs), qPrintable(inserted.error().toString()));
            QCOMPARE(fixture.count("SELECT count(*) FROM import_errors"), 0);
            return;
        }
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().toString()));
        const QString saved = fixture.dir.filePath(u"rejected.csv"_qs);
        auto rows = RejectedRowsCsv::save(fixture.workspace->database(), 1, saved);
        QVERIFY(rows.ok());
        QCOMPARE(*rows, 1);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content, "line,column,reason,raw\n2,1," + cell + ',' + cell + '\n');
        QVERIFY(!content.contains('\0'));
    }

    void reimportCountsDuplicatesNotEvents()
    {
        Fixture fixture;
        const QString leads = fixture.write(u"leads.csv"_qs, leadsCsv);
        const QString events = fixture.write(u"events.csv"_qs, eventsCsv);
        QVERIFY(
            fixture.run({fixture.source(ImportKind::Leads, leads), fixture.source(ImportKind::Events, events)}).ok());
        auto again = fixture.run({fixture.source(ImportKind::Events, events)});
        QVERIFY(again.ok());
        QCOMPARE(again->files[0].inserted, 0);
        QCOMPARE(again->files[0].duplicates, 2);
        QCOMPARE(fixture.count("SELECT count(*) FROM events"), 2);
    }

    // An import and its undo drop the events' and the leads' packed copies (EventBlocks,
    // LeadBlocks), lead_state's digests (LeadStateDigests) and their triggers first, in
    // their transaction: their rows would fire a trigger each. Their own rescore of the
    // touched leads writes none, so the next full rescore reads the rows.
    void anImportAndItsUndoDropThePackedCopies()
    {
        Fixture fixture;
        const QString leads = fixture.write(u"leads.csv"_qs, leadsCsv);
        const QString events = fixture.write(u"events.csv"_qs, eventsCsv);
        QVERIFY(
            fixture.run({fixture.source(ImportKind::Leads, leads), fixture.source(ImportKind::Events, events)}).ok());
        const auto rescoreAll = [&] { return WorkspaceScorer(*fixture.workspace).run({}).ok(); };
        const char *blocks = "SELECT count(*) FROM event_blocks";
        const char *leadBlocks = "SELECT count(*) FROM lead_blocks";
        // A server keeps no digests of lead_state (LeadStateDigests): nor their three triggers.
        const bool digestsKept = !fixture.onServer();
        const auto digests = [&] { return digestsKept ? fixture.count("SELECT count(*) FROM lead_state_digests") : 0; };
        const auto triggers = [&] { return Testing::EitherStoreSql::triggers(fixture.workspace->database(), "%"); };
        QVERIFY(rescoreAll());
        QVERIFY(fixture.count(blocks) > 0);
        QVERIFY(!digestsKept || digests() > 0);
        QVERIFY(fixture.count(leadBlocks) > 0);
        // Three on events, three on lead_state, three each on leads and outcomes.
        QCOMPARE(triggers(), digestsKept ? 12 : 9);
        // Earlier than the latest event: the analysis date stays, the rescore is partial.
        const QString more = fixture.write(u"more.csv"_qs, "lead_id,activity,occurred_at,detail\n"
                                                           "L3,ebook_download,2025-02-01T12:00:00Z,Guide\n");
        auto imported = fixture.run({fixture.source(ImportKind::Events, more)});
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
        QVERIFY2(imported->files[0].inserted == 1,
                 qPrintable(u"read %1, rejected %2, duplicates %3"_qs.arg(imported->files[0].rowsRead)
                                .arg(imported->files[0].rejected)
                                .arg(imported->files[0].duplicates)));
        QCOMPARE(fixture.count(blocks), 0);
        QCOMPARE(digests(), 0);
        // Events alone leave the leads' copy and its six triggers.
        QVERIFY(fixture.count(leadBlocks) > 0);
        QCOMPARE(triggers(), 6);
        QVERIFY(rescoreAll());
        QCOMPARE(fixture.count("SELECT sum(events) FROM event_blocks"), 3);
        QCOMPARE(fixture.count("SELECT sum(leads) FROM lead_blocks"), fixture.count("SELECT count(*) FROM leads"));
        auto undone = ImportUndo(*fixture.workspace, fixture.count("SELECT max(id) FROM imports")).run();
        QVERIFY2(undone, undone ? "" : qPrintable(undone.error().toString()));
        QCOMPARE(fixture.count("SELECT count(*) FROM events"), 2);
        QCOMPARE(fixture.count(blocks), 0);
        QCOMPARE(digests(), 0);
        QCOMPARE(fixture.count(leadBlocks), 0);
        // A server's triggers fire once a statement: its undo and its imports leave them
        // (a table an import swaps whole takes its own along), and they emptied the copies.
        QCOMPARE(triggers(), fixture.onServer() ? 9 : 0);
        // A file of leads drops the leads' copy too, first.
        QVERIFY(rescoreAll());
        QVERIFY(fixture.count(leadBlocks) > 0);
        const QString moreLeads = fixture.write(u"more-leads.csv"_qs, leadsCsv);
        auto leadsAgain = fixture.run({fixture.source(ImportKind::Leads, moreLeads)});
        QVERIFY2(leadsAgain, leadsAgain ? "" : qPrintable(leadsAgain.error().toString()));
        QCOMPARE(fixture.count(leadBlocks), 0);
        QCOMPARE(triggers(), fixture.onServer() ? 9 : 0);
    }

    // Events already stored give their ids back, in groups of 64 rows and alone: importing
    // a file again leaves event_sequence where the first import left it.
    void reimportKeepsTheEventSequence()
    {
        Fixture fixture;
        QByteArray csv = "lead_id,activity,occurred_at,detail\n";
        for (int row = 0; row < 130; ++row)
            csv += "L1,ebook_download,2025-02-01T10:" + QByteArray::number(row / 60).rightJustified(2, '0') + ':'
                   + QByteArray::number(row % 60).rightJustified(2, '0') + "Z,\n";
        const QString leads = fixture.write(u"leads.csv"_qs, leadsCsv);
        const QString events = fixture.write(u"events.csv"_qs, csv);
        QVERIFY(
            fixture.run({fixture.source(ImportKind::Leads, leads), fixture.source(ImportKind::Events, events)}).ok());
        QCOMPARE(fixture.count("SELECT next_id FROM event_sequence"), 131);
        QCOMPARE(fixture.count("SELECT count(DISTINCT id) FROM events"), 130);
        // Row k of the file (k seconds after the first) has id k + 1, in the groups and alone,
        // and every row names the import that stored it.
        QCOMPARE(fixture.count("SELECT count(*) FROM events WHERE id = 1 + occurred_at - "
                               "(SELECT min(occurred_at) FROM events)"),
                 130);
        QCOMPARE(fixture.count("SELECT count(*) FROM events WHERE import_id = (SELECT max(id) FROM imports)"), 130);
        auto again = fixture.run({fixture.source(ImportKind::Events, events)});
        QVERIFY(again.ok());
        QCOMPARE(again->files[0].duplicates, 130);
        QCOMPARE(fixture.count("SELECT next_id FROM event_sequence"), 131);
    }

    // The same file again: said, with the earlier import; its rows change nothing and
    // count as unchanged, and no lead is touched. One row that does change updates it.
    void reimportedFileIsSaidAndItsRowsAreUnchanged()
    {
        Fixture fixture;
        const QString leads = fixture.write(u"leads.csv"_qs, leadsCsv);
        const QString outcomes = fixture.write(u"outcomes.csv"_qs, "lead_id,sql_at,customer_at,revenue\n"
                                                                   "L1,2025-03-01,,\nL3,2025-03-02,2025-04-01,5000\n");
        auto first =
            fixture.run({fixture.source(ImportKind::Leads, leads), fixture.source(ImportKind::Outcomes, outcomes)});
        QVERIFY(first.ok());
        QVERIFY(!first->files[0].sameFileAs);
        const std::int64_t firstLeadsImport = first->files[0].importId;

        auto again =
            fixture.run({fixture.source(ImportKind::Leads, leads), fixture.source(ImportKind::Outcomes, outcomes)});
        QVERIFY(again.ok());
        for (const FileReport &file : again->files) {
            QCOMPARE(file.updated, 0);
            QCOMPARE(file.inserted, 0);
            QVERIFY(file.sameFileAs);
        }
        QCOMPARE(again->files[0].unchanged, 2); // the third row is rejected, as the first time
        QCOMPARE(again->files[1].unchanged, 2);
        QCOMPARE(again->files[0].sameFileAs->importId, firstLeadsImport);
        QCOMPARE(again->touchedLeads, 0);
        QCOMPARE(fixture.count("SELECT rows_unchanged FROM imports ORDER BY id DESC LIMIT 1"), 2);

        const QString changed =
            fixture.write(u"changed.csv"_qs,
                          QByteArray(leadsCsv).replace("L3,cy@example.com,Cy,Gamma", "L3,cy@example.com,Cy,Delta"));
        auto third = fixture.run({fixture.source(ImportKind::Leads, changed)});
        QVERIFY(third.ok());
        QVERIFY(!third->files[0].sameFileAs);
        QCOMPARE(third->files[0].updated, 1);
        QCOMPARE(third->files[0].unchanged, 1);
        QCOMPARE(third->touchedLeads, 1);
    }

    void matchUpdateOrSkip_data()
    {
        QTest::addColumn<bool>("skip");
        QTest::addColumn<QString>("company");
        QTest::newRow("update fills in the row's values") << false << "Acme Corp";
        QTest::newRow("skip leaves the lead alone") << true << "Acme";
    }

    void matchUpdateOrSkip()
    {
        QFETCH(bool, skip);
        QFETCH(QString, company);
        Fixture fixture;
        QVERIFY(fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"a.csv"_qs, leadsCsv))}).ok());
        // Matched by e-mail (no CRM id in this file), case and spaces aside.
        const QString second = fixture.write(u"b.csv"_qs, "email,company\n ANN@example.com,Acme Corp\n");
        ImportOptions options;
        options.onMatch = skip ? OnMatch::Skip : OnMatch::Update;
        auto report = fixture.run({fixture.source(ImportKind::Leads, second)}, options);
        QVERIFY(report.ok());
        QCOMPARE(report->files[0].skipped, skip ? 1 : 0);
        QCOMPARE(report->files[0].updated, skip ? 0 : 1);
        QCOMPARE(fixture.text("SELECT company FROM leads WHERE external_id = 'L1'"), company);
        QCOMPARE(fixture.count("SELECT count(*) FROM leads"), 2);
    }

    void unknownLeadsCreatedWhenAsked()
    {
        Fixture fixture;
        ImportOptions options;
        options.createMissingLeads = true;
        auto report = fixture.run({fixture.source(ImportKind::Events, fixture.write(u"e.csv"_qs, eventsCsv))}, options);
        QVERIFY(report.ok());
        QCOMPARE(report->files[0].leadsCreated, 3); // L1, ann@example.com, L9
        QCOMPARE(fixture.count("SELECT count(*) FROM leads WHERE email = 'ann@example.com' AND external_id IS NULL"),
                 1);
    }

    void everyDateFormat_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("format");
        QTest::newRow("ISO 8601 with zone") << QByteArray("2025-03-14T10:30:00+01:00") << int(DateFormat::Iso8601);
        QTest::newRow("ISO 8601 without zone") << QByteArray("2025-03-14 09:30:00") << int(DateFormat::Iso8601);
        QTest::newRow("YYYY-MM-DD") << QByteArray("2025-03-14") << int(DateFormat::Iso8601);
        QTest::newRow("M/D/YYYY") << QByteArray("3/14/2025 9:30") << int(DateFormat::MonthDayYear);
        QTest::newRow("D.M.YYYY") << QByteArray("14.3.2025 09:30") << int(DateFormat::DayMonthYear);
        QTest::newRow("D/M/YYYY") << QByteArray("14/03/2025 09:30") << int(DateFormat::DayMonthYear);
        QTest::newRow("epoch seconds") << QByteArray("1741944600") << int(DateFormat::EpochSeconds);
        QTest::newRow("epoch milliseconds") << QByteArray("1741944600000") << int(DateFormat::EpochMilliseconds);
    }

    void everyDateFormat()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, format);
        Fixture fixture;
        const QString path = fixture.write(u"l.csv"_qs, "lead_id,created_at\nL1," + value + "\n");
        const ImportSource source = fixture.source(ImportKind::Leads, path);
        QCOMPARE(int(source.mapping.dateFormats.value(u"created_at"_qs)), format);
        QVERIFY(fixture.run({source}).ok());
        const std::int64_t expected = value.size() == 10 && !value.contains('-') ? 1741944600 : 0;
        const std::int64_t stored = fixture.count("SELECT created_at FROM leads");
        if (expected)
            QCOMPARE(stored, expected);
        else if (value == "2025-03-14")
            QCOMPARE(stored, 1741910400);
        else
            QCOMPARE(stored, 1741944600);
    }

    void ambiguousDatesNeedAChoice()
    {
        Fixture fixture;
        const QString path = fixture.write(u"l.csv"_qs, "lead_id,created_at\nL1,3/4/2025\nL2,5/6/2025\n");
        auto scan = ImportScan::scan(ImportKind::Leads, path, std::nullopt, ActivityMap::defaults());
        QVERIFY(scan.ok());
        QCOMPARE(scan->ambiguousDateFields(), QStringList{u"created_at"_qs});
        const Status refused = scan->resolveDateFormats(std::nullopt);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().column, 2);
        QVERIFY(refused.error().hint.contains(u"--date-format"_qs));
        QVERIFY(scan->resolveDateFormats(DateFormat::DayMonthYear).ok());
        QVERIFY(fixture.run({ImportSource{ImportKind::Leads, path, scan->mapping, {}}}).ok());
        QCOMPARE(fixture.count("SELECT created_at FROM leads WHERE external_id = 'L1'"), 1743638400); // 3 April
    }

    // The reading half runs a batch ahead of the writer (ReadAhead): rejections found
    // while reading (a bad date, a ragged row) and while writing (an unknown lead)
    // must land in import_errors in file order, and every good row once.
    void rowsAcrossBatchesKeepFileOrder_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("less than a batch") << 100;
        QTest::newRow("exactly one batch") << int(ReadAhead::recordsPerBatch);
        QTest::newRow("several batches and a bit") << int(3 * ReadAhead::recordsPerBatch + 17);
    }

    void rowsAcrossBatchesKeepFileOrder()
    {
        QFETCH(int, rows);
        Fixture fixture;
        QVERIFY(fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"leads.csv"_qs, leadsCsv))}).ok());
        QByteArray csv = "lead_id,activity,occurred_at,detail\n";
        QList<int> rejectedLines;
        for (int row = 0; row < rows; ++row) {
            const int line = row + 2;
            const QByteArray seconds = QByteArray::number(1738400000 + row);
            if (row % 97 == 5) { // found while reading
                csv += "L1,ebook_download,not a date,x\n";
                rejectedLines.append(line);
            } else if (row % 89 == 7) { // found while writing
                csv += "L9,ebook_download," + seconds + ",x\n";
                rejectedLines.append(line);
            } else if (row % 1000 == 999) { // ragged: the reader's own rejection
                csv += "L1,ebook_download\n";
                rejectedLines.append(line);
            } else {
                csv += (row % 2 ? "L3" : "L1") + QByteArray(",ebook_download,") + seconds + ",x\n";
            }
        }
        auto source =
            fixture.source(ImportKind::Events, fixture.write(u"events.csv"_qs, csv), DateFormat::EpochSeconds);
        auto report = fixture.run({source});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->files[0].rowsRead, rows);
        QCOMPARE(report->files[0].rejected, rejectedLines.size());
        QCOMPARE(report->files[0].inserted, rows - rejectedLines.size());
        QCOMPARE(fixture.count("SELECT count(*) FROM events"), rows - rejectedLines.size());
        QList<int> stored;
        auto lines =
            fixture.workspace->database().prepare("SELECT line FROM import_errors WHERE import_id = ?1 ORDER BY id");
        QVERIFY(lines);
        lines->bind(1, report->files[0].importId);
        while (*lines->step())
            stored.append(int(lines->int64(0)));
        QCOMPARE(stored, rejectedLines);
    }

    // Events go to SQLite in groups of 64 rows per statement: a group with rows stored
    // before (or twice in the file) must count them as duplicates and touch only the
    // leads this import gave new events.
    void duplicatesInsideGroupsCountedAndUntouched()
    {
        Fixture fixture;
        QVERIFY(fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"leads.csv"_qs, leadsCsv))}).ok());
        const auto eventRow = [](int row) -> QByteArray {
            return QByteArray(row < 100 ? "L1" : "L3") + ",ebook_download," + QByteArray::number(1738400000 + row)
                   + ",x\n";
        };
        QByteArray first = "lead_id,activity,occurred_at,detail\n";
        for (int row = 0; row < 100; ++row)
            first += eventRow(row);
        QByteArray second = "lead_id,activity,occurred_at,detail\n";
        for (int row = 0; row < 200; ++row)
            second += eventRow(row);
        for (int again = 0; again < 10; ++again)
            second += eventRow(150);
        const auto events = [&](const QString &name, const QByteArray &csv) {
            return fixture.source(ImportKind::Events, fixture.write(name, csv), DateFormat::EpochSeconds);
        };
        auto once = fixture.run({events(u"first.csv"_qs, first)});
        QVERIFY(once.ok());
        QCOMPARE(once->files[0].inserted, 100);
        auto report = fixture.run({events(u"second.csv"_qs, second)});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->files[0].rowsRead, 210);
        QCOMPARE(report->files[0].inserted, 100);
        QCOMPARE(report->files[0].duplicates, 110);
        QCOMPARE(report->touchedLeads, 1); // L3 only: L1's rows were all there already
        QCOMPARE(fixture.count("SELECT count(*) FROM events"), 200);
    }

    // New leads go to SQLite 32 to a statement with ids given by the import: a row that
    // matches a lead still waiting for its statement (same CRM id; same e-mail under
    // another CRM id) must find it stored, and the ids follow the file after the
    // largest stored one.
    void leadsInGroupsMatchLeadsStillWaiting_data()
    {
        QTest::addColumn<int>("leads");
        QTest::newRow("a short rest only") << 20;
        QTest::newRow("exactly one group") << 32;
        QTest::newRow("groups and a rest across batches") << int(ReadAhead::recordsPerBatch + 70);
    }

    void leadsInGroupsMatchLeadsStillWaiting()
    {
        QFETCH(int, leads);
        Fixture fixture;
        QVERIFY(fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"first.csv"_qs, leadsCsv))}).ok());
        const std::int64_t before = fixture.count("SELECT count(*) FROM leads");
        const std::int64_t largest = fixture.count("SELECT max(id) FROM leads");
        QCOMPARE(before, 2); // L2's employees are no number
        QByteArray csv = "lead_id,email,first_name,company,employees,created_at\n";
        for (int lead = 0; lead < leads; ++lead)
            csv += "N" + QByteArray::number(lead) + ",n" + QByteArray::number(lead) + "@example.com,First"
                   + QByteArray::number(lead) + ",,," + (lead % 5 ? "2025-03-01T00:00:00Z" : "") + "\n";
        const int last = leads - 1;
        csv += "N" + QByteArray::number(last) + ",,,Updated Inc,42,\n";       // same CRM id: an update
        csv += "X1,n" + QByteArray::number(last) + "@example.com,Other,,,\n"; // its e-mail, another CRM id
        ImportOptions options;
        options.allowRepeatedKeys = true; // the update repeats a CRM id of the file on purpose
        auto report = fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"second.csv"_qs, csv))}, options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        const FileReport &file = report->files[0];
        QCOMPARE(file.inserted, leads);
        QCOMPARE(file.updated, 1);
        QCOMPARE(file.rejected, 1);
        QCOMPARE(file.repeatedKeyRows, 1);
        QCOMPARE(fixture.count("SELECT count(*) FROM leads"), before + leads);
        // Ids after the largest in file order, every value where it belongs.
        auto stored = fixture.workspace->database().prepare(
            "SELECT id, external_id, email, first_name, created_at FROM leads WHERE id > ?1 ORDER BY id");
        QVERIFY(stored);
        stored->bind(1, largest);
        for (int lead = 0; lead < leads; ++lead) {
            QVERIFY(*stored->step());
            QCOMPARE(stored->int64(0), largest + 1 + lead);
            QCOMPARE(stored->text(1), u"N%1"_qs.arg(lead));
            QCOMPARE(stored->text(2), u"n%1@example.com"_qs.arg(lead));
            QCOMPARE(stored->text(3), u"First%1"_qs.arg(lead));
            if (lead % 5)
                QCOMPARE(stored->int64(4), 1740787200);
            else // no creation date: the import's own moment
                QVERIFY(stored->int64(4) > 1740787200);
        }
        QVERIFY(!*stored->step());
        auto updated = fixture.workspace->database().prepare(
            "SELECT company, employees, first_name FROM leads WHERE external_id = ?1");
        updated->bind(1, u"N%1"_qs.arg(last));
        QVERIFY(*updated->step());
        QCOMPARE(updated->text(0), u"Updated Inc"_qs);
        QCOMPARE(updated->int64(1), 42);
        QCOMPARE(updated->text(2), u"First%1"_qs.arg(last)); // an empty cell keeps what is stored
        QVERIFY2(fixture.text("SELECT reason FROM import_errors ORDER BY id DESC LIMIT 1")
                     .contains(u"belongs to the lead with CRM id N%1"_qs.arg(last)),
                 qPrintable(fixture.text("SELECT reason FROM import_errors ORDER BY id DESC LIMIT 1")));
    }

    // A row found by its CRM id whose e-mail is another lead's: updating would give two
    // leads one e-mail, so the row is rejected and both leads stay as they were.
    void crmIdMatchWithAnotherLeadsEmailIsRejected()
    {
        Fixture fixture;
        QVERIFY(fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"first.csv"_qs, leadsCsv))}).ok());
        const QByteArray csv = "lead_id,email,first_name\nL1,CY@example.com,Changed\nL9,new@example.com,New\n";
        auto report = fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"second.csv"_qs, csv))});
        QVERIFY(report.ok());
        QCOMPARE(report->files[0].rejected, 1);
        QCOMPARE(report->files[0].inserted, 1);
        QCOMPARE(report->files[0].updated, 0);
        QCOMPARE(fixture.text("SELECT reason FROM import_errors ORDER BY id DESC LIMIT 1"),
                 u"e-mail cy@example.com belongs to another lead than CRM id L1"_qs);
        QCOMPARE(fixture.text("SELECT first_name FROM leads WHERE external_id = 'L1'"), u"Ann"_qs);
        QCOMPARE(fixture.text("SELECT email FROM leads WHERE external_id = 'L1'"), u"ann@example.com"_qs);
    }

    // A leads file sizes SQLite's page cache for its leads while it is written
    // (LeadRowImporter::sizePageCache: at least 64 MB); the import then puts the
    // connection's own back.
    void theLeadsPageCacheIsPutBack()
    {
        Fixture fixture;
        Database &database = fixture.workspace->database();
        if (database.isServer())
            QSKIP("a server has no page cache of this process's");
        const auto cacheSize = [&database] {
            auto query = database.prepare("PRAGMA cache_size");
            return query && *query->step() ? query->int64(0) : std::int64_t(0);
        };
        const std::int64_t before = cacheSize();
        std::int64_t during = 0;
        Progress progress([&](std::int64_t, std::int64_t) { during = cacheSize(); });
        QVERIFY(
            fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"a.csv"_qs, leadsCsv))}, {}, &progress).ok());
        QCOMPARE(during, std::int64_t(-64 * 1024));
        QCOMPARE(cacheSize(), before);
        QVERIFY(before != during);
    }

    void cancelLeavesNothing()
    {
        Fixture fixture;
        QVERIFY(fixture.run({fixture.source(ImportKind::Leads, fixture.write(u"a.csv"_qs, leadsCsv))}).ok());
        QByteArray big = "lead_id,email\n";
        for (int i = 0; i < 200000; ++i)
            big += "X" + QByteArray::number(i) + ",x" + QByteArray::number(i) + "@example.com\n";
        const QString path = fixture.write(u"big.csv"_qs, big);
        Progress progress([&progress](std::int64_t done, std::int64_t total) {
            if (done > total / 3)
                progress.cancel();
        });
        auto report = fixture.run({fixture.source(ImportKind::Leads, path)}, {}, &progress);
        QVERIFY(!report.ok());
        QVERIFY(report.error().what.contains(u"cancelled"_qs));
        QCOMPARE(fixture.count("SELECT count(*) FROM leads"), 2);
        QCOMPARE(fixture.count("SELECT count(*) FROM imports"), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_import_job.moc"
