// `leadstage workspace copy|verify` end to end against the real test server: exit
// codes and printed lines, a refused destination, bad addresses, and a copy killed
// just before it commits, which leaves no schema behind.

#include "LeadstageProcess.h"
#include "TestServer.h"
#include "store/Schema.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace LeadStage;
using namespace LeadstageProcess;

namespace {

// The per-table lines: "table  rows  sha256  check".
QStringList tableLines(const QString &out)
{
    static const QRegularExpression line(u"^[a-z_]+ +[0-9,]+  [0-9a-f]{64}  (ok|MISMATCH.*)$"_qs);
    QStringList lines;
    for (const QString &text : out.split(u'\n'))
        if (line.match(text).hasMatch())
            lines << text;
    return lines;
}

} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        m_demo = m_dir.filePath(u"demo.leadstage"_qs);
        const Run demo =
            leadstage({u"demo"_qs, u"--leads"_qs, u"300"_qs, u"--months"_qs, u"6"_qs, u"--out"_qs, m_demo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_schema = TestServer::schemaName(u"cli"_qs);
        ServerConnection connection = TestServer::connect();
        for (const QString &suffix : {u""_qs, u"_killed"_qs})
            TestServer::dropSchema(connection, m_schema + suffix);
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        for (const QString &suffix : {u""_qs, u"_killed"_qs})
            TestServer::dropSchema(connection, m_schema + suffix);
    }

    void listedInHelp()
    {
        const Run help = leadstage({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(
            help.out.contains(u"  workspace Create a workspace, copy one between a file and a PostgreSQL server"_qs));
        const Run commandHelp = leadstage({u"workspace"_qs, u"--help"_qs});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(
            commandHelp.out.startsWith(u"Usage: leadstage workspace create DESTINATION | copy SOURCE DESTINATION"_qs));
        QVERIFY(commandHelp.out.contains(u"~/.pgpass"_qs));
    }

    void copyToServerAndBack()
    {
        const QString server = TestServer::address(m_schema);
        const Run up = leadstage({u"workspace"_qs, u"copy"_qs, m_demo, server});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QVERIFY2(up.out.startsWith(u"Copied %1 to %2: "_qs.arg(m_demo, server)), qPrintable(up.out));
        QVERIFY(up.out.contains(u"\ntable                                 rows  sha256"_qs));
        const QStringList upLines = tableLines(up.out);
        QCOMPARE(upLines.size(), 16);
        for (const QString &line : upLines)
            QVERIFY2(line.endsWith(u"  ok"_qs), qPrintable(line));
        QVERIFY(upLines.at(3).startsWith(u"leads "_qs));
        QVERIFY2(upLines.at(3).contains(u" 300  "_qs), qPrintable(upLines.at(3)));

        const QString back = m_dir.filePath(u"back.leadstage"_qs);
        const Run down = leadstage({u"workspace"_qs, u"copy"_qs, server, back});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        // Both directions hash the same rows: the same lines, table by table.
        QCOMPARE(tableLines(down.out), upLines);

        // The file works as a workspace: `info` counts what the original counts.
        const Run infoBack = leadstage({u"info"_qs, back, u"--json"_qs});
        const Run infoDemo = leadstage({u"info"_qs, m_demo, u"--json"_qs});
        QCOMPARE(infoBack.exitCode, 0);
        QCOMPARE(infoBack.out.section(u"\"rows\""_qs, 1), infoDemo.out.section(u"\"rows\""_qs, 1));

        const Run verify = leadstage({u"workspace"_qs, u"verify"_qs, m_demo, back});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(tableLines(verify.out), upLines);
    }

    void existingDestinationRefused()
    {
        const Run again = leadstage({u"workspace"_qs, u"copy"_qs, m_demo, TestServer::address(m_schema)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already holds a workspace (schema version %1); a copy never replaces one"_qs.arg(
                     Schema::latestVersion())),
                 qPrintable(again.err));
        QCOMPARE(again.out, QString());
        const QByteArray before = hashOf(m_demo);
        const Run onFile = leadstage({u"workspace"_qs, u"copy"_qs, TestServer::address(m_schema), m_demo});
        QCOMPARE(onFile.exitCode, 1);
        QVERIFY2(onFile.err.contains(u"already exists; a copy never replaces"_qs), qPrintable(onFile.err));
        QCOMPARE(hashOf(m_demo), before);
    }

    // An empty workspace for a team to import into: what a new file holds, never made
    // over one that exists.
    void createMakesAnEmptyWorkspace()
    {
        const QString schema = m_schema + u"_created"_qs;
        const QString server = TestServer::address(schema);
        const QString file = m_dir.filePath(u"created.leadstage"_qs);
        for (const QString &workspace : {server, file}) {
            const Run made = leadstage({u"workspace"_qs, u"create"_qs, workspace});
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
            QCOMPARE(made.out, u"Created an empty workspace at %1\n"_qs.arg(workspace));
        }
        const Run verify = leadstage({u"workspace"_qs, u"verify"_qs, file, server});
        // The same tables, empty but the default model, made at two moments.
        for (const QString &line : tableLines(verify.out))
            QVERIFY2(line.endsWith(u" ok"_qs) || line.startsWith(u"models "_qs), qPrintable(line));
        const Run info = leadstage({u"info"_qs, server});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        const Run again = leadstage({u"workspace"_qs, u"create"_qs, server});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already holds a workspace"_qs), qPrintable(again.err));
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, schema);
    }

    void mismatchExitsNonZero()
    {
        const QString other = m_dir.filePath(u"other.leadstage"_qs);
        const Run demo = leadstage(
            {u"demo"_qs, u"--leads"_qs, u"300"_qs, u"--months"_qs, u"6"_qs, u"--seed"_qs, u"2"_qs, u"--out"_qs, other});
        QCOMPARE(demo.exitCode, 0);
        const Run verify = leadstage({u"workspace"_qs, u"verify"_qs, m_demo, other});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY(tableLines(verify.out).filter(u"MISMATCH (destination: "_qs).size() > 0);
        QVERIFY2(verify.err.contains(u"tables differ"_qs), qPrintable(verify.err));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{u"workspace"_qs}
                                   << u"give an action: create, copy, verify, roles or grant"_qs;
        QTest::newRow("unknown action") << QStringList{u"workspace"_qs, u"move"_qs, u"a"_qs, u"b"_qs}
                                        << u"unknown action 'move'"_qs;
        QTest::newRow("one workspace") << QStringList{u"workspace"_qs, u"copy"_qs, u"a.leadstage"_qs}
                                       << u"copy takes a SOURCE and a DESTINATION workspace"_qs;
        QTest::newRow("password in the address")
            << QStringList{u"workspace"_qs, u"copy"_qs, u"a.leadstage"_qs, u"postgresql://u:secret@h/d?schema=s"_qs}
            << u"destination: "_qs;
        QTest::newRow("roles of a file") << QStringList{u"workspace"_qs, u"roles"_qs, u"a.leadstage"_qs}
                                         << u"a file has no roles"_qs;
        QTest::newRow("grant without a role")
            << QStringList{u"workspace"_qs, u"grant"_qs, u"postgresql://h/d?schema=s"_qs, u"ana"_qs}
            << u"grant takes an ADDRESS, a USER and a role"_qs;
        QTest::newRow("no schema") << QStringList{u"workspace"_qs, u"copy"_qs, u"postgresql://h/d"_qs,
                                                  u"b.leadstage"_qs}
                                   << u"source: postgresql://h/d: the address names no schema"_qs;
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        verifyBadArguments(arguments, message);
        QVERIFY(!leadstage(arguments).err.contains(u"secret"_qs));
    }

    void unreachableServerFails()
    {
        const QString address = TestServer::address(m_schema).replace(u"port=5432"_qs, u"port=5999"_qs);
        const Run run = leadstage({u"workspace"_qs, u"copy"_qs, m_demo, address});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"cannot connect to the server"_qs), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Check that the server is running"_qs), qPrintable(run.err));
    }

    // Killed with every row written and verified, just before COMMIT: the server rolls the
    // transaction back, so the schema never appears, and a new copy into it succeeds.
    void killedCopyLeavesNoSchema()
    {
        const QString schema = m_schema + u"_killed"_qs;
        const QStringList arguments{u"workspace"_qs, u"copy"_qs, m_demo, TestServer::address(schema)};
        QVERIFY(LeadstageProcess::killLeadstageAt(arguments, "workspace-copy-before-commit"));
        QVERIFY(!TestServer::schemaExists(schema));
        const Run again = leadstage(arguments);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(TestServer::schemaExists(schema));
    }

    void killedCopyToFileLeavesNoFile()
    {
        const QString file = m_dir.filePath(u"killed.leadstage"_qs);
        QVERIFY(LeadstageProcess::killLeadstageAt({u"workspace"_qs, u"copy"_qs, TestServer::address(m_schema), file},
                                                  "workspace-copy-before-commit"));
        QVERIFY(!QFile::exists(file));
        // The next copy of that name clears what the killed one left beside it.
        const Run again = leadstage({u"workspace"_qs, u"copy"_qs, TestServer::address(m_schema), file});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(!QFile::exists(file + u".incomplete"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
