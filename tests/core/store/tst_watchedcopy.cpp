// WatchedCopy: a derived table replaced whole with its three triggers, emptied by any
// change to the table it follows, trusted only while all three triggers exist, a failed
// write undone alone (the old copy forgotten), a copy of two tables, and a transaction
// SQLite ended said as an error.

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/WatchedCopy.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LeadStage;

namespace {

Database openScratch(const QTemporaryDir &dir)
{
    auto database = Database::open(dir.filePath(u"t.db"_qs), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!database)
        qFatal("cannot open the scratch database");
    for (const char *ddl : {"CREATE TABLE facts (id INTEGER PRIMARY KEY, v INTEGER)",
                            "CREATE TABLE fact_sums (total INTEGER)", "INSERT INTO facts (v) VALUES (1), (2), (3)"})
        if (!database->exec(ddl))
            qFatal("%s", ddl);
    return std::move(*database);
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

} // namespace

class WatchedCopyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacedWholeAndTrusted()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(!sums.trusted(database).value());
        Transaction transaction(database);
        QVERIFY(sums.replace(
                        database, [&] { return fillSum(database); }, u"the sums"_qs)
                    .value());
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
        QTest::newRow("insert") << u"INSERT INTO facts (v) VALUES (4)"_qs;
        QTest::newRow("update") << u"UPDATE facts SET v = 9 WHERE id = 1"_qs;
        QTest::newRow("delete") << u"DELETE FROM facts WHERE id = 2"_qs;
    }

    void anyChangeToTheWatchedTableEmptiesIt()
    {
        QFETCH(QString, sql);
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(sums.replace(
                        database, [&] { return fillSum(database); }, u"the sums"_qs)
                    .value());
        QVERIFY(database.exec(sql.toStdString()));
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
    }

    void untrustedWithoutAllItsTriggers()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(sums.replace(
                        database, [&] { return fillSum(database); }, u"the sums"_qs)
                    .value());
        QVERIFY(database.exec("DROP TRIGGER fact_sums_after_delete"));
        QVERIFY(!sums.trusted(database).value());
        QVERIFY(sums.forget(database));
        QCOMPARE(count(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"), 0);
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
        const WatchedCopy absent("no_such_table", "facts");
        QVERIFY(!absent.exists(database).value());
        QVERIFY(absent.forget(database));
        QVERIFY(!absent
                     .replace(
                         database, [] { return Status(); }, u"nothing"_qs)
                     .value());
    }

    // A fill that fails is undone alone: the caller's transaction and what it wrote stand.
    void aFailedWriteIsUndoneAlone()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        Transaction transaction(database);
        QVERIFY(database.exec("INSERT INTO facts (v) VALUES (10)"));
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
        QCOMPARE(count(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"), 0);
    }

    // The copy the failed write was to replace (perhaps a damaged one) is forgotten too,
    // so that no later reader trusts it.
    void aFailedWriteForgetsTheOldCopy()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(sums.replace(
                        database, [&] { return fillSum(database); }, u"the sums"_qs)
                    .value());
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
        QVERIFY(sums.replace(
                        database, [&] { return fillSum(database); }, u"the sums"_qs)
                    .value());
        QVERIFY(database.exec("DROP TABLE fact_sums"));
        QVERIFY(!database.exec("INSERT INTO facts (v) VALUES (4)"));
        QVERIFY(sums.forget(database));
        QCOMPARE(count(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"), 0);
        QVERIFY(database.exec("INSERT INTO facts (v) VALUES (4)"));
    }

    // A copy of two tables: three triggers on each, named after the table they watch; a
    // change to either empties it, and it is trusted only while all six exist.
    void aCopyOfTwoTables()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(database.exec("CREATE TABLE more_facts (v INTEGER)"));
        const WatchedCopy both("fact_sums", std::vector<std::string>{"facts", "more_facts"});
        const auto fill = [&] { return fillSum(database); };
        QVERIFY(both.replace(database, fill, u"the sums"_qs).value());
        QCOMPARE(count(database,
                       "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'more_facts' "
                       "AND name LIKE 'fact_sums_after_more_facts_%'"),
                 3);
        QCOMPARE(count(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'facts' "
                                 "AND name LIKE 'fact_sums_after_facts_%'"),
                 3);
        QVERIFY(both.trusted(database).value());
        QVERIFY(!sums.trusted(database).value()); // the one-table names are not there
        QVERIFY(database.exec("INSERT INTO more_facts (v) VALUES (5)"));
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
        QVERIFY(both.replace(database, fill, u"the sums"_qs).value());
        QVERIFY(database.exec("DELETE FROM facts WHERE v = 1"));
        QCOMPARE(count(database, "SELECT count(*) FROM fact_sums"), 0);
        QVERIFY(both.replace(database, fill, u"the sums"_qs).value());
        QVERIFY(database.exec("DROP TRIGGER fact_sums_after_more_facts_update"));
        QVERIFY(!both.trusted(database).value());
        QVERIFY(both.forget(database));
        QCOMPARE(count(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"), 0);
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
