// `leadstage import` into a server workspace does what it does into a file: each
// sequence of imports below runs on a new file and on a new server workspace (both made
// by `workspace create`), and the reports, every table's rows (but the imports' times
// and the model's date), `score --per-lead` and `metrics --format json` must be the
// same. Leads and events go through COPY; events join `events` in place or through a
// new table (ServerEventMerge), both tried, duplicates too. One import at a time; a
// killed import leaves the server's workspace as it was; readers go on meanwhile, and
// a second import at the same time is refused, naming who imports. An undo of an import
// does on a server what it does in a file, and a killed one changes nothing.

#include "LeadstageProcess.h"
#include "TestServer.h"

#include "store/Statement.h"
#include "store/Workspace.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

class TestCliServerImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv; // the 2,000-lead demo's leads.csv, events.csv, outcomes.csv
    QStringList m_schemas;
    int m_made = 0;
    QString m_constraints; // a new workspace's

    QString csv(const QString &name) const { return m_csv + u'/' + name; }

    // A new, empty workspace of each kind.
    std::pair<QString, QString> newPair()
    {
        ++m_made;
        const QString file = m_dir.filePath(u"w%1.leadstage"_qs.arg(m_made));
        const QString schema = TestServer::schemaName(u"import%1"_qs.arg(m_made));
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, schema);
        m_schemas.append(schema);
        for (const QString &workspace : {file, TestServer::address(schema)}) {
            const Run made = leadstage({u"workspace"_qs, u"create"_qs, workspace});
            if (made.exitCode != 0)
                qFatal("%s", qPrintable(made.err));
        }
        return {file, TestServer::address(schema)};
    }

    // A new server workspace (the last of m_schemas) with the leads and events files
    // imported: its address.
    QString importedServerWorkspace()
    {
        const QString server = newPair().second;
        const Run imported = leadstage({u"import"_qs, server, u"--leads"_qs, csv(u"leads.csv"_qs), u"--events"_qs,
                                        csv(u"events.csv"_qs), u"--created-date"_qs, u"column:created_at"_qs});
        if (imported.exitCode != 0)
            qFatal("%s", qPrintable(imported.err));
        return server;
    }

    // What a run printed, with the workspace's name, the times taken and the moments
    // things happened left out.
    static QString comparable(QString text, const QString &workspace)
    {
        text.replace(workspace, u"WS"_qs);
        text.replace(QRegularExpression(u"\\d+ ms"_qs), u"N ms"_qs);
        text.replace(QRegularExpression(u"\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\dZ?)?"_qs), u"TIME"_qs);
        return text;
    }

    static Run runOn(QStringList arguments, const QString &workspace)
    {
        arguments.replaceInStrings(u"WS"_qs, workspace);
        Run run = leadstage(arguments);
        run.out = comparable(run.out, workspace);
        run.err = comparable(run.err, workspace);
        return run;
    }

    QByteArray perLead(const QString &workspace, const QString &name)
    {
        const QString rows = m_dir.filePath(name);
        const Run scored =
            runOn({u"score"_qs, u"WS"_qs, u"--as-of"_qs, u"2025-12-31"_qs, u"--per-lead"_qs, rows}, workspace);
        if (scored.exitCode != 0)
            qWarning("%s", qPrintable(scored.err));
        return readAll(rows);
    }

    // The events, all but their ids: a file gives the ids of rows found stored already
    // to the next rows where its statement inserted one row, a server never does.
    static QString eventsWithoutIds(const QString &workspace)
    {
        auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        auto rows = (*opened)->database().prepare(
            "SELECT lead_id, occurred_at, activity_id, detail_id, import_id FROM events ORDER BY 1, 2, 3, 4");
        QString text;
        for (auto row = rows ? rows->step() : Result<bool>(false); row && *row; row = rows->step())
            for (int column = 0; column < 5; ++column)
                text += QString::number(rows->int64(column)) + (column == 4 ? u'\n' : u',');
        return text;
    }

    // Every constraint of a schema's tables, as the server would make it again; a
    // swapped-in events or lead_state table's references are NOT VALID (ServerEventMerge,
    // LeadStateCopy), and only those.
    QString constraintsOf(const QString &schema)
    {
        ServerConnection connection = TestServer::connect();
        auto listed = connection.query(
            "SELECT string_agg(c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid), "
            "E'\\n' ORDER BY c.conrelid::regclass::text, c.conname) FROM pg_constraint c JOIN pg_namespace n ON n.oid "
            "= c.connamespace "
            "WHERE n.nspname = $1",
            {schema}, u"test"_qs);
        if (!listed)
            qFatal("%s", qPrintable(listed.error().toString()));
        QString text = listed->text(0, 0).replace(schema + u'.', u"S."_qs);
        QString unexpected;
        for (const QString &line : text.split(u'\n'))
            if (line.endsWith(u" NOT VALID"_qs)
                && !((line.startsWith(u"S.events events_"_qs) || line.startsWith(u"S.lead_state lead_state_"_qs))
                     && line.contains(u"FOREIGN KEY"_qs)))
                unexpected += u"\nnot validated: "_qs + line;
        return text.remove(u" NOT VALID"_qs) + unexpected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        newPair();
        m_constraints = constraintsOf(m_schemas.last());
        QVERIFY(m_constraints.contains(u"leads_email_key UNIQUE (email)"_qs));
        m_csv = m_dir.filePath(u"csv"_qs);
        const Run demo = leadstage({u"demo"_qs, u"--leads"_qs, u"2000"_qs, u"--csv"_qs, m_csv});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // A leads file that changes some stored leads (a company, a new column into
        // attrs, an e-mail) and adds two; events some stored, some new, some twice.
        writeFile(csv(u"changed-leads.csv"_qs),
                  "lead_id,email,company,created_at,Budget\n"
                  "L0000001,marco.costa.1@greenfieldindustries.example,Greenfield Renamed,2024-01-03,50k\n"
                  "L0000002,,,2024-01-01,\"1,000\"\n"
                  "L0000003,third@changed.example,,2024-01-02,\n"
                  "N0000001,new1@example.com,Newco,2025-06-01,10k\n"
                  "N0000002,new2@example.com,Newco,2025-06-02,\n"
                  "bad,bad@example.com,Badco,not a date,\n");
        writeFile(csv(u"mixed-events.csv"_qs),
                  "lead_id,activity,occurred_at,detail\n"
                  "L0000002,whitepaper_download,2024-01-01T05:54:04Z,Marketing Ops Salary Survey\n"
                  "N0000001,webinar_attended,2025-06-03T10:00:00Z,Brand new webinar\n"
                  "N0000001,webinar_attended,2025-06-03T10:00:00Z,Brand new webinar\n"
                  "N0000002,Pricing Page Visit,2025-06-04T10:00:00Z,\n"
                  "nobody,webinar_attended,2025-06-04T10:00:00Z,\n"
                  "L0000001,Made Up Activity,2025-06-05T10:00:00Z,\n"
                  "new3@example.com,webinar_attended,2025-07-01T10:00:00Z,\n");
        writeFile(csv(u"undated-leads.csv"_qs),
                  "lead_id,email,company\nU1,u1@example.com,Undated\nU2,u2@example.com,Undated\n");
        writeFile(csv(u"undated-events.csv"_qs),
                  "lead_id,activity,occurred_at\nU1,webinar_attended,2025-03-01T10:00:00Z\n"
                  "U1,webinar_attended,2025-02-01T10:00:00Z\nU2,webinar_attended,2025-04-01T10:00:00Z\n");
        // (A new lead without a date takes the moment of the import, which differs between
        // the two imports by nature: every lead these files may create has one.)
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        for (const QString &schema : std::as_const(m_schemas))
            TestServer::dropSchema(connection, schema);
    }

    void sameAsTheFile_data()
    {
        QTest::addColumn<QList<QStringList>>("imports");
        const QStringList demo{u"import"_qs,         u"WS"_qs,
                               u"--leads"_qs,        csv(u"leads.csv"_qs),
                               u"--events"_qs,       csv(u"events.csv"_qs),
                               u"--outcomes"_qs,     csv(u"outcomes.csv"_qs),
                               u"--created-date"_qs, u"column:created_at"_qs};
        QTest::newRow("the demo's three files") << QList<QStringList>{demo};
        QTest::newRow("again: updates, duplicates, rejections, new leads and activities")
            << QList<QStringList>{demo,
                                  {u"import"_qs, u"WS"_qs, u"--leads"_qs, csv(u"changed-leads.csv"_qs),
                                   u"--created-date"_qs, u"column:created_at"_qs},
                                  {u"import"_qs, u"WS"_qs, u"--events"_qs, csv(u"events.csv"_qs)},
                                  {u"import"_qs, u"WS"_qs, u"--events"_qs, csv(u"mixed-events.csv"_qs),
                                   u"--create-missing-leads"_qs, u"--create-activities"_qs}};
        QTest::newRow("events twice in the first file, then the same file") << QList<QStringList>{
            {u"import"_qs, u"WS"_qs, u"--leads"_qs, csv(u"changed-leads.csv"_qs), u"--created-date"_qs,
             u"column:created_at"_qs},
            {u"import"_qs, u"WS"_qs, u"--events"_qs, csv(u"mixed-events.csv"_qs), u"--create-activities"_qs},
            {u"import"_qs, u"WS"_qs, u"--events"_qs, csv(u"mixed-events.csv"_qs), u"--create-activities"_qs}};
        QTest::newRow("created dates from the first event")
            << QList<QStringList>{{u"import"_qs, u"WS"_qs, u"--leads"_qs, csv(u"undated-leads.csv"_qs), u"--events"_qs,
                                   csv(u"undated-events.csv"_qs), u"--created-date"_qs, u"first-event"_qs}};
        QTest::newRow("count columns as events") << QList<QStringList>{
            {u"import"_qs, u"WS"_qs, u"--leads"_qs, csv(u"leads.csv"_qs), u"--created-date"_qs, u"column:created_at"_qs,
             u"--count-as-events"_qs, u"TotalVisits=about_page_visit"_qs}};
        // Imports 1 to 3 are the demo's files, 4 the changed leads, 5 the mixed events.
        const auto undo = [](const char *number, const QStringList &more = {}) {
            return QStringList{u"import"_qs, u"undo"_qs, u"WS"_qs, QString::fromLatin1(number)} + more;
        };
        QTest::newRow("undone: refused, events with the leads and activities they made, updated leads")
            << QList<QStringList>{demo,
                                  {u"import"_qs, u"WS"_qs, u"--leads"_qs, csv(u"changed-leads.csv"_qs),
                                   u"--created-date"_qs, u"column:created_at"_qs},
                                  {u"import"_qs, u"WS"_qs, u"--events"_qs, csv(u"mixed-events.csv"_qs),
                                   u"--create-missing-leads"_qs, u"--create-activities"_qs},
                                  undo("1"),
                                  undo("5", {u"--json"_qs}),
                                  undo("4", {u"--dry-run"_qs}),
                                  undo("4"),
                                  undo("4"),
                                  undo("3")};
    }

    void sameAsTheFile()
    {
        QFETCH(QList<QStringList>, imports);
        const auto [file, server] = newPair();
        for (const QStringList &import : imports) {
            const Run onFile = runOn(import, file);
            const Run onServer = runOn(import, server);
            QCOMPARE(onServer.exitCode, onFile.exitCode);
            QCOMPARE(onServer.out, onFile.out);
            QCOMPARE(onServer.err, onFile.err);
        }
        // Every table holds the same rows, but the times the imports ran and the model
        // was made, which differ between any two runs.
        const Run verified = leadstage({u"workspace"_qs, u"verify"_qs, file, server});
        const QStringList lines = verified.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 10);
        // The server's event ids skip those its duplicates took (ServerEventMerge): the next
        // id differs too, also once an undo has taken the events that showed it.
        bool idsDiffer = std::any_of(imports.begin(), imports.end(),
                                     [](const QStringList &run) { return run.value(1) == u"undo"_qs; });
        for (const QString &line : lines.mid(2)) {
            const QString table = line.section(u' ', 0, 0);
            if (table == u"events"_qs && !line.endsWith(u" ok"_qs)) {
                QCOMPARE(eventsWithoutIds(server), eventsWithoutIds(file));
                idsDiffer = true;
            } else {
                QVERIFY2(table == u"imports"_qs || table == u"models"_qs || (table == u"event_sequence"_qs && idsDiffer)
                             || line.endsWith(u" ok"_qs),
                         qPrintable(line));
            }
        }
        // New tables swapped in for leads and events have the keys and references a new
        // workspace has, under the same names.
        QCOMPARE(constraintsOf(m_schemas.last()), m_constraints);
        QCOMPARE(perLead(server, u"server.csv"_qs), perLead(file, u"file.csv"_qs));
        const Run fileMetrics = runOn({u"metrics"_qs, u"WS"_qs, u"--format"_qs, u"json"_qs}, file);
        const Run serverMetrics = runOn({u"metrics"_qs, u"WS"_qs, u"--format"_qs, u"json"_qs}, server);
        QVERIFY2(fileMetrics.exitCode == 0, qPrintable(fileMetrics.err));
        QCOMPARE(serverMetrics.out, fileMetrics.out);
        // The history, but when each import ran (comparable()).
        const Run fileHistory = runOn({u"import"_qs, u"history"_qs, u"WS"_qs}, file);
        QVERIFY2(fileHistory.exitCode == 0, qPrintable(fileHistory.err));
        QCOMPARE(runOn({u"import"_qs, u"history"_qs, u"WS"_qs}, server).out, fileHistory.out);
    }

    // The second writer is told who holds the workspace; the server's rows stay.
    void oneImportAtATime()
    {
        const auto [file, server] = newPair();
        const QString schema = m_schemas.last();
        ServerConnection holder = TestServer::holdWriteLock(schema, u"2026-12-07T09:30:00Z"_qs);
        const Run second = leadstage(
            {u"import"_qs, server, u"--leads"_qs, csv(u"leads.csv"_qs), u"--created-date"_qs, u"column:created_at"_qs});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"is being changed by leadstage_test"_qs), qPrintable(second.err));
        QVERIFY2(second.err.contains(u"writing since 2026-12-07T09:30:00Z"_qs), qPrintable(second.err));
        QCOMPARE(TestServer::valueIn(schema, "SELECT count(*) FROM %1.leads"), u"0"_qs);
        QVERIFY(holder.query("SELECT pg_advisory_unlock_all()", {}, u"test"_qs));
        const Run after = leadstage(
            {u"import"_qs, server, u"--leads"_qs, csv(u"leads.csv"_qs), u"--created-date"_qs, u"column:created_at"_qs});
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QCOMPARE(TestServer::valueIn(schema, "SELECT count(*) FROM %1.leads"), u"2000"_qs);
    }

    // Killed with every row written but nothing committed, through the new events
    // table or into the stored one: the workspace is as it was, its lock free. A
    // reader meanwhile reads the old rows without waiting.
    void killedImportLeavesTheWorkspaceAsItWas_data()
    {
        QTest::addColumn<QString>("events");
        QTest::newRow("many events: a new table") << u"events.csv"_qs;
        QTest::newRow("few events: into the stored table") << u"mixed-events.csv"_qs;
    }

    // An undo killed with every change made but nothing committed leaves the workspace
    // as it was; a reader meanwhile reads the old rows.
    void killedUndoLeavesTheWorkspaceAsItWas()
    {
        const QString server = importedServerWorkspace();
        const QString schema = m_schemas.last();
        const char *state = "SELECT (SELECT count(*) FROM %1.leads) || '/' || (SELECT count(*) FROM %1.events) || '/' "
                            "|| (SELECT count(*) FROM %1.imports WHERE undone_at IS NULL) || '/' || "
                            "(SELECT count(*) FROM %1.lead_state)";
        const QString before = TestServer::valueIn(schema, state);
        QVERIFY(before.startsWith(u"2000/"_qs));
        const QByteArray metricsBefore = leadstage({u"metrics"_qs, server, u"--format"_qs, u"json"_qs}).out.toUtf8();
        Run reader;
        QVERIFY(killLeadstageAt({u"import"_qs, u"undo"_qs, server, u"2"_qs}, "undo-writing", [&] {
            reader = leadstage({u"metrics"_qs, server, u"--format"_qs, u"json"_qs});
        }));
        QVERIFY2(reader.exitCode == 0, qPrintable(reader.err));
        QCOMPARE(reader.out.toUtf8(), metricsBefore);
        QCOMPARE(TestServer::valueIn(schema, state), before);
        const Run undone = leadstage({u"import"_qs, u"undo"_qs, server, u"2"_qs});
        QVERIFY2(undone.exitCode == 0, qPrintable(undone.err));
        QCOMPARE(TestServer::valueIn(schema, state), u"2000/0/1/2000"_qs);
    }

    void killedImportLeavesTheWorkspaceAsItWas()
    {
        QFETCH(QString, events);
        const QString server = importedServerWorkspace();
        const QString schema = m_schemas.last();
        const char *state = "SELECT (SELECT count(*) FROM %1.leads) || '/' || (SELECT count(*) FROM %1.events) || '/' "
                            "|| (SELECT count(*) FROM %1.imports) || '/' || (SELECT md5(string_agg(e::text, ',' "
                            "ORDER BY lead_id, occurred_at, activity_id, detail_id)) FROM %1.events e)";
        const QString before = TestServer::valueIn(schema, state);
        const QByteArray metricsBefore = leadstage({u"metrics"_qs, server, u"--format"_qs, u"json"_qs}).out.toUtf8();
        Run reader, secondImport;
        QVERIFY(killLeadstageAt(
            {u"import"_qs, server, u"--leads"_qs, csv(u"changed-leads.csv"_qs), u"--events"_qs, csv(events),
             u"--create-missing-leads"_qs, u"--create-activities"_qs, u"--created-date"_qs, u"column:created_at"_qs},
            "import-writing", [&] {
                reader = leadstage({u"metrics"_qs, server, u"--format"_qs, u"json"_qs});
                secondImport =
                    leadstage({u"import"_qs, server, u"--events"_qs, csv(events), u"--create-activities"_qs});
            }));
        QVERIFY2(reader.exitCode == 0, qPrintable(reader.err));
        QCOMPARE(reader.out.toUtf8(), metricsBefore);
        // Two imports at once: the second is told who is importing, and writes nothing.
        QCOMPARE(secondImport.exitCode, 1);
        QVERIFY2(secondImport.err.contains(u"is being changed by leadstage_test"_qs), qPrintable(secondImport.err));
        QCOMPARE(TestServer::valueIn(schema, state), before);
        QCOMPARE(TestServer::valueIn(schema, "SELECT count(*) FROM pg_tables WHERE schemaname = '%1' AND tablename = "
                                             "'import_events_next'"),
                 u"0"_qs);
        const Run next = leadstage({u"import"_qs, server, u"--events"_qs, csv(events), u"--create-activities"_qs,
                                    u"--create-missing-leads"_qs});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    }
};

QTEST_GUILESS_MAIN(TestCliServerImport)
#include "tst_cli_serverimport.moc"
