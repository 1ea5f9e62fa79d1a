// ServerConnection against the real test server: parameters (never SQL text), NULLs
// and UTF-8 both ways, COPY in and out, transactions that roll back unless committed,
// and errors that say what failed, where, and what to do.

#include "TestServer.h"

#include "store/postgres/ServerError.h"
#include "store/postgres/ServerPasswords.h"
#include "store/postgres/ServerTransaction.h"

#include <QTest>

using namespace LeadStage;

Q_DECLARE_METATYPE(std::optional<QString>)

class TestServerConnection : public QObject
{
    Q_OBJECT

    QString m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        m_schema = TestServer::schemaName(u"connection"_qs);
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
        const std::string create = "CREATE SCHEMA " + m_schema.toStdString() + "; CREATE TABLE "
                                   + m_schema.toStdString()
                                   + ".t (id bigint PRIMARY KEY, name text, amount double precision)";
        QVERIFY(connection.execute(create, u"test"_qs));
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
    }

    void labelNamesDatabaseAndUser()
    {
        ServerConnection connection = TestServer::connect();
        QVERIFY2(connection.label().startsWith(u"database leadstage_test on "_qs), qPrintable(connection.label()));
        QVERIFY2(connection.label().endsWith(u":5432 as leadstage_test"_qs), qPrintable(connection.label()));
    }

    // The window asks for a password only when the server wants one: tryLogin says
    // which, and a password typed (ServerPasswords) serves every later connection.
    void loginAsksForAPasswordOnlyWhenNeeded()
    {
        TestServer::makePasswordRole();
        QCOMPARE(ServerConnection::tryLogin(TestServer::parsed(u"unused"_qs)).outcome,
                 ServerLogin::Outcome::LoggedIn); // trusted, no password

        auto address = WorkspaceAddress::parse(TestServer::asPasswordRole(TestServer::address(u"unused"_qs)));
        QVERIFY(address);
        ServerPasswords::forget(address->connectionUri());
        ServerLogin login = ServerConnection::tryLogin(*address);
        QCOMPARE(login.outcome, ServerLogin::Outcome::NeedsPassword);
        QCOMPARE(login.user, QString::fromLatin1(TestServer::passwordRole));
        QVERIFY2(login.error.hint.contains(u"~/.pgpass"_qs), qPrintable(login.error.toString()));
        QVERIFY(!ServerConnection::connect(*address));

        ServerPasswords::remember(address->connectionUri(), u"wrong"_qs);
        login = ServerConnection::tryLogin(*address);
        QCOMPARE(login.outcome, ServerLogin::Outcome::PasswordRefused);
        QVERIFY2(login.error.what.contains(u"password authentication failed"_qs), qPrintable(login.error.what));

        // A password tried is not kept: the wrong one stays the remembered one.
        QCOMPARE(ServerConnection::tryLogin(*address, QString::fromLatin1(TestServer::passwordRolePassword)).outcome,
                 ServerLogin::Outcome::LoggedIn);
        QCOMPARE(ServerConnection::tryLogin(*address).outcome, ServerLogin::Outcome::PasswordRefused);
        ServerPasswords::remember(address->connectionUri(), QString::fromLatin1(TestServer::passwordRolePassword));
        QCOMPARE(ServerConnection::tryLogin(*address).outcome, ServerLogin::Outcome::LoggedIn);
        auto connected = ServerConnection::connect(*address);
        QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().toString()));
        QVERIFY(connected->label().endsWith(u" as leadstage_password_test"_qs));
        // Another address on the same server as the same user shares it; another user does not.
        auto sameServer = WorkspaceAddress::parse(TestServer::asPasswordRole(TestServer::address(u"other"_qs)));
        QVERIFY(sameServer);
        QCOMPARE(sameServer->connectionUri(), address->connectionUri());

        ServerPasswords::forget(address->connectionUri());
        QCOMPARE(ServerConnection::tryLogin(*address).outcome, ServerLogin::Outcome::NeedsPassword);

        auto unreachable =
            WorkspaceAddress::parse(u"postgresql://nobody@/leadstage_test?host=/nonexistent&schema=x"_qs);
        QVERIFY(unreachable);
        QCOMPARE(ServerConnection::tryLogin(*unreachable).outcome, ServerLogin::Outcome::Failed);
    }

    void parametersTravelAsValues_data()
    {
        QTest::addColumn<std::optional<QString>>("value");
        QTest::newRow("plain") << std::optional<QString>(u"Acme"_qs);
        QTest::newRow("NULL") << std::optional<QString>();
        QTest::newRow("empty is not NULL") << std::optional<QString>(QString(u""_qs));
        QTest::newRow("quote and injection") << std::optional<QString>(u"x'); DROP TABLE t; --"_qs);
        QTest::newRow("UTF-8") << std::optional<QString>(u"Müller · 東京 · 🙂"_qs);
        QTest::newRow("tab, newline, backslash") << std::optional<QString>(u"a\tb\nc\\d"_qs);
    }

    void parametersTravelAsValues()
    {
        QFETCH(std::optional<QString>, value);
        ServerConnection connection = TestServer::connect();
        auto echoed = connection.query("SELECT $1::text, $1::text IS NULL, length($1::text)", {value}, u"echo"_qs);
        QVERIFY2(echoed, qPrintable(echoed ? QString() : echoed.error().toString()));
        QCOMPARE(echoed->rows(), 1);
        QCOMPARE(echoed->isNull(0, 0), !value.has_value());
        QCOMPARE(echoed->text(0, 1), value ? u"f"_qs : u"t"_qs);
        if (value) {
            QCOMPARE(echoed->text(0, 0), *value);
            QCOMPARE(echoed->int64(0, 2), std::optional<std::int64_t>(value->toUcs4().size()));
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        ServerConnection connection = TestServer::connect();
        const std::string table = m_schema.toStdString() + ".t";
        {
            ServerTransaction transaction(connection);
            QVERIFY(transaction.isActive());
            QVERIFY(connection.query("INSERT INTO " + table + " (id, name) VALUES ($1, $2)", {u"1"_qs, u"gone"_qs},
                                     u"insert"_qs));
        } // no commit
        {
            ServerTransaction transaction(connection);
            QVERIFY(connection.query("INSERT INTO " + table + " (id, name) VALUES ($1, $2)", {u"2"_qs, u"kept"_qs},
                                     u"insert"_qs));
            QVERIFY(transaction.commit());
        }
        auto rows = connection.query("SELECT id, name FROM " + table + " ORDER BY id", {}, u"read"_qs);
        QVERIFY(rows);
        QCOMPARE(rows->rows(), 1);
        QCOMPARE(rows->int64(0, 0), std::optional<std::int64_t>(2));
        QCOMPARE(rows->text(0, 1), u"kept"_qs);
        QVERIFY(connection.query("DELETE FROM " + table, {}, u"clean"_qs));
    }

    void commitOfAFailedTransactionIsAnError()
    {
        ServerConnection connection = TestServer::connect();
        ServerTransaction transaction(connection);
        QVERIFY(!connection.query("SELECT 1/0", {}, u"dividing"_qs));
        const Status committed = transaction.commit();
        QVERIFY(!committed);
        QVERIFY2(committed.error().what.contains(u"rolled it back"_qs), qPrintable(committed.error().what));
    }

    void copyInAndOut()
    {
        ServerConnection connection = TestServer::connect();
        const std::string table = m_schema.toStdString() + ".t";
        ServerTransaction transaction(connection);
        QVERIFY(connection.beginCopyIn("COPY " + table + " (id, name, amount) FROM STDIN", u"copy in"_qs));
        QVERIFY(connection.putCopyData("10\tTen\t0.1\n11\t\\N\t-2.5\n"));
        QVERIFY(connection.putCopyData("12\ttab\\there\t1e+300\n"));
        QVERIFY(connection.endCopyIn());
        QByteArray out;
        QVERIFY(connection.copyOut(
            "COPY (SELECT id, name, amount FROM " + table + " ORDER BY id) TO STDOUT",
            [&out](std::string_view line) {
                out.append(line.data(), qsizetype(line.size()));
                return Status();
            },
            u"copy out"_qs));
        QCOMPARE(out, QByteArray("10\tTen\t0.1\n11\t\\N\t-2.5\n12\ttab\\there\t1e+300\n"));
        // A failing reader stops the copy with its own error, and the connection stays usable.
        const Status stopped = connection.copyOut(
            "COPY (SELECT id FROM " + table + ") TO STDOUT",
            [](std::string_view) { return Status(Error{u"reader refused"_qs}); }, u"copy out"_qs);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().what, u"reader refused"_qs);
        QVERIFY(connection.query("SELECT 1", {}, u"after"_qs));
    }

    void copyInErrorNamesTheLine()
    {
        ServerConnection connection = TestServer::connect();
        ServerTransaction transaction(connection);
        QVERIFY(connection.beginCopyIn("COPY " + m_schema.toStdString() + ".t (id, name) FROM STDIN",
                                       u"writing the table t"_qs));
        QVERIFY(connection.putCopyData("1\tfine\nnot-a-number\tbad\n"));
        const Status ended = connection.endCopyIn();
        QVERIFY(!ended);
        QVERIFY2(ended.error().what.startsWith(u"writing the table t: invalid input syntax for type bigint"_qs),
                 qPrintable(ended.error().what));
        QVERIFY2(ended.error().what.contains(u"line 2"_qs), qPrintable(ended.error().what));
        QVERIFY2(ended.error().what.contains(u"[SQLSTATE 22P02]"_qs), qPrintable(ended.error().what));
        QVERIFY2(ended.error().hint.contains(u"does not fit its column's type"_qs), qPrintable(ended.error().hint));
        QCOMPARE(ended.error().where, connection.label());
    }

    void cancelledCopyLeavesTheConnectionUsable()
    {
        ServerConnection connection = TestServer::connect();
        {
            ServerTransaction transaction(connection);
            QVERIFY(connection.beginCopyIn("COPY " + m_schema.toStdString() + ".t (id) FROM STDIN", u"copy"_qs));
            QVERIFY(connection.putCopyData("99\n"));
            connection.cancelCopyIn();
        }
        auto count =
            connection.query("SELECT count(*) FROM " + m_schema.toStdString() + ".t WHERE id = 99", {}, u"count"_qs);
        QVERIFY2(count, qPrintable(count ? QString() : count.error().toString()));
        QCOMPARE(count->int64(0, 0), std::optional<std::int64_t>(0));
    }

    void statementErrors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("hint");
        QTest::newRow("syntax") << u"SELEC 1"_qs << u"syntax error at or near \"SELEC\" [SQLSTATE 42601]"_qs
                                << u"The server's log says more about it."_qs;
        QTest::newRow("missing schema") << u"CREATE TABLE no_such_schema.x (a int)"_qs
                                        << u"schema \"no_such_schema\" does not exist [SQLSTATE 3F000]"_qs
                                        << u"check ?schema= in the address"_qs;
        QTest::newRow("division by zero") << u"SELECT 1/0"_qs << u"division by zero [SQLSTATE 22012]"_qs
                                          << u"The server's log says more about it."_qs;
    }

    void statementErrors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, what);
        QFETCH(QString, hint);
        ServerConnection connection = TestServer::connect();
        auto failed = connection.query(sql.toStdString(), {}, u"doing the test"_qs);
        QVERIFY(!failed);
        QCOMPARE(failed.error().what, u"doing the test: "_qs + what);
        QVERIFY2(failed.error().hint.contains(hint), qPrintable(failed.error().hint));
        QCOMPARE(failed.error().where, connection.label());
    }

    void connectionErrors_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("hint");
        QTest::newRow("missing database") << u"/leadstage_test?|/no_such_database?"_qs
                                          << u"database \"no_such_database\" does not exist"_qs << u"createdb"_qs;
        QTest::newRow("missing user") << u"leadstage_test@|nobody_here@"_qs << u"role \"nobody_here\" does not exist"_qs
                                      << u"createuser"_qs;
        QTest::newRow("no server at that socket")
            << u"port=5432|port=5999"_qs << u"No such file or directory"_qs << u"Check that the server is running"_qs;
    }

    void connectionErrors()
    {
        QFETCH(QString, change);
        QFETCH(QString, what);
        QFETCH(QString, hint);
        const QString text = TestServer::address(u"s"_qs).replace(change.section(u'|', 0, 0), change.section(u'|', 1));
        auto address = WorkspaceAddress::parse(text);
        QVERIFY(address);
        auto connection = ServerConnection::connect(*address);
        QVERIFY(!connection);
        QVERIFY2(connection.error().what.startsWith(u"cannot connect to the server: "_qs),
                 qPrintable(connection.error().what));
        QVERIFY2(connection.error().what.contains(what), qPrintable(connection.error().what));
        QVERIFY2(connection.error().hint.contains(hint), qPrintable(connection.error().hint));
        QCOMPARE(connection.error().where, text);
    }

    void hintsForCommonStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("hint");
        QTest::newRow("password") << u"28P01"_qs << u"~/.pgpass"_qs;
        QTest::newRow("no database") << u"3D000"_qs << u"createdb -O USER DATABASE"_qs;
        QTest::newRow("no right") << u"42501"_qs << u"GRANT CREATE ON DATABASE"_qs;
        QTest::newRow("standby") << u"25006"_qs << u"connect to the primary"_qs;
        QTest::newRow("connection class") << u"08003"_qs << u"connection to the server broke"_qs;
        QTest::newRow("unknown") << u"XX000"_qs << QString();
    }

    void hintsForCommonStates()
    {
        QFETCH(QString, state);
        QFETCH(QString, hint);
        if (hint.isEmpty())
            QVERIFY(ServerError::hintFor(state).isEmpty());
        else
            QVERIFY2(ServerError::hintFor(state).contains(hint), qPrintable(ServerError::hintFor(state)));
    }
};

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
