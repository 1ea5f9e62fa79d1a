// `leadstage import` as the real binary: presets recognised, the ambiguous-date error,
// re-import without duplicates, --json, the exit code, and the kill test (DESIGN §6):
// a real import killed with SIGKILL mid-way leaves the workspace as it was. Inputs read
// once (a named pipe, `<(cat f)`, /dev/stdin), the encoding chosen or explained, a
// header without rows and a header naming a column twice.

#include "LeadstageProcess.h"
#include "WorkspaceCount.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace LeadStage;
using namespace LeadstageProcess;

namespace {

QString text(const QString &workspace, const char *sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return opened.error().toString();
    auto query = (*opened)->database().prepare(sql);
    return query && *query->step() ? query->text(0) : QString();
}

// Waits for a process that may hang (an input opened twice waits for a pipe's writer
// for ever): killed after `seconds`, and then it says so instead of hanging the test.
bool finishes(QProcess &process, int seconds)
{
    if (process.waitForFinished(seconds * 1000))
        return true;
    process.kill();
    process.waitForFinished();
    return false;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString integrity(const QString &workspace)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return opened.error().toString();
    auto query = (*opened)->database().prepare("PRAGMA integrity_check");
    return query && *query->step() ? query->text(0) : QString();
}

QString journalMode(const QString &workspace)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return opened.error().toString();
    auto mode = (*opened)->database().prepare("PRAGMA journal_mode");
    return mode && *mode->step() ? mode->text(0) : QString();
}

