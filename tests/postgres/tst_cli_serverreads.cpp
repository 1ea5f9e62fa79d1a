// The reading commands on a server workspace give what they give on the file it was
// copied from, byte for byte but for the workspace's own name: metrics (table, CSV,
// JSON, filtered), evaluate, threshold, suggest, explain, model list, info and the
// quarterly report (which `report verify` then checks against the server). A rescore
// writes the same rows on both (score --per-lead, then metrics); one writer at a time,
// readers never wait; a rescore killed mid-write leaves the server's rows as they were.
// Model versions are saved and activated on both alike.

#include "LeadstageProcess.h"
#include "TestServer.h"

#include "store/Statement.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

class TestCliServerReads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QString m_schema;
    QString m_server;
    QString m_lead; // a lead's external id, for explain

    // `arguments` with WS replaced by the workspace; its output with the workspace's
    // name replaced by WS, so the two stores' outputs can be compared.
    Run runOn(const QStringList &arguments, const QString &workspace)
    {
        QStringList replaced = arguments;
        replaced.replaceInStrings(u"WS"_qs, workspace);
        Run run = leadstage(replaced);
        run.out.replace(workspace, u"WS"_qs);
        return run;
    }

    // `arguments` (WS the workspace, ROWS a file for --per-lead) on the file and on the
    // server, each writing rows of its own; the runs and the rows they wrote.
    struct OnBoth
    {
        Run file, server;
        QByteArray fileRows, serverRows;
    };
    OnBoth runOnBoth(const QStringList &arguments, const QString &rowsName)
    {
        OnBoth both;
        const auto run = [&](const QString &workspace, const QString &prefix, Run &ran, QByteArray &rows) {
            const QString path = m_dir.filePath(prefix + rowsName);
            QStringList replaced = arguments;
            replaced.replaceInStrings(u"ROWS"_qs, path);
            ran = runOn(replaced, workspace);
            QFile written(path);
            if (written.open(QIODevice::ReadOnly))
                rows = written.readAll();
        };
        run(m_file, u"file-"_qs, both.file, both.fileRows);
        run(m_server, u"server-"_qs, both.server, both.serverRows);
        return both;
    }

    QString countOnServer(const char *sql) { return TestServer::valueIn(m_schema, sql); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        // A file records the workstation's account as a version's author, the server the
        // session's role: the same name here, so that both list the same versions.
        qputenv("USER", TestServer::role().toUtf8());
        m_file = m_dir.filePath(u"team.leadstage"_qs);
        const Run demo = leadstage({u"demo"_qs, u"--leads"_qs, u"2000"_qs, u"--out"_qs, m_file});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // An import too, for the history to show.
        const QString newLeads = m_dir.filePath(u"new-leads.csv"_qs);
        QFile csv(newLeads);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,created_at,company\nana@example.com,2025-11-02,Acme\nbo@example.org,2025-12-01,Initech\n");
        csv.close();
        const Run imported = leadstage({u"import"_qs, m_file, u"--leads"_qs, newLeads});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        m_schema = TestServer::schemaName(u"reads"_qs);
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
        m_server = TestServer::address(m_schema);
        const Run copy = leadstage({u"workspace"_qs, u"copy"_qs, m_file, m_server});
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
        m_lead = countOnServer("SELECT external_id FROM %1.leads WHERE external_id IS NOT NULL ORDER BY id LIMIT 1");
        QVERIFY(!m_lead.isEmpty());
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
    }

    void sameOutputOnBothStores_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("metrics json") << QStringList{u"metrics"_qs, u"WS"_qs, u"--format"_qs, u"json"_qs};
        QTest::newRow("metrics csv, filtered, by quarter")
            << QStringList{u"metrics"_qs,  u"WS"_qs,      u"--format"_qs, u"csv"_qs,
                           u"--source"_qs, u"Webinar"_qs, u"--by"_qs,     u"quarter"_qs};
        QTest::newRow("metrics table, grades, recorded stages") << QStringList{
            u"metrics"_qs, u"WS"_qs,        u"--grade"_qs, u"A"_qs, u"--grade"_qs, u"B"_qs, u"--compare-recorded"_qs,
            u"--as-of"_qs, u"2025-09-30"_qs};
        QTest::newRow("evaluate") << QStringList{u"evaluate"_qs, u"WS"_qs};
        QTest::newRow("threshold") << QStringList{u"threshold"_qs, u"WS"_qs, u"--capacity"_qs, u"40"_qs};
        QTest::newRow("suggest") << QStringList{u"suggest"_qs, u"WS"_qs, u"--outcome"_qs, u"sql"_qs};
        QTest::newRow("explain") << QStringList{u"explain"_qs, u"WS"_qs, u"LEAD"_qs};
        QTest::newRow("model list") << QStringList{u"model"_qs, u"list"_qs, u"WS"_qs};
        QTest::newRow("info") << QStringList{u"info"_qs, u"WS"_qs};
        QTest::newRow("import history") << QStringList{u"import"_qs, u"history"_qs, u"WS"_qs, u"--json"_qs};
    }

    void sameOutputOnBothStores()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"LEAD"_qs, m_lead);
        const Run file = runOn(arguments, m_file);
        const Run server = runOn(arguments, m_server);
        QVERIFY2(file.exitCode == 0, qPrintable(file.err));
        QVERIFY2(server.exitCode == 0, qPrintable(server.err));
        QVERIFY(file.out.size() > 100);
        QCOMPARE(server.out, file.out);
    }

    void sameReportOnBothStores()
    {
        const QString fromFile = m_dir.filePath(u"file-report"_qs);
        const QString fromServer = m_dir.filePath(u"server-report"_qs);
        for (const auto &[workspace, out] : {std::pair{m_file, fromFile}, std::pair{m_server, fromServer}}) {
            const Run report = leadstage(
                {u"report"_qs, workspace, u"--quarter"_qs, u"2025-Q4"_qs, u"--format"_qs, u"csv"_qs, u"--out"_qs, out});
            QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        }
        const QStringList tables = QDir(fromFile).entryList(QDir::Files, QDir::Name);
        QCOMPARE(QDir(fromServer).entryList(QDir::Files, QDir::Name), tables);
        QVERIFY(tables.size() > 10);
        for (const QString &table : tables) {
            QFile a(fromFile + u'/' + table);
            QFile b(fromServer + u'/' + table);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QByteArray fileBytes = a.readAll();
            QByteArray serverBytes = b.readAll();
            // The basis names the workspace (the file's name, the server's schema), and
            // the manifest repeats it under its seal: every number is the same.
            fileBytes.replace("team.leadstage", "WS");
            serverBytes.replace(m_schema.toUtf8(), "WS");
            if (table == u"manifest.json"_qs) {
                fileBytes = fileBytes.left(fileBytes.indexOf("\"seal\""));
                serverBytes = serverBytes.left(serverBytes.indexOf("\"seal\""));
            }
            QCOMPARE(serverBytes, fileBytes);
        }
        const Run verify = leadstage({u"report"_qs, u"verify"_qs, m_server, fromServer});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        QVERIFY2(verify.out.contains(u"numbers still match the workspace"_qs), qPrintable(verify.out));
    }

    void rescoreWritesTheSameRows()
    {
        // Another date than the copy's: every row changes.
        const OnBoth both = runOnBoth(
            {u"score"_qs, u"WS"_qs, u"--as-of"_qs, u"2025-10-15"_qs, u"--per-lead"_qs, u"ROWS"_qs}, u"rows.csv"_qs);
        QVERIFY2(both.file.exitCode == 0, qPrintable(both.file.err));
        QVERIFY2(both.server.exitCode == 0, qPrintable(both.server.err));
        // The counts per stage and grade, not the timings.
        QCOMPARE(both.server.out.section(u"Timings"_qs, 0, 0), both.file.out.section(u"Timings"_qs, 0, 0));
        QVERIFY(both.server.out.contains(u"(2002 rows written)"_qs));
        QCOMPARE(both.fileRows.count('\n'), 2003);
        QCOMPARE(both.serverRows, both.fileRows);
        QCOMPARE(countOnServer("SELECT count(*) FROM %1.lead_state"), u"2002"_qs);
        // The swapped-in table's references were not checked over its rows (LeadStateCopy),
        // but hold for every later write.
        ServerConnection connection = TestServer::connect();
        const Status orphan = connection.execute(
            "INSERT INTO " + m_schema.toStdString() + ".lead_state (lead_id, as_of) VALUES (987654321, 0)", u"t"_qs);
        QVERIFY2(!orphan && orphan.error().what.contains(u"23503"_qs), "an orphan row was let in");
        // Each IQL lead's months with events, byte for byte as in the file (version 16).
        auto file = Workspace::open(m_file, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(file);
        auto months = (*file)->database().prepare(
            "SELECT group_concat(lead_id || ':' || lower(hex(event_months)), ',') FROM "
            "(SELECT lead_id, event_months FROM lead_state WHERE event_months IS NOT NULL ORDER BY lead_id)");
        QVERIFY(months && *months->step());
        const QString fileMonths = months->text(0);
        QVERIFY(fileMonths.count(u',') > 100);
        QCOMPARE(countOnServer("SELECT string_agg(lead_id || ':' || encode(event_months, 'hex'), ',' ORDER BY lead_id) "
                               "FROM %1.lead_state WHERE event_months IS NOT NULL"),
                 fileMonths);
        const QStringList metrics{u"metrics"_qs, u"WS"_qs, u"--format"_qs, u"json"_qs};
        QCOMPARE(runOn(metrics, m_server).out, runOn(metrics, m_file).out);
    }

    void packedCopiesFollowTheirTables()
    {
        // The rescore before packed what it read: the next load reads the packed copies
        // and gives the same rows.
        QVERIFY(countOnServer("SELECT count(*) FROM %1.event_blocks").toInt() > 0);
        QVERIFY(countOnServer("SELECT count(*) FROM %1.lead_blocks").toInt() > 0);
        const QString serverRows = m_dir.filePath(u"server-rows-packed.csv"_qs);
        const Run again =
            runOn({u"score"_qs, u"WS"_qs, u"--as-of"_qs, u"2025-10-15"_qs, u"--per-lead"_qs, serverRows}, m_server);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QFile a(m_dir.filePath(u"file-rows.csv"_qs)), b(serverRows);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
        // Any statement on a watched table, even one that changes no row, empties its copy.
        ServerConnection connection = TestServer::connect();
        for (const char *change :
             {"UPDATE %1.events SET detail_id = detail_id WHERE false", "DELETE FROM %1.outcomes WHERE false"}) {
            const std::string sql = QString::fromUtf8(change).arg(m_schema).toStdString();
            QVERIFY(connection.execute(sql, u"test"_qs));
        }
        QCOMPARE(countOnServer("SELECT count(*) FROM %1.event_blocks"), u"0"_qs);
        QCOMPARE(countOnServer("SELECT count(*) FROM %1.lead_blocks"), u"0"_qs);
    }

    void oneWriterAtATimeReadersNeverWait()
    {
        ServerConnection holder = TestServer::holdWriteLock(m_schema, u"2026-12-06T09:30:00Z"_qs);
        const Run second = runOn({u"score"_qs, u"WS"_qs}, m_server);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"is being changed by leadstage_test"_qs), qPrintable(second.err));
        QVERIFY2(second.err.contains(u"writing since 2026-12-06T09:30:00Z"_qs), qPrintable(second.err));
        const Run reader = runOn({u"metrics"_qs, u"WS"_qs, u"--format"_qs, u"csv"_qs}, m_server);
        QVERIFY2(reader.exitCode == 0, qPrintable(reader.err));
        QVERIFY(holder.query("SELECT pg_advisory_unlock_all()", {}, u"test"_qs));
        const Run after = runOn({u"score"_qs, u"WS"_qs, u"--as-of"_qs, u"2025-10-15"_qs}, m_server);
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    }

    void killedRescoreLeavesTheRowsAsTheyWere()
    {
        const char *rows = "SELECT md5(string_agg(s::text, ',' ORDER BY lead_id)) FROM %1.lead_state s";
        const QString before = countOnServer(rows);
        QVERIFY(killLeadstageAt({u"score"_qs, m_server, u"--as-of"_qs, u"2025-06-30"_qs}, "rescore-writing"));
        QCOMPARE(countOnServer(rows), before);
        // The killed writer's lock went with its connection.
        const Run next = runOn({u"score"_qs, u"WS"_qs, u"--as-of"_qs, u"2025-10-15"_qs}, m_server);
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(countOnServer(rows), before);
    }

    // Model versions are saved and made active on a server as in a file: the same new
    // ids and versions, the same rescored rows; `score --model` too.
    void modelVersionsOnBothStores()
    {
        const QString active = m_dir.filePath(u"active.json"_qs);
        const Run exported = leadstage({u"model"_qs, u"export"_qs, m_file, u"--out"_qs, active});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(active);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject model = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QVERIFY(model.contains(u"name"_qs));
        model.insert(u"name"_qs, u"Tuned"_qs); // another name: its version 1
        QJsonObject thresholds = model.value(u"thresholds"_qs).toObject();
        QVERIFY(thresholds.contains(u"iql"_qs));
        thresholds.insert(u"iql"_qs, 15); // a lower bar: more IQLs, other rows
        model.insert(u"thresholds"_qs, thresholds);
        const QByteArray json = QJsonDocument(model).toJson();
        const QString tuned = m_dir.filePath(u"tuned.json"_qs);
        QFile out(tuned);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();

        const Run fileSaved = runOn({u"model"_qs, u"import"_qs, u"WS"_qs, tuned, u"--comment"_qs, u"Tuned"_qs}, m_file);
        const Run serverSaved =
            runOn({u"model"_qs, u"import"_qs, u"WS"_qs, tuned, u"--comment"_qs, u"Tuned"_qs}, m_server);
        QVERIFY2(fileSaved.exitCode == 0, qPrintable(fileSaved.err));
        QVERIFY2(serverSaved.exitCode == 0, qPrintable(serverSaved.err));
        QCOMPARE(serverSaved.out, fileSaved.out);
        QVERIFY2(fileSaved.out.contains(u"as Tuned v1"_qs), qPrintable(fileSaved.out));
        const QString id = fileSaved.out.section(u"model activate WS "_qs, 1).section(u'`', 0, 0).trimmed();
        QVERIFY2(id.toInt() > 1, qPrintable(fileSaved.out));

        const Run fileActive = runOn({u"model"_qs, u"activate"_qs, u"WS"_qs, id}, m_file);
        const Run serverActive = runOn({u"model"_qs, u"activate"_qs, u"WS"_qs, id}, m_server);
        QVERIFY2(fileActive.exitCode == 0, qPrintable(fileActive.err));
        QVERIFY2(serverActive.exitCode == 0, qPrintable(serverActive.err));
        QCOMPARE(serverActive.out, fileActive.out);
        const OnBoth rescored = runOnBoth({u"score"_qs, u"WS"_qs, u"--per-lead"_qs, u"ROWS"_qs}, u"tuned.csv"_qs);
        QVERIFY(rescored.file.exitCode == 0 && rescored.server.exitCode == 0);
        const QByteArray withTuned = rescored.fileRows;
        QCOMPARE(rescored.serverRows, withTuned);
        QFile before(m_dir.filePath(u"file-rows.csv"_qs));
        QVERIFY(before.open(QIODevice::ReadOnly));
        QVERIFY(before.readAll() != withTuned); // the lower bar moved some leads
        QCOMPARE(countOnServer("SELECT string_agg(id || ':' || name || ':' || active, ',' ORDER BY id) FROM %1.models"),
                 u"1:Default:0,%1:Tuned:1"_qs.arg(id));
        const QStringList list{u"model"_qs, u"list"_qs, u"WS"_qs};
        // The versions as listed, but for when each was saved (two processes, two seconds maybe).
        const auto versions = [&](const QString &workspace) {
            static const QRegularExpression savedAt(u"\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?Z?"_qs);
            return runOn(list, workspace).out.replace(savedAt, u"SAVED"_qs);
        };
        QCOMPARE(versions(m_server), versions(m_file));

        // score --model FILE saves it as the next version and rescores with it.
        const OnBoth scored =
            runOnBoth({u"score"_qs, u"WS"_qs, u"--model"_qs, active, u"--per-lead"_qs, u"ROWS"_qs}, u"tuned.csv"_qs);
        QVERIFY2(scored.file.exitCode == 0, qPrintable(scored.file.err));
        QVERIFY2(scored.server.exitCode == 0, qPrintable(scored.server.err));
        QCOMPARE(scored.server.out.section(u"Timings"_qs, 0, 0), scored.file.out.section(u"Timings"_qs, 0, 0));
        QCOMPARE(scored.serverRows, scored.fileRows);
        QCOMPARE(versions(m_server), versions(m_file));
        const QStringList metrics{u"metrics"_qs, u"WS"_qs, u"--format"_qs, u"json"_qs};
        QCOMPARE(runOn(metrics, m_server).out, runOn(metrics, m_file).out);
    }
};

QTEST_GUILESS_MAIN(TestCliServerReads)
#include "tst_cli_serverreads.moc"
