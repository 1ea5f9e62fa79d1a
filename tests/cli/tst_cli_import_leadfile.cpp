// `leadstage import` of leads files as real exports come (issue 16): a file without a
// created-date column is refused until --created-date says which date new leads get,
// and the summary says which each got; a key column that repeats inside the file is
// refused before anything lands, with its most repeated values, unless
// --allow-repeated-keys accepts it; activity names with no key rejected or, with
// --create-activities, made into types; count columns made into events
// (--count-as-events), at most 10,000 a row.

#include "LeadstageProcess.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using LeadstageProcess::leadstage;
using LeadstageProcess::Run;
using LeadstageProcess::writeFile;

namespace {

std::int64_t number(const QString &workspace, const QString &sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return -1;
    auto query = (*opened)->database().prepare(sql.toStdString());
    return query && query->step() && !query->isNull(0) ? query->int64(0) : -1;
}

std::int64_t createdAt(const QString &workspace, const QString &externalId)
{
    return number(workspace, u"SELECT created_at FROM leads WHERE external_id = '%1'"_qs.arg(externalId));
}

std::int64_t at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

// 16 rows, 9 distinct ids: 7 rows repeat an id an earlier row has (34 twice, then 35,
// 37, 39, 41 and 42 once each).
const QByteArray repeatingIds = "lead_id,created_at\n34,2025-01-01\n34,2025-01-01\n34,2025-01-01\n35,2025-01-01\n"
                                "35,2025-01-01\n36,2025-01-01\n37,2025-01-01\n37,2025-01-01\n38,2025-01-01\n"
                                "39,2025-01-01\n39,2025-01-01\n40,2025-01-01\n41,2025-01-01\n41,2025-01-01\n"
                                "42,2025-01-01\n42,2025-01-01\n";
const QString repeatingIdsLine =
    u"7 rows repeat the CRM id or e-mail of an earlier row of this file; most repeated: external_id '34' (2 more "
    "rows), external_id '35' (1 more row), external_id '37' (1 more row), external_id '39' (1 more row), "
    "external_id '41' (1 more row)"_qs;

} // namespace

class TestCliImportLeadFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCreatedColumnIsRefusedUntilChosen()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), leads = dir.filePath(u"l.csv"_qs);
        writeFile(leads, "lead_id,email\nL1,a@x.example\nL2,b@x.example\n");
        const Run refused = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err,
                 u"leadstage import: %1:1: no column is mapped to created_at, so the new leads have no created "
                 "date. Say which date they get: --created-date column:NAME (one of the file's columns), "
                 "--created-date import (this import's time) or --created-date first-event (each lead's earliest "
                 "event in this import, else the import's time).\n"_qs.arg(leads));
        QVERIFY(!QFile::exists(workspace)); // nothing was written
    }

    void createdDateOption_data()
    {
        QTest::addColumn<QByteArray>("leads");
        QTest::addColumn<QByteArray>("events"); // empty: no events file
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("line"); // the summary's created-dates line, {import} the import's time
        QTest::addColumn<qint64>("l1");    // L1's created_at; 0: the import's time
        QTest::addColumn<qint64>("l2");
        QTest::newRow("import: this import's time")
            << QByteArray("lead_id,email\nL1,a@x.example\nL2,b@x.example\n") << QByteArray()
            << QStringList{u"--created-date"_qs, u"import"_qs}
            << u"created dates of new leads: 2 dated at the import's time {import} (--created-date import)"_qs
            << qint64(0) << qint64(0);
        QTest::newRow("first-event: the earliest of the same run, else the import's time")
            << QByteArray("lead_id,email\nL1,a@x.example\nL2,b@x.example\n")
            << QByteArray("lead_id,activity,occurred_at\nL1,ebook_download,2025-02-01T10:00:00Z\n"
                          "L1,webinar_attended,2025-01-15T09:30:00Z\n")
            << QStringList{u"--created-date"_qs, u"first-event"_qs}
            << u"created dates of new leads: 1 from their first event, 1 dated at the import's time {import} (no event)"_qs
            << qint64(at("2025-01-15T09:30:00Z")) << qint64(0);
        QTest::newRow("column:NAME reads an unmapped column")
            << QByteArray("lead_id,email,Signup\nL1,a@x.example,2025-03-01\nL2,b@x.example,2025-03-02\n")
            << QByteArray() << QStringList{u"--created-date"_qs, u"column:Signup"_qs}
            << u"created dates of new leads: 2 from column 'Signup'"_qs << qint64(at("2025-03-01T00:00:00Z"))
            << qint64(at("2025-03-02T00:00:00Z"));
        QTest::newRow("mapped column with an empty cell: said")
            << QByteArray("lead_id,email,created_at\nL1,a@x.example,2025-03-01\nL2,b@x.example,\n") << QByteArray()
            << QStringList()
            << u"created dates of new leads: 1 from column 'created_at', 1 dated at the import's time {import} (empty cell)"_qs
            << qint64(at("2025-03-01T00:00:00Z")) << qint64(0);
    }

    void createdDateOption()
    {
        QFETCH(QByteArray, leads);
        QFETCH(QByteArray, events);
        QFETCH(QStringList, options);
        QFETCH(QString, line);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), leadsFile = dir.filePath(u"l.csv"_qs),
                      eventsFile = dir.filePath(u"e.csv"_qs);
        writeFile(leadsFile, leads);
        QStringList arguments{u"import"_qs, workspace, u"--leads"_qs, leadsFile};
        if (!events.isEmpty()) {
            writeFile(eventsFile, events);
            arguments << u"--events"_qs << eventsFile;
        }
        const std::int64_t before = QDateTime::currentSecsSinceEpoch();
        const Run run = leadstage(arguments + options);
        const std::int64_t after = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(number(workspace, u"SELECT count(*) FROM leads"_qs), 2);
        // The import's time is one moment for every lead, and it is the one the summary names.
        const std::int64_t importTime = number(workspace, u"SELECT started_at FROM imports WHERE kind = 'leads'"_qs);
        QVERIFY(importTime >= before && importTime <= after);
        const QRegularExpression said(QRegularExpression::escape(line).replace(
            QRegularExpression::escape(u"{import}"_qs), u"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)"_qs));
        const QRegularExpressionMatch match = said.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        std::int64_t saidTime = 0;
        if (line.contains(u"{import}"_qs)) {
            saidTime = QDateTime::fromString(match.captured(1), Qt::ISODate).toSecsSinceEpoch();
            QVERIFY(saidTime >= before && saidTime <= after);
        }
        QFETCH(qint64, l1);
        QFETCH(qint64, l2);
        QCOMPARE(createdAt(workspace, u"L1"_qs), l1 == 0 ? saidTime : l1);
        QCOMPARE(createdAt(workspace, u"L2"_qs), l2 == 0 ? saidTime : l2);
    }

    void firstEventJson()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), leads = dir.filePath(u"l.csv"_qs),
                      events = dir.filePath(u"e.csv"_qs);
        writeFile(leads, "lead_id,email\nL1,a@x.example\nL2,b@x.example\nL3,c@x.example\n");
        writeFile(events, "lead_id,activity,occurred_at\nL2,ebook_download,2025-02-01T10:00:00Z\n"
                          "L3,ebook_download,2025-02-03T10:00:00Z\n");
        const Run run = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--events"_qs, events,
                                   u"--created-date"_qs, u"first-event"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject file =
            QJsonDocument::fromJson(run.out.toUtf8()).object()[u"files"_qs].toArray()[0].toObject();
        const QJsonObject created = file[u"createdDates"_qs].toObject();
        QCOMPARE(created[u"missing"_qs].toString(), u"first-event"_qs);
        QVERIFY(created[u"column"_qs].isNull());
        QCOMPARE(created[u"fromColumn"_qs].toInt(), 0);
        QCOMPARE(created[u"fromFirstEvent"_qs].toInt(), 2);
        QCOMPARE(created[u"fromImport"_qs].toInt(), 1);
        QCOMPARE(createdAt(workspace, u"L3"_qs), at("2025-02-03T10:00:00Z"));
        // Field rules and staleness count from the dates the leads now have: the scores agree.
        QCOMPARE(number(workspace, u"SELECT count(*) FROM lead_state"_qs), 3);
    }

    void badCreatedDateOptions_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::newRow("unknown word") << u"yesterday"_qs << 2
                                      << u"leadstage import: --created-date expects import, first-event or "
                                         "column:NAME, not 'yesterday'\n"_qs;
        QTest::newRow("column the file lacks")
            << u"column:Nope"_qs << 1
            << u"leadstage import: {file}:1: --created-date names a column 'Nope' the file does not have. Name one "
               "of its columns: lead_id, email.\n"_qs;
    }

    void badCreatedDateOptions()
    {
        QFETCH(QString, value);
        QFETCH(QString, err);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), leads = dir.filePath(u"l.csv"_qs);
        writeFile(leads, "lead_id,email\nL1,a@x.example\n");
        const Run run = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--created-date"_qs, value});
        QTEST(run.exitCode, "exitCode");
        QCOMPARE(run.err, err.replace(u"{file}"_qs, leads));
        QVERIFY(!QFile::exists(workspace));
    }

    void repeatedKeysAreRefusedBeforeWriting()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), first = dir.filePath(u"first.csv"_qs),
                      leads = dir.filePath(u"l.csv"_qs);
        writeFile(first, "lead_id,created_at\nL0,2025-01-01\n");
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, first}).exitCode, 0);
        writeFile(leads, repeatingIds);
        const Run refused = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"  "_qs + repeatingIdsLine + u'\n'), qPrintable(refused.out));
        QVERIFY2(refused.out.endsWith(
                     u"Nothing was imported: rows of the leads file repeat a key, so they would update the lead of "
                     "an earlier row instead of adding their own. Check which columns are mapped to external_id "
                     "and email (--preset, --mapping), or import anyway with --allow-repeated-keys.\n"_qs),
                 qPrintable(refused.out));
        QCOMPARE(number(workspace, u"SELECT count(*) FROM leads"_qs), 1); // as before
        QCOMPARE(number(workspace, u"SELECT count(*) FROM imports"_qs), 1);

        const Run json = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--json"_qs});
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(report[u"refusedRepeatedKeys"_qs].toBool());
        QVERIFY(!report[u"committed"_qs].toBool());
        const QJsonObject file = report[u"files"_qs].toArray()[0].toObject();
        QCOMPARE(file[u"repeatedKeyRows"_qs].toInt(), 7);
        const QJsonArray top = file[u"topRepeatedKeys"_qs].toArray();
        QCOMPARE(top.size(), 5);
        QCOMPARE(top[0].toObject(),
                 (QJsonObject{{u"field"_qs, u"external_id"_qs}, {u"value"_qs, u"34"_qs}, {u"rows"_qs, 2}}));

        const Run allowed = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--allow-repeated-keys"_qs});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.out));
        QVERIFY2(allowed.out.contains(u"  "_qs + repeatingIdsLine + u'\n'), qPrintable(allowed.out));
        QVERIFY(allowed.out.contains(u"read 16, inserted 9, updated 0, unchanged 7"_qs));
        QCOMPARE(number(workspace, u"SELECT count(*) FROM leads"_qs), 10);
    }

    void repeatedKeys_data()
    {
        QTest::addColumn<QByteArray>("leads");
        QTest::addColumn<int>("repeatedRows");
        QTest::addColumn<QString>("line"); // empty: none said
        QTest::newRow("e-mail in another case")
            << QByteArray("email,created_at\na@x.example,2025-01-01\nA@X.example,2025-01-02\nb@x.example,2025-01-01\n")
            << 1
            << u"1 rows repeat the CRM id or e-mail of an earlier row of this file; most repeated: email "
               "'a@x.example' (1 more row)"_qs;
        QTest::newRow("a stored lead matched once is no repeat")
            << QByteArray("lead_id,created_at\nL0,2025-01-02\nL1,2025-01-01\n") << 0 << QString();
    }

    void repeatedKeys()
    {
        QFETCH(QByteArray, leads);
        QFETCH(int, repeatedRows);
        QFETCH(QString, line);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), first = dir.filePath(u"first.csv"_qs),
                      file = dir.filePath(u"l.csv"_qs);
        writeFile(first, "lead_id,email,created_at\nL0,z@x.example,2025-01-01\n");
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, first}).exitCode, 0);
        writeFile(file, leads);
        const Run run = leadstage({u"import"_qs, workspace, u"--leads"_qs, file});
        QCOMPARE(run.exitCode, repeatedRows > 0 ? 1 : 0);
        if (!line.isEmpty())
            QVERIFY2(run.out.contains(u"  "_qs + line + u'\n'), qPrintable(run.out));
        else
            QVERIFY2(!run.out.contains(u"repeat"_qs), qPrintable(run.out));
    }
    void activityNamesWithNoKey()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), leads = dir.filePath(u"l.csv"_qs),
                      events = dir.filePath(u"e.csv"_qs);
        writeFile(leads, "lead_id,created_at\nL1,2025-01-01\n");
        writeFile(events, "lead_id,activity,occurred_at\nL1,Booth Visit,2025-02-01T00:00:00Z\n"
                          "L1,Booth Visit,2025-02-02T00:00:00Z\nL1,ebook_download,2025-02-03T00:00:00Z\n");
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, leads}).exitCode, 0);
        const Run rejected = leadstage({u"import"_qs, workspace, u"--events"_qs, events});
        QCOMPARE(rejected.exitCode, 0);
        QVERIFY2(rejected.out.contains(u"  read 3, inserted 1, updated 0, unchanged 0, skipped 0, duplicates 0, "
                                       "rejected 2\n  activity 'Booth Visit' has no mapping: 2 rows rejected (map it "
                                       "with --mapping, or create it with --create-activities)\n"_qs),
                 qPrintable(rejected.out));
        const Run created = leadstage({u"import"_qs, workspace, u"--events"_qs, events, u"--create-activities"_qs});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(u"  read 3, inserted 2, updated 0, unchanged 0, skipped 0, duplicates 1, "
                                      "rejected 0\n  activity 'Booth Visit' had no key: created as booth_visit "
                                      "(track info, category Imported, 0 points until a rule uses it), 2 rows\n"_qs),
                 qPrintable(created.out));
        QCOMPARE(number(workspace, u"SELECT count(*) FROM events e JOIN activity_types a ON a.id = e.activity_id "
                                   "WHERE a.key = 'booth_visit' AND a.track = 'info' AND a.category = 'Imported'"_qs),
                 2);
        const Run json = leadstage({u"import"_qs, workspace, u"--events"_qs, events, u"--json"_qs});
        const QJsonObject file =
            QJsonDocument::fromJson(json.out.toUtf8()).object()[u"files"_qs].toArray()[0].toObject();
        QCOMPARE(file[u"duplicates"_qs].toInt(), 3); // the created type is found again by its name
        QCOMPARE(file[u"createdActivities"_qs].toObject().size(), 0);
    }

    void countsAsEvents()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), leads = dir.filePath(u"l.csv"_qs);
        writeFile(leads, "lead_id,created_at,TotalVisits\nL1,2025-01-01,3\nL2,2025-01-02,\nL3,2025-01-03,10001\n"
                         "L4,2025-01-04,4.0\n");
        const Run run = leadstage(
            {u"import"_qs, workspace, u"--leads"_qs, leads, u"--count-as-events"_qs, u"TotalVisits=email_open"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"  read 4, inserted 3, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 1\n"
                                  "  created dates of new leads: 3 from column 'created_at'\n"
                                  "  TotalVisits: 7 events of email_open made at each lead's created date "
                                  "(--count-as-events), 0 there already\n"
                                  "  l.csv:4:3: TotalVisits: 10001 is more than the 10,000 events a row may make "
                                  "(--count-as-events)\n"_qs),
                 qPrintable(run.out));
        QCOMPARE(number(workspace, u"SELECT count(*) FROM events"_qs), 7);
        QCOMPARE(
            number(workspace, u"SELECT count(*) FROM events WHERE occurred_at = %1"_qs.arg(at("2025-01-04T00:00:00Z"))),
            4);
        // The counts are scored: email_open pays 5 at the third open (atCount 3).
        QCOMPARE(number(workspace, u"SELECT s.info FROM lead_state s JOIN leads l ON l.id = s.lead_id "
                                   "WHERE l.external_id = 'L1'"_qs),
                 5);

        const Run unknown = leadstage({u"import"_qs, dir.filePath(u"other.leadstage"_qs), u"--leads"_qs, leads,
                                       u"--count-as-events"_qs, u"TotalVisits=website_visit"_qs});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.startsWith(
                     u"leadstage import: %1:1:3: 'website_visit' (for the counts of 'TotalVisits') "
                     "is not an activity type of the workspace. Use one of: about_page_visit, "_qs.arg(leads)),
                 qPrintable(unknown.err));
        QVERIFY(!QFile::exists(dir.filePath(u"other.leadstage"_qs)));
        LeadstageProcess::verifyBadArguments(
            {u"import"_qs, workspace, u"--leads"_qs, leads, u"--count-as-events"_qs, u"TotalVisits"_qs},
            u"--count-as-events expects COLUMN=ACTIVITY"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliImportLeadFile)
#include "tst_cli_import_leadfile.moc"
