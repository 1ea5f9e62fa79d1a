// WatchedCopy: a derived table replaced whole with its three triggers, emptied by any
// change to the table it follows, trusted only while all three triggers exist, a failed
// write undone alone (the old copy forgotten), a copy of two tables, and a transaction
// SQLite ended said as an error. As tst_watchedcopy_on_server, in a schema of its own on
// the test server, where the triggers run a function once a statement.

#include "../EitherStoreSql.h"
#include "../ServerPlacement.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/WatchedCopy.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LeadStage;

namespace {

// The test server's schemas made so far, dropped at the end.
QStringList &scratchSchemas()
{
    static QStringList schemas;
    return schemas;
}

// A file, or a new schema on the test server that the connection's search_path names
// (its name is this test's own: the process id and a count).
Database openScratch(const QTemporaryDir &dir)
{
    std::optional<Database> database;
    if (Testing::ServerPlacement::wanted()) {
        const QString schema = TestServer::schemaName(u"scratch_%1"_qs.arg(scratchSchemas().size()));
        scratchSchemas() << schema;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, schema);
        const std::string name = schema.toStdString();
        if (!connection.execute("CREATE SCHEMA " + name + "; SET search_path TO " + name,
                                u"making a scratch schema"_qs))
            qFatal("cannot make the scratch schema");
        database.emplace(std::make_unique<ServerConnection>(std::move(connection)), schema);
    } else {
        auto opened = Database::open(dir.filePath(u"t.db"_qs), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!opened)
            qFatal("cannot open the scratch database");
        database.emplace(std::move(*opened));
    }
    for (const char *ddl :
         {"CREATE TABLE facts (id INTEGER PRIMARY KEY, v INTEGER)", "CREATE TABLE fact_sums (total INTEGER)",
          "INSERT INTO facts (id, v) VALUES (1, 1), (2, 2), (3, 3)"})
        if (!database->exec(ddl))
            qFatal("%s", ddl);
    return std::move(*database);
}

std::int64_t triggers(Database &database, const char *pattern = "%")
{
    return Testing::EitherStoreSql::triggers(database, pattern);
}

bool dropTrigger(Database &database, const QString &name)
{
    return Testing::EitherStoreSql::exec(database, u"DROP TRIGGER "_qs + name);
}

std::int64_t count(Database &database, const char *sql)
{
    auto query = database.prepare(sql);
    return query && query->step().value() ? query->int64(0) : -1;
}

const WatchedCopy sums("fact_sums", "facts");

Status fillSum(Database &database)
{
    return database.exec("INSERT INTO fact_sums SELECT sum(v) FROM facts");
}

// Replaced in a write transaction of its own, as a rescore writes it in its own.
Result<bool> replaced(const WatchedCopy &copy, Database &database)
{
    Transaction transaction(database);
    auto written = copy.replace(
        database, [&] { return fillSum(database); }, u"the sums"_qs);
    if (written && !transaction.commit())
        return false;
    return written;
}

} // namespace

class WatchedCopyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase()
    {
        if (scratchSchemas().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        for (const QString &schema : scratchSchemas())
            TestServer::dropSchema(connection, schema);
    }

    void replacedWholeAndTrusted()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(!sums.trusted(database).value());
        Transaction transaction(database);
        for (int time = 0; time < 2; ++time)
            QVERIFY(sums.replace(
                            database, [&] { return fillSum(database); }, u"the sums"_qs)
                        .value());
        QVERIFY(transaction.commit());
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 1);
        QCOMPARE(count(database, "SELECT total FROM fact_sums"), 6);
        QVERIFY(sums.trusted(database).value());
    }

    void anyChangeToTheWatchedTableEmptiesIt_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("insert") << u"INSERT INTO facts (id, v) VALUES (4, 4)"_qs;
        QTest::newRow("update") << u"UPDATE facts SET v = 9 WHERE id = 1"_qs;
        QTest::newRow("delete") << u"DELETE FROM facts WHERE id = 2"_qs;
    }

    void anyChangeToTheWatchedTableEmptiesIt()
    {
        QFETCH(QString, sql);
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(replaced(sums, database).value());
        QVERIFY(database.exec(sql.toStdString()));
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
    }

    void untrustedWithoutAllItsTriggers()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(replaced(sums, database).value());
        QVERIFY(dropTrigger(database, u"fact_sums_after_delete"_qs));
        QVERIFY(!sums.trusted(database).value());
        QVERIFY(sums.forget(database));
        QCOMPARE(triggers(database), 0);
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
        const WatchedCopy absent("no_such_table", "facts");
        QVERIFY(!absent.exists(database).value());
        QVERIFY(absent.forget(database));
        QVERIFY(!replaced(absent, database).value());
    }

    // Its savepoint belongs to the caller's write transaction: without one, an error.
    void outsideATransactionIsAnError()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        const auto written = sums.replace(
            database, [&] { return fillSum(database); }, u"the sums"_qs);
        QVERIFY(!written);
        QVERIFY2(written.error().what.contains(u"writing the sums outside a write transaction"_qs),
                 qPrintable(written.error().toString()));
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
        QCOMPARE(triggers(database), 0);
    }

    // A fill that fails is undone alone: the caller's transaction and what it wrote stand.
    void aFailedWriteIsUndoneAlone()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        Transaction transaction(database);
        QVERIFY(database.exec("INSERT INTO facts (id, v) VALUES (10, 10)"));
        const auto written = sums.replace(
            database,
            [&] {
                return Status(Error{u"disk full"_qs, QString()});
            },
            u"the sums"_qs);
        QVERIFY(written.ok());
        QVERIFY(!*written);
        QVERIFY(transaction.commit());
        QCOMPARE(count(database, "SELECT count(*) FROM facts"), 4);
        QCOMPARE(triggers(database), 0);
    }

    // The copy the failed write was to replace (perhaps a damaged one) is forgotten too,
    // so that no later reader trusts it.
    void aFailedWriteForgetsTheOldCopy()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(replaced(sums, database).value());
        QVERIFY(sums.trusted(database).value());
        Transaction transaction(database);
        const auto written = sums.replace(
            database,
            [] {
                return Status(Error{u"disk full"_qs, QString()});
            },
            u"the sums"_qs);
        QVERIFY(written.ok() && !*written);
        QVERIFY(transaction.commit());
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
        QVERIFY(!sums.trusted(database).value());
    }

    // The table dropped by hand leaves its triggers naming it, and every write to the
    // watched table fails on them: forgetting takes them away all the same.
    void forgetAfterTheTableWentByHand()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(replaced(sums, database).value());
        QVERIFY(database.exec("DROP TABLE fact_sums"));
        QVERIFY(!database.exec("INSERT INTO facts (id, v) VALUES (4, 4)"));
        QVERIFY(sums.forget(database));
        QCOMPARE(triggers(database), 0);
        QVERIFY(database.exec("INSERT INTO facts (id, v) VALUES (4, 4)"));
    }

    // A copy of two tables: three triggers on each, named after the table they watch; a
    // change to either empties it, and it is trusted only while all six exist.
    void aCopyOfTwoTables()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(database.exec("CREATE TABLE more_facts (v INTEGER)"));
        const WatchedCopy both("fact_sums", std::vector<std::string>{"facts", "more_facts"});
        QVERIFY(replaced(both, database).value());
        QCOMPARE(triggers(database, "fact_sums_after_more_facts_%"), 3);
        QCOMPARE(triggers(database, "fact_sums_after_facts_%"), 3);
        QVERIFY(both.trusted(database).value());
        QVERIFY(!sums.trusted(database).value()); // the one-table names are not there
        QVERIFY(database.exec("INSERT INTO more_facts (v) VALUES (5)"));
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
        QVERIFY(replaced(both, database).value());
        QVERIFY(database.exec("DELETE FROM facts WHERE v = 1"));
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
        QVERIFY(replaced(both, database).value());
        QVERIFY(dropTrigger(database, u"fact_sums_after_more_facts_update"_qs));
        QVERIFY(!both.trusted(database).value());
        QVERIFY(both.forget(database));
        QCOMPARE(triggers(database), 0);
    }

    // As SQLITE_FULL can: the whole transaction ends inside the write. That is an error,
    // not a copy left out, for what the caller wrote before is gone too.
    void aTransactionEndedInsideIsAnError()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(database.exec("BEGIN"));
        const auto written = sums.replace(
            database,
            [&] {
                (void)database.exec("ROLLBACK");
                return Status(Error{u"database or disk is full"_qs, QString()});
            },
            u"the sums"_qs);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().what.contains(u"writing the sums ended the transaction: database or disk is full"_qs),
                 qPrintable(written.error().what));
    }
};

QTEST_GUILESS_MAIN(WatchedCopyTest)
#include "tst_watchedcopy.moc"
