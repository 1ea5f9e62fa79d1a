// `leadstage import` as the real binary: presets recognised, the ambiguous-date error,
// re-import without duplicates, --json, the exit code, and the kill test (DESIGN §6):
// a real import killed with SIGKILL mid-way leaves the workspace as it was.

#include "store/Statement.h"
#include "store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
        const QStringList files{u"--leads"_qs, csv + u"/leads.csv"_qs, u"--events"_qs, csv + u"/events.csv"_qs,
                                u"--outcomes"_qs, csv + u"/outcomes.csv"_qs};
        Run first = leadstage(QStringList{u"import"_qs, workspace, u"--json"_qs} + files);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(report.value(u"rejected"_qs).toInt(), 0);
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), 2000);
        const std::int64_t events = count(workspace, "SELECT count(*) FROM events");
        QVERIFY(events > 10000);
        QCOMPARE(count(workspace, "SELECT count(*) FROM lead_state"), 2000);

        Run again = leadstage(QStringList{u"import"_qs, workspace, u"--events"_qs, csv + u"/events.csv"_qs, u"--json"_qs});
        QCOMPARE(again.exitCode, 1); // nothing new was imported
        const QJsonObject file = QJsonDocument::fromJson(again.out.toUtf8()).object()[u"files"_qs].toArray()[0].toObject();
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
        process.start(QStringLiteral(LEADSTAGE_BINARY),
                      {u"import"_qs, workspace, u"--leads"_qs, csv + u"/leads.csv"_qs, u"--events"_qs,
                       csv + u"/events.csv"_qs});
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
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
