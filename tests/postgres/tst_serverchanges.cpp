// LISTEN/NOTIFY between sessions on one server (issue 21: an analyst sees another's
// change when it commits): a change is heard once committed, never when rolled back,
// only by the listeners of its own workspace, with the role that made it; a listener
// whose connection is lost says so.
#include "TestServer.h"

#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "store/postgres/ServerChanges.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>

using namespace LeadStage;

namespace {

// What the listener hears of its workspace within `ms`: tests running at once rescore
// other workspaces, whose notices wake it too and are left out.
std::vector<ServerChange> heard(ServerChangeListener &listener, int ms)
{
    QElapsedTimer clock;
    clock.start();
    for (qint64 left = ms; left > 0; left = ms - clock.elapsed()) {
        pollfd wanted{listener.socket(), POLLIN, 0};
        if (::poll(&wanted, 1, int(left)) <= 0)
            return {};
        auto changes = listener.take();
        if (!changes)
            qFatal("%s", qPrintable(changes.error().toString()));
        if (!changes->empty())
            return *changes;
    }
    return {};
}

} // namespace

class TestServerChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_schema;

    std::unique_ptr<Workspace> openWriter()
    {
        auto workspace = Workspace::open(TestServer::address(m_schema), Workspace::Options{});
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().toString()));
        return std::move(*workspace);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        m_schema = TestServer::schemaName(u"changes"_qs);
        const QString failed = TestServer::demoInSchema(m_dir.filePath(u"small.leadstage"_qs), 100, m_schema);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
    }

    void heardWhenCommittedNeverWhenRolledBack()
    {
        auto listener = ServerChangeListener::listen(TestServer::address(m_schema));
        QVERIFY2(listener, qPrintable(listener ? QString() : listener.error().toString()));
        auto other = ServerChangeListener::listen(TestServer::address(m_schema + u"_other"_qs));
        QVERIFY(other);
        auto writer = openWriter();
        {
            Transaction rolledBack(writer->database());
            QVERIFY(ServerChanges::announce(writer->database(), ServerChanges::rescore));
            QVERIFY(heard(*listener, 300).empty()); // not before the commit
        }
        QVERIFY(heard(*listener, 300).empty()); // nor after the rollback
        const std::int64_t before = QDateTime::currentSecsSinceEpoch();
        {
            Transaction committed(writer->database());
            QVERIFY(ServerChanges::announce(writer->database(), ServerChanges::rescore));
            QVERIFY(committed.commit());
        }
        const std::vector<ServerChange> changes = heard(*listener, 5000);
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].what, u"rescore"_qs);
        QCOMPARE(changes[0].by, u"leadstage_test"_qs);
        QVERIFY(changes[0].at >= before - 1 && changes[0].at <= QDateTime::currentSecsSinceEpoch() + 1);
        QVERIFY(heard(*other, 300).empty()); // another workspace's listener ignores it
    }

    void aRescoreIsAnnounced()
    {
        auto listener = ServerChangeListener::listen(TestServer::address(m_schema));
        QVERIFY(listener);
        QProcess score;
        score.start(QStringLiteral(LEADSTAGE_BINARY), {u"score"_qs, TestServer::address(m_schema)});
        QVERIFY(score.waitForFinished(120000));
        QVERIFY2(score.exitCode() == 0, score.readAllStandardError().constData());
        const std::vector<ServerChange> changes = heard(*listener, 5000);
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].what, u"rescore"_qs);
    }

    void aLostConnectionIsSaid()
    {
        auto listener = ServerChangeListener::listen(TestServer::address(m_schema));
        QVERIFY(listener);
        ServerConnection admin = TestServer::connect();
        QVERIFY(
            admin.query("SELECT pg_terminate_backend($1::int)", {QString::number(listener->backendPid())}, u"test"_qs));
        // The server's goodbye and the end of the connection may come in two reads.
        Result<std::vector<ServerChange>> taken = std::vector<ServerChange>();
        for (int read = 0; read < 10 && taken; ++read) {
            pollfd wanted{listener->socket(), POLLIN, 0};
            QVERIFY(::poll(&wanted, 1, 5000) > 0);
            taken = listener->take();
            QVERIFY(!taken || taken->empty());
        }
        QVERIFY(!taken);
        QVERIFY2(taken.error().what.contains(u"listening for other analysts' changes"_qs),
                 qPrintable(taken.error().toString()));
    }
};

QTEST_MAIN(TestServerChanges)
#include "tst_serverchanges.moc"
