// `leadstage import` as the real binary: presets recognised, the ambiguous-date error,
// re-import without duplicates, --json, the exit code, and the kill test (DESIGN §6):
// a real import killed with SIGKILL mid-way leaves the workspace as it was.

#include "store/Statement.h"
#include "store/Workspace.h"

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

using namespace LeadStage;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run leadstage(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LEADSTAGE_BINARY), arguments);
    if (!process.waitForFinished(300000))
        qFatal("leadstage did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

std::int64_t count(const QString &workspace, const char *sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return -1;
    auto query = (*opened)->database().prepare(sql);
    return query && query->step() ? query->int64(0) : -1;
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

// Starts `leadstage import` held at `point` (TestHold) and kills it there.
bool killImportAt(const QStringList &arguments, const QByteArray &point)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LEADSTAGE_TEST_HOLD"_qs, QString::fromUtf8(point));
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits on this one
    process.start(QStringLiteral(LEADSTAGE_BINARY), arguments);
    if (!process.waitForStarted())
        return false;
    QByteArray err;
    const QByteArray held = "leadstage: held at " + point;
    while (!err.contains(held) && process.state() == QProcess::Running)
        if (process.waitForReadyRead(120000))
            err += process.readAllStandardError();
        else
            break;
    if (!err.contains(held)) {
        qWarning("never held at %s: %s", point.constData(), err.constData());
        process.kill();
        process.waitForFinished();
        return false;
    }
    ::kill(pid_t(process.processId()), SIGKILL);
    return process.waitForFinished() && process.exitStatus() == QProcess::CrashExit;
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
        QCOMPARE(again.exitCode, 1); // nothing new was imported
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
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, first}).exitCode, 0);
        writeFile(file, leads);
        Run strict = leadstage({u"import"_qs, workspace, u"--leads"_qs, file, u"--strict"_qs, u"--json"_qs});
        QTEST(strict.exitCode, "exitCode");
        const QJsonObject report = QJsonDocument::fromJson(strict.out.toUtf8()).object();
        QCOMPARE(report.value(u"refused"_qs).toBool(), strict.exitCode != 0);
        QCOMPARE(report.value(u"committed"_qs).toBool(), strict.exitCode == 0);
        QTEST(int(count(workspace, "SELECT count(*) FROM leads")), "leadsAfter");
        QCOMPARE(count(workspace, "SELECT count(*) FROM imports"), strict.exitCode == 0 ? 2 : 1);
        if (strict.exitCode != 0) {
            Run text = leadstage({u"import"_qs, workspace, u"--leads"_qs, file, u"--strict"_qs});
            QVERIFY2(text.out.contains(u"Nothing was imported: 1 rows were rejected"_qs), qPrintable(text.out));
            QVERIFY(text.out.contains(u"l.csv:3:"_qs)); // the rejected row is listed
        }
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
        QTest::qWait(1500); // well into the import, far from its end
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

        QVERIFY(killImportAt(QStringList{u"import"_qs, workspace} + big, point));
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
        QVERIFY(killImportAt({u"import"_qs, workspace, u"--leads"_qs, leads}, "import-committed"));
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