// The dashboard's numbers as `metrics --format json` prints them, without the file's name.
QJsonObject metricsOf(const QString &workspace, Run *run = nullptr)
{
    Run metrics = leadstage({u"metrics"_qs, workspace, u"--format"_qs, u"json"_qs});
    if (run)
        *run = metrics;
    QJsonObject json = QJsonDocument::fromJson(metrics.out.toUtf8()).object();
    json.remove(u"workspace"_qs);
    return json;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoCsvImportsAndReimportCountsDuplicates()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"csv"_qs), workspace = dir.filePath(u"w.leadstage"_qs);
        QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"2000"_qs, u"--csv"_qs, csv}).exitCode, 0);
        const QStringList files{u"--leads"_qs,           csv + u"/leads.csv"_qs, u"--events"_qs,
                                csv + u"/events.csv"_qs, u"--outcomes"_qs,       csv + u"/outcomes.csv"_qs};
        Run first = leadstage(QStringList{u"import"_qs, workspace, u"--json"_qs} + files);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(report.value(u"rejected"_qs).toInt(), 0);
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), 2000);
        const std::int64_t events = count(workspace, "SELECT count(*) FROM events");
        QVERIFY(events > 10000);
        QCOMPARE(count(workspace, "SELECT count(*) FROM lead_state"), 2000);

        Run again =
            leadstage(QStringList{u"import"_qs, workspace, u"--events"_qs, csv + u"/events.csv"_qs, u"--json"_qs});
        QCOMPARE(again.exitCode, 0); // nothing new, yet every row was read and found stored
        const QJsonObject file =
            QJsonDocument::fromJson(again.out.toUtf8()).object()[u"files"_qs].toArray()[0].toObject();
        QCOMPARE(file.value(u"duplicates"_qs).toInteger(), events);
        QCOMPARE(count(workspace, "SELECT count(*) FROM events"), events);
    }

    void ambiguousDatesNeedDateFormat()
    {
        QTemporaryDir dir;
        const QString leads = dir.filePath(u"l.csv"_qs), workspace = dir.filePath(u"w.leadstage"_qs);
        writeFile(leads, "Lead ID,Email,Create Date\n00Q1,a@x.example,3/4/2025\n00Q2,b@x.example,5/6/2025\n");
        Run refused = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"Create Date"_qs) && refused.err.contains(u"--date-format"_qs),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(workspace)); // nothing was created
        Run chosen = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--date-format"_qs, u"dmy"_qs});
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
        QVERIFY2(chosen.out.contains(u"preset salesforce"_qs), qPrintable(chosen.out));
        QCOMPARE(count(workspace, "SELECT created_at FROM leads WHERE external_id = '00Q1'"), 1743638400);
    }

    void strictRefusesTheWholeImportOverOneRejectedRow_data()
    {
        QTest::addColumn<QByteArray>("leads");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("leadsAfter");
        QTest::newRow("one ragged row refuses all")
            << QByteArray("lead_id,email\nL1,a@x.example\nL2,b@x.example,surplus\n") << 1 << 1;
        QTest::newRow("no rejected row lands")
            << QByteArray("lead_id,email\nL2,b@x.example\nL3,c@x.example\n") << 0 << 3;
    }

    void strictRefusesTheWholeImportOverOneRejectedRow()
    {
        QFETCH(QByteArray, leads);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), first = dir.filePath(u"first.csv"_qs),
                      file = dir.filePath(u"l.csv"_qs);
        writeFile(first, "lead_id,email\nL0,z@x.example\n");
        const QStringList importTime{u"--created-date"_qs, u"import"_qs};
        QCOMPARE(leadstage(QStringList{u"import"_qs, workspace, u"--leads"_qs, first} + importTime).exitCode, 0);
        writeFile(file, leads);
        Run strict = leadstage(QStringList{u"import"_qs, workspace, u"--leads"_qs, file, u"--strict"_qs, u"--json"_qs}
                               + importTime);
        QTEST(strict.exitCode, "exitCode");
        const QJsonObject report = QJsonDocument::fromJson(strict.out.toUtf8()).object();
        QCOMPARE(report.value(u"refused"_qs).toBool(), strict.exitCode != 0);
        QCOMPARE(report.value(u"committed"_qs).toBool(), strict.exitCode == 0);
        QTEST(int(count(workspace, "SELECT count(*) FROM leads")), "leadsAfter");
        QCOMPARE(count(workspace, "SELECT count(*) FROM imports"), strict.exitCode == 0 ? 2 : 1);
        if (strict.exitCode != 0) {
            Run text =
                leadstage(QStringList{u"import"_qs, workspace, u"--leads"_qs, file, u"--strict"_qs} + importTime);
            QVERIFY2(text.out.contains(u"Nothing was imported: 1 rows were rejected"_qs), qPrintable(text.out));
            QVERIFY(text.out.contains(u"l.csv:3:"_qs)); // the rejected row is listed
        }
    }

    void readsEachInputOnce_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("regular files") << u"file"_qs;
        QTest::newRow("named pipes (mkfifo)") << u"fifo"_qs;
        QTest::newRow("process substitution <(cat file)") << u"substitution"_qs;
        QTest::newRow("/dev/stdin fed by a pipe") << u"stdin"_qs;
    }

    // Each input is opened and read once: its first rows are scanned through it and
    // read again from memory, so a pipe works like a file, and the recorded hash and
    // size are the file's.
    void readsEachInputOnce()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"csv"_qs), workspace = dir.filePath(u"w.leadstage"_qs);
        QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"3000"_qs, u"--csv"_qs, csv}).exitCode, 0);
        const QString leadsFile = csv + u"/leads.csv"_qs, eventsFile = csv + u"/events.csv"_qs;
        const QByteArray leads = LeadstageProcess::readAll(leadsFile), events = LeadstageProcess::readAll(eventsFile);
        QVERIFY(leads.size() > 128 * 1024); // more than a pipe holds and than a block

        QProcess process;
        std::vector<std::unique_ptr<QProcess>> writers;
        QStringList arguments{u"import"_qs, workspace, u"--json"_qs};
        if (how == u"fifo") {
            for (const QString &kind : {u"leads"_qs, u"events"_qs}) {
                const QString fifo = dir.filePath(kind + u".fifo"_qs);
                QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
                auto writer = std::make_unique<QProcess>();
                writer->start(u"sh"_qs, {u"-c"_qs, u"cat \"$0\" > \"$1\""_qs, csv + u'/' + kind + u".csv"_qs, fifo});
                QVERIFY(writer->waitForStarted());
                writers.push_back(std::move(writer));
                arguments << u"--"_qs + kind << fifo;
            }
            process.start(QStringLiteral(LEADSTAGE_BINARY), arguments);
        } else if (how == u"substitution") {
            process.start(u"bash"_qs, {u"-c"_qs,
                                       u"exec \"$0\" import \"$1\" --json --leads <(cat \"$2\") "
                                       "--events <(cat \"$3\")"_qs,
                                       QStringLiteral(LEADSTAGE_BINARY), workspace, leadsFile, eventsFile});
        } else if (how == u"stdin") {
            arguments << u"--leads"_qs << u"/dev/stdin"_qs << u"--events"_qs << eventsFile;
            process.start(QStringLiteral(LEADSTAGE_BINARY), arguments);
            QVERIFY(process.waitForStarted());
            process.write(leads);
            process.closeWriteChannel();
        } else {
            arguments << u"--leads"_qs << leadsFile << u"--events"_qs << eventsFile;
            process.start(QStringLiteral(LEADSTAGE_BINARY), arguments);
        }
        QVERIFY2(finishes(process, 120), "the import hung on its input");
        for (auto &writer : writers)
            QVERIFY(finishes(*writer, 30));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(report[u"rejected"_qs].toInt(), 0);
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), 3000);
        QCOMPARE(count(workspace, "SELECT count(*) FROM events"), std::int64_t(events.count('\n') - 1));
        QCOMPARE(text(workspace, "SELECT file_hash FROM imports WHERE kind = 'leads'"), sha256(leads));
        QCOMPARE(text(workspace, "SELECT file_hash FROM imports WHERE kind = 'events'"), sha256(events));
        QCOMPARE(count(workspace, "SELECT file_size FROM imports WHERE kind = 'leads'"), leads.size());
        QCOMPARE(count(workspace, "SELECT file_size FROM imports WHERE kind = 'events'"), events.size());
    }

    // One byte that is not UTF-8 beside valid UTF-8: refused with its place and what to
    // do; --encoding decides. A file that is Windows-1252 throughout is read as such,
    // and the summary says so, why, and where the first such byte is.
    void encodingIsChosenOrExplained()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        const QString mixed = dir.filePath(u"mixed.csv"_qs), cp1252 = dir.filePath(u"cp1252.csv"_qs);
        writeFile(mixed, "lead_id,email,last_name\nL1,a@x.example,M\xC3\xBCller\nL2,b@x.example,M\xFCller\n");
        writeFile(cp1252, "lead_id,email,last_name\nL3,c@x.example,M\xFCller\n");

        Run refused = leadstage({u"import"_qs, workspace, u"--leads"_qs, mixed});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"mixed.csv:3:3: the byte 0xFC is not valid UTF-8"_qs), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--encoding"_qs));
        QVERIFY(!QFile::exists(workspace));

        // The files have no created-date column: the leads are dated by the import.
        const QStringList importTime{u"--created-date"_qs, u"import"_qs};
        Run guessed = leadstage(QStringList{u"import"_qs, workspace, u"--leads"_qs, cp1252} + importTime);
        QVERIFY2(guessed.exitCode == 0, qPrintable(guessed.err));
        QVERIFY2(guessed.out.contains(u"read as Windows-1252: the byte 0xFC at line 2, column 3 is not valid UTF-8"_qs),
                 qPrintable(guessed.out));
        QCOMPARE(text(workspace, "SELECT last_name FROM leads WHERE external_id = 'L3'"), u"Müller"_qs);

        Run utf8 = leadstage(QStringList{u"import"_qs, workspace, u"--leads"_qs, mixed, u"--encoding"_qs,
                                         u"leads=utf-8"_qs, u"--json"_qs}
                             + importTime);
        QVERIFY2(utf8.exitCode == 0, qPrintable(utf8.err));
        const QJsonObject file = QJsonDocument::fromJson(utf8.out.toUtf8()).object()[u"files"_qs][0].toObject();
        QCOMPARE(file[u"encoding"_qs][u"reason"_qs].toString(), u"chosen"_qs);
        QCOMPARE(file[u"rejected"_qs].toInt(), 1);
        QCOMPARE(text(workspace, "SELECT last_name FROM leads WHERE external_id = 'L1'"), u"Müller"_qs);

        Run chosen =
            leadstage(QStringList{u"import"_qs, workspace, u"--leads"_qs, mixed, u"--encoding"_qs, u"Windows-1252"_qs}
                      + importTime);
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
        QVERIFY(chosen.out.contains(u"read as Windows-1252, as chosen with --encoding"_qs));

        LeadstageProcess::verifyBadArguments(
            {u"import"_qs, workspace, u"--leads"_qs, mixed, u"--encoding"_qs, u"latin-9"_qs},
            u"--encoding expects one of UTF-8, UTF-16LE, UTF-16BE, Windows-1252"_qs);
    }

    void headerWithoutRowsImportsNothing()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), empty = dir.filePath(u"empty.csv"_qs);
        writeFile(empty, "lead_id,email\n");
        Run run = leadstage({u"import"_qs, workspace, u"--leads"_qs, empty});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"the file has a header and no rows: nothing was imported from it"_qs),
                 qPrintable(run.out));
        QVERIFY(!QFile::exists(workspace)); // a workspace this run created with nothing in it is removed
        const QString first = dir.filePath(u"first.csv"_qs);
        writeFile(first, "lead_id,email\nL1,a@x.example\n");
        QCOMPARE(
            leadstage({u"import"_qs, workspace, u"--leads"_qs, first, u"--created-date"_qs, u"import"_qs}).exitCode, 0);
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, empty}).exitCode, 1);
        QCOMPARE(count(workspace, "SELECT count(*) FROM imports"), 1);
    }

    void importingTheSameFileAgainIsSaid()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), leads = dir.filePath(u"l.csv"_qs);
        writeFile(leads,
                  "lead_id,email,company,created_at\nL1,a@x.example,Acme,2025-01-01\nL2,b@x.example,Beta,2025-01-02\n");
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, leads}).exitCode, 0);
        const Run again = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads});
        QVERIFY2(again.out.contains(u"the same file (SHA-256) was imported before, as import 1 on "_qs),
                 qPrintable(again.out));
        QVERIFY2(again.out.contains(u"updated 0, unchanged 2"_qs), qPrintable(again.out));
        QCOMPARE(again.exitCode, 0); // nothing new is no failure
        const Run json = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads, u"--json"_qs});
        const QJsonObject file =
            QJsonDocument::fromJson(json.out.toUtf8()).object()[u"files"_qs].toArray()[0].toObject();
        QCOMPARE(file[u"unchanged"_qs].toInt(), 2);
        QCOMPARE(file[u"sameFileAs"_qs].toObject()[u"importId"_qs].toInt(), 2);
    }

    void headerNamingAColumnTwiceIsRefused()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs), leads = dir.filePath(u"l.csv"_qs);
        writeFile(leads, "lead_id,email,first_name,email\nL1,a@x.example,Ann,b@x.example\n");
        Run run = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"l.csv:1:4: the header names two columns 'email': column 2 and column 4"_qs),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(u"Rename one of them"_qs));
        QVERIFY(!QFile::exists(workspace));
    }

    void killedImportLeavesWorkspaceAsBefore()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"csv"_qs), workspace = dir.filePath(u"w.leadstage"_qs);
        QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"150000"_qs, u"--csv"_qs, csv}).exitCode, 0);
        const QString small = dir.filePath(u"small.csv"_qs);
        writeFile(small, "lead_id,email,created_at\nS1,s1@x.example,2025-01-01\n");
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, small}).exitCode, 0);
        const std::int64_t leadsBefore = count(workspace, "SELECT count(*) FROM leads");
        const std::int64_t importsBefore = count(workspace, "SELECT count(*) FROM imports");

        QProcess process;
        process.start(QStringLiteral(LEADSTAGE_BINARY), {u"import"_qs, workspace, u"--leads"_qs, csv + u"/leads.csv"_qs,
                                                         u"--events"_qs, csv + u"/events.csv"_qs});
        QVERIFY(process.waitForStarted());
        // Well into the import: its first pages have reached the file, so the rollback
        // journal holds what it overwrote. 150,000 leads keep it far from its end.
        QVERIFY(QTest::qWaitFor(
            [&] { return QFileInfo(workspace + u"-journal"_qs).size() > 0 || process.state() != QProcess::Running; },
            120000));
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        // The command line imports with a rollback journal (BulkWriteJournal): the kill
        // leaves one behind, which the next open — read-only here — rolls back.
        QVERIFY(QFileInfo(workspace + u"-journal"_qs).size() > 0);

        QCOMPARE(integrity(workspace), u"ok"_qs);
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), leadsBefore);
        QCOMPARE(count(workspace, "SELECT count(*) FROM events"), 0);
        QCOMPARE(count(workspace, "SELECT count(*) FROM imports"), importsBefore);
        QCOMPARE(QFileInfo(workspace + u"-journal"_qs).size(), 0);
        auto reopened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(reopened.ok());
        auto mode = (*reopened)->database().prepare("PRAGMA journal_mode");
        QVERIFY(mode && *mode->step());
        QCOMPARE(mode->text(0), u"wal"_qs);
    }

    void killedBetweenCommitAndRescoreNeverShowsWrongNumbers_data()
    {
        QTest::addColumn<QByteArray>("point");
        QTest::addColumn<bool>("rolledBack");
        QTest::newRow("after the data commit, before the rescore") << QByteArray("import-committed") << false;
        QTest::newRow("while the rescore writes lead_state") << QByteArray("rescore-writing") << true;
    }

    // The import commits its rows, then rescores in a second transaction. Killed in
    // between, the rows stay and the scores are marked stale (ScoreStatus): metrics
    // refuses instead of printing wrong numbers, info says so, the dead job's lock and
    // rollback journal are put right, and `score` brings back exactly the numbers an
    // uninterrupted import gives.
    void killedBetweenCommitAndRescoreNeverShowsWrongNumbers()
    {
        QFETCH(QByteArray, point);
        QFETCH(bool, rolledBack);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"csv"_qs), workspace = dir.filePath(u"w.leadstage"_qs),
                      reference = dir.filePath(u"reference.leadstage"_qs), small = dir.filePath(u"small.csv"_qs);
        // More than 32,768 leads: the rescore is past its first group of rows when held.
        QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"40000"_qs, u"--csv"_qs, csv}).exitCode, 0);
        writeFile(small, "lead_id,email,created_at\nS1,s1@x.example,2025-01-01\n");
        const QStringList big{u"--leads"_qs, csv + u"/leads.csv"_qs, u"--events"_qs, csv + u"/events.csv"_qs};
        for (const QString &file : {workspace, reference})
            QCOMPARE(leadstage({u"import"_qs, file, u"--leads"_qs, small}).exitCode, 0);
        QCOMPARE(leadstage(QStringList{u"import"_qs, reference} + big).exitCode, 0);
        const QJsonObject expected = metricsOf(reference);
        QVERIFY(!expected.isEmpty());

        QVERIFY(LeadstageProcess::killLeadstageAt(QStringList{u"import"_qs, workspace} + big, point));
        QVERIFY(QFileInfo::exists(workspace + u".lock"_qs)); // the dead job's
        QCOMPARE(QFileInfo(workspace + u"-journal"_qs).size() > 0, rolledBack);

        Run metrics;
        QVERIFY(metricsOf(workspace, &metrics).isEmpty());
        QCOMPARE(metrics.exitCode, 1);
        QVERIFY2(metrics.err.contains(u"its scores are out of date: an import changed the data on"_qs),
                 qPrintable(metrics.err));
        QVERIFY2(metrics.err.contains(u"Run `leadstage score "_qs), qPrintable(metrics.err));
        QVERIFY2(metrics.err.contains(u"LeadStage was not closed properly last time"_qs), qPrintable(metrics.err));
        QCOMPARE(metrics.err.contains(u"was rolled back"_qs), rolledBack);
        // That read-only open put the file right: WAL again, no journal, no stale lock.
        QVERIFY(!QFileInfo::exists(workspace + u".lock"_qs));
        QVERIFY(!QFileInfo::exists(workspace + u"-journal"_qs));
        QCOMPARE(journalMode(workspace), u"wal"_qs);
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), 40001); // the rows were committed

        const Run info = leadstage({u"info"_qs, workspace});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(u"Scores          out of date: an import changed the data"_qs),
                 qPrintable(info.out));
        const Run score = leadstage({u"score"_qs, workspace});
        QCOMPARE(score.exitCode, 0);
        QVERIFY2(score.err.contains(u"this rescore of every lead brings them up to date"_qs), qPrintable(score.err));
        QVERIFY(leadstage({u"info"_qs, workspace}).out.contains(u"Scores          up to date"_qs));
        QCOMPARE(metricsOf(workspace), expected);
    }

    // A new workspace is built beside its name: killed mid-way, the name stays free
    // and the next import into it starts afresh.
    void killedCreationLeavesNoWorkspace()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"new.leadstage"_qs), leads = dir.filePath(u"leads.csv"_qs);
        writeFile(leads, "lead_id,email,created_at\nS1,s1@x.example,2025-01-01\nS2,s2@x.example,2025-01-02\n");
        QVERIFY(LeadstageProcess::killLeadstageAt({u"import"_qs, workspace, u"--leads"_qs, leads}, "import-committed"));
        QVERIFY(!QFileInfo::exists(workspace));
        QVERIFY(QFileInfo::exists(workspace + u".incomplete"_qs));
        const Run again = leadstage({u"import"_qs, workspace, u"--leads"_qs, leads});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({u"leads.csv"_qs, u"new.leadstage"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
