// sortUniqueIds: the ids in order, each once, whether they fill a range (marked in a
// table) or spread thinly over a wide one (sorted).
#include "common/SortUnique.h"

#include <QTest>

#include <cstdint>
#include <limits>
#include <vector>

using namespace LeadStage;

using Ids = std::vector<std::int64_t>;
Q_DECLARE_METATYPE(Ids)

class TestSortUnique : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inOrderEachOnce_data()
    {
        QTest::addColumn<Ids>("ids");
        QTest::addColumn<Ids>("expected");
        constexpr auto least = std::numeric_limits<std::int64_t>::min();
        constexpr auto most = std::numeric_limits<std::int64_t>::max();
        QTest::newRow("none") << Ids{} << Ids{};
        QTest::newRow("one") << Ids{7} << Ids{7};
        QTest::newRow("a range twice over, as an import touches it") << Ids{1, 2, 3, 4, 1, 2, 3, 4} << Ids{1, 2, 3, 4};
        QTest::newRow("dense, shuffled, with gaps") << Ids{12, 10, 15, 10, 11, 15} << Ids{10, 11, 12, 15};
        QTest::newRow("negative and positive, dense") << Ids{1, -2, 0, -2, -1} << Ids{-2, -1, 0, 1};
        QTest::newRow("sparse: a wide range, few ids") << Ids{1000000, 5, 1000000, 70000} << Ids{5, 70000, 1000000};
        QTest::newRow("the widest range") << Ids{most, least, 0, most} << Ids{least, 0, most};
    }

    void inOrderEachOnce()
    {
        QFETCH(Ids, ids);
        QFETCH(Ids, expected);
        sortUniqueIds(ids);
        QCOMPARE(ids, expected);
    }

    // Where the table is used: ids 1..n twice, from the back; the result is 1..n.
    void aLargeRangeThroughTheTable()
    {
        constexpr std::int64_t leads = 100000;
        Ids ids;
        for (int pass = 0; pass < 2; ++pass)
            for (std::int64_t id = leads; id >= 1; --id)
                ids.push_back(id);
        sortUniqueIds(ids);
        QCOMPARE(std::int64_t(ids.size()), leads);
        for (std::int64_t at = 0; at < leads; ++at)
            QCOMPARE(ids[std::size_t(at)], at + 1);
    }
};

QTEST_GUILESS_MAIN(TestSortUnique)
#include "tst_sortunique.moc"
