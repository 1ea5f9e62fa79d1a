// A server workspace made by an older LeadStage (schema version 14, before model versions
// recorded their author) is upgraded by the same numbered list as a file, when one of
// its owners opens it for writing; until then it is read, and an analyst saves in it, as
// it is, and a copy asks for the upgrade first.

#include "LeadstageProcess.h"
#include "TestServer.h"

#include "store/Schema.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

class TestCliServerUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_schema;
    QString m_model; // the active model, exported

    QString analyst() const { return m_schema + u"_ann"_qs; }
    QString asAnalyst() const { return TestServer::addressAs(m_schema, analyst()); }
    QString version() const { return TestServer::valueIn(m_schema, "SELECT version FROM \"%1\".leadstage_schema"); }
    QString authors() const
    {
        return TestServer::valueIn(m_schema, "SELECT string_agg(id || ':' || coalesce(author, '-'), ',' ORDER BY id) "
                                             "FROM \"%1\".models");
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        const QString file = m_dir.filePath(u"small.leadstage"_qs);
        const Run demo = leadstage({u"demo"_qs, u"--leads"_qs, u"200"_qs, u"--out"_qs, file});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_model = m_dir.filePath(u"model.json"_qs);
        QCOMPARE(leadstage({u"model"_qs, u"export"_qs, file, u"--out"_qs, m_model}).exitCode, 0);
        m_schema = TestServer::schemaName(u"upgrade"_qs);
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
        TestServer::dropRoles(connection, m_schema, {"ann"});
        QVERIFY(connection.execute("CREATE ROLE \"" + analyst().toStdString() + "\" LOGIN", u"test"_qs));
        const QString address = TestServer::address(m_schema);
        QCOMPARE(leadstage({u"workspace"_qs, u"copy"_qs, file, address}).exitCode, 0);
        QCOMPARE(leadstage({u"workspace"_qs, u"roles"_qs, address}).exitCode, 0);
        QCOMPARE(leadstage({u"workspace"_qs, u"grant"_qs, address, analyst(), u"analyst"_qs}).exitCode, 0);
        // What an older LeadStage made: version 14's models without author, its lead_state
        // without event_months.
        const std::string schema = '"' + m_schema.toStdString() + '"';
        QVERIFY(connection.execute("ALTER TABLE " + schema + ".models DROP COLUMN author; ALTER TABLE " + schema
                                       + ".lead_state DROP COLUMN event_months; UPDATE " + schema
                                       + ".leadstage_schema SET version = 14",
                                   u"test"_qs));
        QCOMPARE(Schema::latestVersion(), 16); // the steps this test takes
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
        TestServer::dropRoles(connection, m_schema, {"ann"});
    }

    void aReaderReadsItAsItIs()
    {
        const Run list = leadstage({u"model"_qs, u"list"_qs, TestServer::address(m_schema)});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(
                     QRegularExpression(u"^ +1  Default +1  \\S+Z +- +yes +"_qs, QRegularExpression::MultilineOption)),
                 qPrintable(list.out));
        QCOMPARE(version(), u"14"_qs);
    }

    void aCopyAsksForTheUpgrade()
    {
        const QString copy = m_dir.filePath(u"copy.leadstage"_qs);
        const Run refused = leadstage({u"workspace"_qs, u"copy"_qs, TestServer::address(m_schema), copy});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"the workspace has schema version 14; a copy needs version 16"_qs),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"Ask one of its owners to open it once"_qs), qPrintable(refused.err));
        QVERIFY(!QFile::exists(copy));
    }

    // An analyst may change the workspace but not the owners' tables: the version saved
    // records no author, and LeadStage says why; a rescore writes lead_state as it is.
    void anAnalystSavesAsItIs()
    {
        const Run saved = leadstage({u"model"_qs, u"import"_qs, asAnalyst(), m_model, u"--comment"_qs, u"old"_qs});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY2(saved.err.contains(u"This team workspace has schema version 14: the model versions saved in it record "
                                    "no author until one of its owners opens it in this LeadStage, which upgrades it "
                                    "to version 16."_qs),
                 qPrintable(saved.err));
        // And rescores it as it is: lead_state without event_months.
        const Run scored = leadstage({u"score"_qs, asAnalyst(), u"--as-of"_qs, u"2025-10-01"_qs});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        QVERIFY2(scored.out.contains(u"(200 rows written)"_qs), qPrintable(scored.out));
        QCOMPARE(version(), u"14"_qs);
        QCOMPARE(TestServer::valueIn(m_schema, "SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                               "'%1' AND table_name = 'lead_state' AND column_name = 'event_months'"),
                 u"0"_qs);
        const Run metrics = leadstage({u"metrics"_qs, TestServer::address(m_schema), u"--format"_qs, u"json"_qs});
        QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.err));
    }

    void anOwnerUpgradesIt()
    {
        const Run scored = leadstage({u"score"_qs, TestServer::address(m_schema)});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        QVERIFY2(!scored.err.contains(u"schema version"_qs), qPrintable(scored.err));
        QCOMPARE(version(), u"16"_qs);
        QCOMPARE(authors(), u"1:-,2:-"_qs); // nobody recorded who saved those
        // The rescore wrote each IQL lead's months with events (version 16), and only theirs.
        QCOMPARE(TestServer::valueIn(m_schema, "SELECT count(*) FILTER (WHERE (iql_at IS NULL) <> (event_months IS "
                                               "NULL)) || '/' || (count(event_months) > 0) FROM \"%1\".lead_state"),
                 u"0/true"_qs);

        // From now on the server fills in who saves, whatever the client's account.
        const QByteArray account = qgetenv("USER");
        qputenv("USER", "someone-else");
        const Run saved = leadstage({u"model"_qs, u"import"_qs, asAnalyst(), m_model, u"--comment"_qs, u"new"_qs});
        qputenv("USER", account);
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY2(saved.err.isEmpty(), qPrintable(saved.err));
        QCOMPARE(authors(), u"1:-,2:-,3:%1"_qs.arg(analyst()));

        // And it copies to a file, authors and all.
        const QString copy = m_dir.filePath(u"upgraded.leadstage"_qs);
        const Run copied = leadstage({u"workspace"_qs, u"copy"_qs, TestServer::address(m_schema), copy});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        const Run list = leadstage({u"model"_qs, u"list"_qs, copy});
        QVERIFY2(list.out.contains(QRegularExpression(u"^ +3  Default +3  \\S+Z +%1 +new$"_qs.arg(analyst()),
                                                      QRegularExpression::MultilineOption)),
                 qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(TestCliServerUpgrade)
#include "tst_cli_serverupgrade.moc"
