// Workspace::open on a server address: a workspace opened for reading is refused
// every write by the server itself, not only by LeadStage; an address without a
// workspace, of a schema that is no workspace, or of a server that is not there is
// refused with what to do; a workspace opened for writing holds the write lock until
// it is closed, and a second one is told who holds it.

#include "TestServer.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

class TestServerWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_schema;

    static Result<std::unique_ptr<Workspace>> open(const QString &address, Workspace::Access access)
    {
        return Workspace::open(address, Workspace::Options{access, Workspace::Missing::Fail});
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        m_schema = TestServer::schemaName(u"openserver"_qs);
        const QString failed = TestServer::demoInSchema(m_dir.filePath(u"small.leadstage"_qs), 200, m_schema);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema + u"_foreign"_qs);
        QVERIFY(connection.execute("CREATE SCHEMA " + m_schema.toStdString() + "_foreign; CREATE TABLE "
                                       + m_schema.toStdString() + "_foreign.t (x int)",
                                   u"test"_qs));
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
        TestServer::dropSchema(connection, m_schema + u"_foreign"_qs);
    }

    void readerIsRefusedWritesByTheServer()
    {
        auto workspace = open(TestServer::address(m_schema), Workspace::Access::ReadOnly);
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().toString()));
        QVERIFY((*workspace)->isOnServer());
        QVERIFY((*workspace)->isReadOnly());
        QCOMPARE((*workspace)->name(), m_schema);
        Database &database = (*workspace)->database();
        auto count = database.prepare("SELECT count(*) FROM leads");
        QVERIFY(count && *count->step());
        QCOMPARE(count->int64(0), 200);
        const Status deleted = database.exec("DELETE FROM leads");
        QVERIFY(!deleted);
        QVERIFY2(deleted.error().what.contains(u"read-only transaction"_qs), qPrintable(deleted.error().what));
        count->reset();
        QVERIFY(*count->step());
        QCOMPARE(count->int64(0), 200);
    }

    void refusedAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("says");
        QTest::newRow("no such schema") << TestServer::address(u"no_such_schema"_qs) << u"there is no schema"_qs;
        QTest::newRow("not a workspace") << TestServer::address(u"SCHEMA_foreign"_qs)
                                         << u"is not a LeadStage workspace"_qs;
        QTest::newRow("no server there") << u"postgresql://nobody@/nowhere?host=/nonexistent&schema=x"_qs
                                         << u"cannot connect to the server"_qs;
        QTest::newRow("password in the address") << u"postgresql://a:secret@/db?schema=x"_qs << u"password"_qs;
    }

    void refusedAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, says);
        address.replace(u"SCHEMA"_qs, m_schema);
        for (const auto access : {Workspace::Access::ReadOnly, Workspace::Access::ReadWrite}) {
            auto workspace = open(address, access);
            QVERIFY(!workspace);
            QVERIFY2(workspace.error().toString().contains(says), qPrintable(workspace.error().toString()));
            QVERIFY(!workspace.error().toString().contains(u"secret"_qs));
        }
    }

    void writerHoldsTheLockUntilClosed()
    {
        auto first = open(TestServer::address(m_schema), Workspace::Access::ReadWrite);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        auto second = open(TestServer::address(m_schema), Workspace::Access::ReadWrite);
        QVERIFY(!second);
        QVERIFY2(second.error().what.contains(u"is being changed by leadstage_test"_qs),
                 qPrintable(second.error().what));
        // A reader is never kept out.
        QVERIFY(open(TestServer::address(m_schema), Workspace::Access::ReadOnly));
        // Connections the writer opens for its own threads do not take the lock again.
        QVERIFY((*first)->openConnection());
        first->reset();
        QVERIFY(open(TestServer::address(m_schema), Workspace::Access::ReadWrite));
    }
};

QTEST_GUILESS_MAIN(TestServerWorkspace)
#include "tst_serverworkspace.moc"
