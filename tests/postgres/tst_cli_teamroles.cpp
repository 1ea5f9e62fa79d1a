// The roles of a team workspace (issue 21), checked by the server: a viewer reads but
// cannot rescore, save or activate a model, even through the command line or its own
// SQL; an analyst rescores and saves versions but cannot make one active; an owner can.
// A rescore by one analyst leaves lead_state to the analysts and readable by viewers.

#include "LeadstageProcess.h"
#include "TestServer.h"

#include "store/Workspace.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

class TestCliTeamRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_schema;
    QString m_model; // a model file: the active one, renamed

    QString user(const QString &who) const { return m_schema + u'_' + who; }
    // The workspace's address as `who` (a login role of the test server; local logins are trusted).
    QString as(const QString &who) const { return TestServer::addressAs(m_schema, user(who)); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        const QString file = m_dir.filePath(u"small.leadstage"_qs);
        const Run demo = leadstage({u"demo"_qs, u"--leads"_qs, u"300"_qs, u"--out"_qs, file});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_model = m_dir.filePath(u"tuned.json"_qs);
        const Run exported = leadstage({u"model"_qs, u"export"_qs, file, u"--out"_qs, m_model});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        m_schema = TestServer::schemaName(u"roles"_qs);
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
        TestServer::dropRoles(connection, m_schema, {"vic", "ann", "bob", "oli"});
        for (const char *who : {"vic", "ann", "bob", "oli"}) {
            const std::string make = "CREATE ROLE \"" + m_schema.toStdString() + '_' + who + "\" LOGIN";
            QVERIFY(connection.execute(make, u"test"_qs));
        }
        const Run copy = leadstage({u"workspace"_qs, u"copy"_qs, file, TestServer::address(m_schema)});
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
        TestServer::dropRoles(connection, m_schema, {"vic", "ann", "bob", "oli"});
    }

    void rolesAreMadeAndGiven()
    {
        const Run roles = leadstage({u"workspace"_qs, u"roles"_qs, TestServer::address(m_schema)});
        QVERIFY2(roles.exitCode == 0, qPrintable(roles.err));
        QVERIFY2(roles.out.contains(m_schema + u"_viewer, "_qs + m_schema + u"_analyst, "_qs + m_schema + u"_owner"_qs),
                 qPrintable(roles.out));
        const Run again = leadstage({u"workspace"_qs, u"roles"_qs, TestServer::address(m_schema)});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err)); // a second time changes nothing
        for (const auto &[who, role] : {std::pair{"vic", "viewer"}, std::pair{"ann", "analyst"},
                                        std::pair{"bob", "analyst"}, std::pair{"oli", "viewer"}}) {
            const Run granted = leadstage({u"workspace"_qs, u"grant"_qs, TestServer::address(m_schema),
                                           user(QString::fromLatin1(who)), QString::fromLatin1(role)});
            QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        }
        // A step up replaces what was given.
        const Run owner =
            leadstage({u"workspace"_qs, u"grant"_qs, TestServer::address(m_schema), user(u"oli"_qs), u"owner"_qs});
        QVERIFY2(owner.exitCode == 0, qPrintable(owner.err));
        QCOMPARE(owner.out.trimmed(),
                 user(u"oli"_qs) + u" is now an owner of "_qs + TestServer::address(m_schema) + u'.');
        const Run unknown =
            leadstage({u"workspace"_qs, u"grant"_qs, TestServer::address(m_schema), user(u"vic"_qs), u"admin"_qs});
        QCOMPARE(unknown.exitCode, 2);
    }

    void aViewerReadsOnly()
    {
        const Run metrics = leadstage({u"metrics"_qs, as(u"vic"_qs), u"--format"_qs, u"csv"_qs});
        QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.err));
        const QString leads = writeIn(m_dir, u"vic-leads.csv"_qs, "email,created_at\nvic@example.com,2025-01-02\n");
        for (const QStringList &arguments :
             {QStringList{u"score"_qs, as(u"vic"_qs)}, QStringList{u"model"_qs, u"import"_qs, as(u"vic"_qs), m_model},
              QStringList{u"model"_qs, u"activate"_qs, as(u"vic"_qs), u"1"_qs},
              QStringList{u"import"_qs, as(u"vic"_qs), u"--leads"_qs, leads, u"--created-date"_qs,
                          u"column:created_at"_qs}}) {
            const Run refused = leadstage(arguments);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(user(u"vic"_qs) + u" may only read this team workspace"_qs),
                     qPrintable(refused.err));
            QVERIFY2(refused.err.contains(u"leadstage workspace grant ADDRESS "_qs + user(u"vic"_qs) + u" analyst"_qs),
                     qPrintable(refused.err));
        }
        // Not only LeadStage: the server refuses the viewer's own SQL.
        auto address = WorkspaceAddress::parse(as(u"vic"_qs));
        QVERIFY(address);
        auto connection = ServerConnection::connect(*address);
        QVERIFY(connection);
        for (const char *write : {"UPDATE %1.models SET active = 0", "DELETE FROM %1.lead_state",
                                  "INSERT INTO %1.leads (id, created_at) VALUES (999999, 0)"}) {
            const std::string sql = QString::fromLatin1(write).arg(m_schema).toStdString();
            const Status refused = connection->execute(sql, u"test"_qs);
            QVERIFY2(!refused && refused.error().what.contains(u"42501"_qs), sql.c_str());
        }
    }

    void anAnalystRescoresAndSavesButDoesNotActivate()
    {
        const Run scored = leadstage({u"score"_qs, as(u"ann"_qs), u"--as-of"_qs, u"2025-10-31"_qs});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        // The swapped-in lead_state is the analysts' (another one rescores next) and viewers read it.
        ServerConnection connection = TestServer::connect();
        auto owner = connection.query("SELECT tableowner FROM pg_tables WHERE schemaname = $1 AND tablename = "
                                      "'lead_state'",
                                      {m_schema}, u"test"_qs);
        QVERIFY(owner && owner->rows() == 1);
        QCOMPARE(owner->text(0, 0), m_schema + u"_analyst"_qs);
        // Ann's first rescore on the server packed the events and leads, with trigger
        // functions of her making. A change empties the copies; Bob's rescore packs them
        // again, replacing those functions: they must be the analysts', not Ann's.
        const std::string change = "UPDATE " + m_schema.toStdString() + ".events SET detail_id = detail_id WHERE false";
        QVERIFY(connection.execute(change, u"test"_qs));
        const Run byBob = leadstage({u"score"_qs, as(u"bob"_qs)});
        QVERIFY2(byBob.exitCode == 0, qPrintable(byBob.err));
        const Run read = leadstage({u"metrics"_qs, as(u"vic"_qs), u"--format"_qs, u"csv"_qs});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        auto functions = connection.query(
            "SELECT string_agg(p.proname || ':' || pg_get_userbyid(p.proowner), ',' ORDER BY p.proname) "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1",
            {m_schema}, u"test"_qs);
        QVERIFY(functions && functions->rows() == 1);
        QCOMPARE(functions->text(0, 0),
                 u"event_blocks_forget:%1_analyst,lead_blocks_forget:%1_analyst"_qs.arg(m_schema));
        auto packed = connection.query("SELECT (SELECT count(*) FROM " + m_schema.toStdString()
                                           + ".event_blocks) || '/' || (SELECT count(*) FROM " + m_schema.toStdString()
                                           + ".lead_blocks)",
                                       {}, u"test"_qs);
        QVERIFY(packed && packed->rows() == 1);
        QVERIFY2(!packed->text(0, 0).startsWith(u"0/"_qs) && !packed->text(0, 0).endsWith(u"/0"_qs),
                 qPrintable(packed->text(0, 0)));

        // The server records who saved a version, whatever the workstation's account says.
        const QByteArray account = qgetenv("USER");
        qputenv("USER", "not-ann");
        const Run saved = leadstage({u"model"_qs, u"import"_qs, as(u"ann"_qs), m_model, u"--comment"_qs, u"Ann's"_qs});
        qputenv("USER", account);
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        const QString id = saved.out.section(u"model activate "_qs, 1).section(u' ', 1, 1).section(u'`', 0, 0);
        QVERIFY2(id.toInt() > 1, qPrintable(saved.out));
        for (const QStringList &arguments : {QStringList{u"model"_qs, u"activate"_qs, as(u"ann"_qs), id},
                                             QStringList{u"score"_qs, as(u"ann"_qs), u"--model"_qs, m_model}}) {
            const Run refused = leadstage(arguments);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(user(u"ann"_qs) + u" may not make a model active"_qs),
                     qPrintable(refused.err));
        }
        m_activateId = id;

        // An analyst imports; many events make a new events table, which stays the
        // analysts' (another one imports next) and readable by viewers.
        const QString events = m_dir.filePath(u"ann-events.csv"_qs);
        QByteArray rows = "lead_id,activity,occurred_at\n";
        const QString someLead = connection
                                     .query("SELECT external_id FROM " + m_schema.toStdString()
                                                + ".leads WHERE external_id IS NOT NULL ORDER BY id LIMIT 1",
                                            {}, u"test"_qs)
                                     ->text(0, 0);
        for (int day = 1; day <= 28; ++day)
            for (int hour = 0; hour < 24; ++hour)
                rows += someLead.toUtf8() + ",webinar_attended,2026-02-"
                        + QByteArray::number(day).rightJustified(2, '0') + 'T'
                        + QByteArray::number(hour).rightJustified(2, '0') + ":00:00Z\n";
        writeFile(events, rows);
        const auto eventsTable = [&] {
            return connection.query("SELECT to_regclass($1)::oid", {m_schema + u".events"_qs}, u"test"_qs)->text(0, 0);
        };
        const QString table = eventsTable();
        const Run imported = leadstage({u"import"_qs, as(u"ann"_qs), u"--events"_qs, events});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(eventsTable() != table); // a new table
        auto eventsOwner = connection.query("SELECT tableowner FROM pg_tables WHERE schemaname = $1 AND tablename = "
                                            "'events'",
                                            {m_schema}, u"test"_qs);
        QVERIFY(eventsOwner && eventsOwner->rows() == 1);
        QCOMPARE(eventsOwner->text(0, 0), m_schema + u"_analyst"_qs);
        const QString more =
            writeIn(m_dir, u"bob-events.csv"_qs,
                    "lead_id,activity,occurred_at\n" + someLead.toUtf8() + ",webinar_attended,2026-03-01T10:00:00Z\n");
        const QString swapped = eventsTable();
        const Run byBobToo = leadstage({u"import"_qs, as(u"bob"_qs), u"--events"_qs, more});
        QVERIFY2(byBobToo.exitCode == 0, qPrintable(byBobToo.err));
        QCOMPARE(eventsTable(), swapped); // one row joins the stored table
        const Run readAfter = leadstage({u"metrics"_qs, as(u"vic"_qs), u"--format"_qs, u"csv"_qs});
        QVERIFY2(readAfter.exitCode == 0, qPrintable(readAfter.err));
    }

    void anOwnerActivates()
    {
        const Run activated = leadstage({u"model"_qs, u"activate"_qs, as(u"oli"_qs), m_activateId});
        QVERIFY2(activated.exitCode == 0, qPrintable(activated.err));
        QVERIFY2(activated.out.contains(u"is now active"_qs), qPrintable(activated.out));
        const Run list = leadstage({u"model"_qs, u"list"_qs, as(u"vic"_qs)});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QRegularExpression savedByAnn(u"^ +%1  .* %2 +yes +Ann's$"_qs.arg(m_activateId, user(u"ann"_qs)),
                                            QRegularExpression::MultilineOption);
        QVERIFY2(list.out.contains(savedByAnn), qPrintable(list.out));
        const Run byAnn = leadstage({u"score"_qs, as(u"ann"_qs)}); // after the owner's swap too
        QVERIFY2(byAnn.exitCode == 0, qPrintable(byAnn.err));
        const Run read = leadstage({u"metrics"_qs, as(u"vic"_qs), u"--format"_qs, u"csv"_qs});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    }

    // What the window offers follows the same rights, read when the workspace opens.
    void rightsAreReadAtTheOpen_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("change");
        QTest::addColumn<bool>("activate");
        QTest::newRow("viewer") << u"vic"_qs << false << false;
        QTest::newRow("analyst") << u"ann"_qs << true << false;
        QTest::newRow("owner") << u"oli"_qs << true << true;
    }

    void rightsAreReadAtTheOpen()
    {
        QFETCH(QString, who);
        QFETCH(bool, change);
        QFETCH(bool, activate);
        auto workspace = Workspace::open(as(who), {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
        QCOMPARE((*workspace)->mayChange(), change);
        QCOMPARE((*workspace)->mayActivate(), activate);
    }

private:
    QString m_activateId;
};

QTEST_GUILESS_MAIN(TestCliTeamRoles)
#include "tst_cli_teamroles.moc"
