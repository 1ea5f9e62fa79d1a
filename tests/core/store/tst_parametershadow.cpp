// ParameterShadow: each value reaches the statement once while it stays the same (a
// value set behind its back stays, which is how the test sees a bind skipped), every
// change reaches it, a NULL, a number and a text in one slot replace one another, and a
// BLOB is bound every time.

#include "store/Database.h"
#include "store/ParameterShadow.h"
#include "store/Statement.h"

#include <QTest>

#include <sqlite3.h>

using namespace LeadStage;

namespace {

// What `SELECT ?1` answers with the statement's current binding.
QString bound(Statement &select)
{
    auto row = select.step();
    const QString value = row && *row ? (select.isNull(0) ? u"NULL"_qs : select.text(0)) : u"(no row)"_qs;
    select.reset();
    return value;
}

Database inMemory()
{
    auto database = Database::open(u":memory:"_qs, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!database)
        qFatal("cannot open a database in memory");
    return std::move(*database);
}

constexpr std::string_view grade = "A";
constexpr std::string_view stage = "MQL";
const std::byte bytes[] = {std::byte{'x'}, std::byte{'y'}};

} // namespace

class TestParameterShadow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindsOnlyChanges_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("skipped");
        QTest::newRow("the same number") << u"7"_qs << u"7"_qs << true;
        QTest::newRow("another number") << u"7"_qs << u"8"_qs << false;
        QTest::newRow("NULL twice") << u"NULL"_qs << u"NULL"_qs << true;
        QTest::newRow("0 after NULL") << u"NULL"_qs << u"0"_qs << false;
        QTest::newRow("NULL after 0") << u"0"_qs << u"NULL"_qs << false;
        QTest::newRow("the same text") << u"A"_qs << u"A"_qs << true;
        QTest::newRow("another text") << u"A"_qs << u"MQL"_qs << false;
        QTest::newRow("a number after a text") << u"A"_qs << u"7"_qs << false;
        QTest::newRow("a BLOB is always bound") << u"xy"_qs << u"xy"_qs << false;
    }

    void bindsOnlyChanges()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, skipped);
        Database database = inMemory();
        auto select = database.prepare("SELECT ?1");
        QVERIFY(select.ok());
        ParameterShadow shadow(*select, 1);
        const auto bindThrough = [&](const QString &value) {
            if (value == u"NULL"_qs)
                shadow.bindNull(1);
            else if (value == u"A"_qs)
                shadow.bindLastingUtf8(1, grade);
            else if (value == u"MQL"_qs)
                shadow.bindLastingUtf8(1, stage);
            else if (value == u"xy"_qs)
                shadow.bindBlob(1, bytes);
            else
                shadow.bind(1, std::int64_t(value.toInt()));
        };
        bindThrough(first);
        QCOMPARE(bound(*select), first);
        select->bind(1, std::int64_t(-1)); // behind the shadow's back
        bindThrough(second);
        QCOMPARE(bound(*select), skipped ? u"-1"_qs : second);
    }

    void optionalNumbers()
    {
        Database database = inMemory();
        auto select = database.prepare("SELECT ?1, ?2");
        QVERIFY(select.ok());
        ParameterShadow shadow(*select, 2);
        shadow.bind(1, std::optional<std::int64_t>(5)).bind(2, std::optional<std::int64_t>());
        auto row = select->step();
        QVERIFY(row && *row);
        QCOMPARE(select->int64(0), 5);
        QVERIFY(select->isNull(1));
    }
};

QTEST_GUILESS_MAIN(TestParameterShadow)
#include "tst_parametershadow.moc"
