// DeferredIndexes: a table's own indexes dropped for a bulk rewrite and built again
// exactly as defined (partial, expression and multi-column ones too), a constraint's
// index left alone, other tables' indexes untouched, a rollback bringing the dropped
// indexes back, and nothing dropped while a read is underway.

#include "store/Database.h"
#include "store/DeferredIndexes.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LeadStage;

namespace {

// name=sql lines of every index, constraint indexes (no sql) as name=(constraint).
QStringList indexes(Database &database)
{
    auto query = database.prepare("SELECT name, coalesce(sql, '(constraint)') FROM sqlite_schema "
                                  "WHERE type = 'index' ORDER BY name");
    QStringList found;
    while (query && *query->step())
        found << query->text(0) + u'=' + query->text(1);
    return found;
}

Database openScratch(const QTemporaryDir &dir)
{
    auto database = Database::open(dir.filePath(u"t.db"_qs), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!database)
        qFatal("cannot open the scratch database");
    for (const char *ddl :
         {"CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT UNIQUE, b TEXT, c INTEGER)", "CREATE INDEX t_by_b ON t(b)",
          "CREATE INDEX \"t by \"\"c\"\", b\" ON t(c DESC, b) WHERE c > 0", "CREATE INDEX t_lower ON t(lower(b))",
          "CREATE TABLE u (x TEXT)", "CREATE INDEX u_by_x ON u(x)",
          "INSERT INTO t (a, b, c) VALUES ('k1', 'B', 2), ('k2', 'a', 0), ('k3', 'c', 5)"})
        if (!database->exec(ddl))
            qFatal("cannot build the scratch schema");
    return std::move(*database);
}

} // namespace

class TestDeferredIndexes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropsOnlyTheTablesOwnIndexes()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        auto deferred = DeferredIndexes::drop(database, "t");
        QVERIFY2(deferred.ok(), qPrintable(deferred.ok() ? QString() : deferred.error().toString()));
        QCOMPARE(deferred->count(), std::size_t(3));
        QCOMPARE(indexes(database),
                 QStringList({u"sqlite_autoindex_t_1=(constraint)"_qs, u"u_by_x=CREATE INDEX u_by_x ON u(x)"_qs}));
    }

    void rebuildsEachIndexAsDefined()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        const QStringList before = indexes(database);
        auto deferred = DeferredIndexes::drop(database, "t");
        QVERIFY(deferred.ok());
        QVERIFY(database.exec("DELETE FROM t"));
        QVERIFY(database.exec("INSERT INTO t (a, b, c) VALUES ('k9', 'z', 1)"));
        QVERIFY(deferred->rebuild().ok());
        QCOMPARE(indexes(database), before);
        QCOMPARE(deferred->count(), std::size_t(0));
        // The rebuilt index holds the new rows: the partial index answers this alone.
        auto query = database.prepare("SELECT count(*) FROM t INDEXED BY \"t by \"\"c\"\", b\" WHERE c > 0");
        QVERIFY(query.ok() && *query->step());
        QCOMPARE(query->int64(0), std::int64_t(1));
        auto check = database.prepare("PRAGMA integrity_check");
        QVERIFY(check.ok() && *check->step());
        QCOMPARE(check->text(0), u"ok"_qs);
    }

    void rollbackBringsThemBack()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        const QStringList before = indexes(database);
        {
            Transaction transaction(database);
            QVERIFY(transaction.isActive());
            auto deferred = DeferredIndexes::drop(database, "t");
            QVERIFY(deferred.ok());
            QCOMPARE(indexes(database).size(), 2);
            transaction.rollback();
        }
        QCOMPARE(indexes(database), before);
    }

    // SQLite would refuse the DROP while a read is part way: nothing is deferred then.
    void aReadUnderwayDefersNothing()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        const QStringList before = indexes(database);
        auto reading = database.prepare("SELECT a FROM t");
        QVERIFY(reading.ok() && *reading->step());
        auto deferred = DeferredIndexes::drop(database, "t");
        QVERIFY2(deferred.ok(), qPrintable(deferred.ok() ? QString() : deferred.error().toString()));
        QCOMPARE(deferred->count(), std::size_t(0));
        QCOMPARE(indexes(database), before);
        QVERIFY(deferred->rebuild().ok());
        reading->reset();
        auto now = DeferredIndexes::drop(database, "t");
        QVERIFY(now.ok());
        QCOMPARE(now->count(), std::size_t(3));
        QVERIFY(now->rebuild().ok());
        QCOMPARE(indexes(database), before);
    }

    void aTableWithoutIndexesIsFine()
    {
        QTemporaryDir dir;
        Database database = openScratch(dir);
        QVERIFY(database.exec("CREATE TABLE plain (v)"));
        auto deferred = DeferredIndexes::drop(database, "plain");
        QVERIFY(deferred.ok());
        QCOMPARE(deferred->count(), std::size_t(0));
        QVERIFY(deferred->rebuild().ok());
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"
