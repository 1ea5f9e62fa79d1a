// HugePageHeap: the restart with glibc's huge-page tunable happens only where the
// kernel leaves huge pages to each program and nobody chose the tunable yet; a user's
// own tunables are kept.
#include "common/HugePages.h"

#include <QTest>

#include <optional>
#include <string>

using namespace LeadStage;

class TestHugePageHeap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restartsOnlyWhenItHelps_data()
    {
        QTest::addColumn<bool>("tunablesSet");
        QTest::addColumn<QByteArray>("tunables");
        QTest::addColumn<QByteArray>("kernel");
        QTest::addColumn<bool>("restarts");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray madvise = "always [madvise] never";
        QTest::newRow("madvise, no tunables")
            << false << QByteArray() << madvise << true << QByteArray("glibc.malloc.hugetlb=1");
        QTest::newRow("madvise, tunables set but empty")
            << true << QByteArray("") << madvise << true << QByteArray("glibc.malloc.hugetlb=1");
        QTest::newRow("the user's own tunables kept") << true << QByteArray("glibc.malloc.check=3") << madvise << true
                                                      << QByteArray("glibc.malloc.check=3:glibc.malloc.hugetlb=1");
        QTest::newRow("already restarted")
            << true << QByteArray("glibc.malloc.hugetlb=1") << madvise << false << QByteArray();
        QTest::newRow("the user turned it off")
            << true << QByteArray("glibc.malloc.check=3:glibc.malloc.hugetlb=0") << madvise << false << QByteArray();
        QTest::newRow("huge pages always")
            << false << QByteArray() << QByteArray("[always] madvise never") << false << QByteArray();
        QTest::newRow("huge pages never")
            << false << QByteArray() << QByteArray("always madvise [never]") << false << QByteArray();
        QTest::newRow("no such setting (no file)") << false << QByteArray() << QByteArray() << false << QByteArray();
    }

    void restartsOnlyWhenItHelps()
    {
        QFETCH(bool, tunablesSet);
        QFETCH(QByteArray, tunables);
        QFETCH(QByteArray, kernel);
        QFETCH(bool, restarts);
        QFETCH(QByteArray, expected);
        const std::string current = tunables.toStdString();
        const std::optional<std::string> next = HugePageHeap::tunablesToRestartWith(
            tunablesSet ? current.c_str() : nullptr, std::string_view(kernel.constData(), std::size_t(kernel.size())));
        QCOMPARE(next.has_value(), restarts);
        if (next)
            QCOMPARE(QByteArray::fromStdString(*next), expected);
    }
};

QTEST_MAIN(TestHugePageHeap)
#include "tst_hugepageheap.moc"
