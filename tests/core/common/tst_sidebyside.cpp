// SideBySide: both halves of the work run, on two threads only when asked, and the
// call returns only when both are done.
#include "common/SideBySide.h"

#include <QTest>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace LeadStage;

class TestSideBySide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothRunOnTheThreadsAskedFor_data()
    {
        QTest::addColumn<bool>("parallel");
        QTest::newRow("two threads") << true;
        QTest::newRow("one thread, here first") << false;
    }

    void bothRunOnTheThreadsAskedFor()
    {
        QFETCH(bool, parallel);
        const std::thread::id caller = std::this_thread::get_id();
        std::thread::id asideOn, hereOn;
        std::vector<char> order;
        std::atomic<bool> asideDone{false}, hereRan{false};
        sideBySide(
            parallel,
            [&] {
                asideOn = std::this_thread::get_id();
                // Finishes only after the other half ran: returning early would be seen.
                while (!hereRan)
                    std::this_thread::yield();
                asideDone = true;
            },
            [&] {
                hereOn = std::this_thread::get_id();
                order.push_back(asideDone ? 'a' : 'h');
                hereRan = true;
            });
        QVERIFY(asideDone); // returned only after the aside work finished
        QCOMPARE(hereOn, caller);
        QCOMPARE(asideOn != caller, parallel);
        if (!parallel)
            QCOMPARE(order, std::vector<char>{'h'});
    }

    void halvesCoverTheRangeOnce_data()
    {
        QTest::addColumn<bool>("parallel");
        QTest::addColumn<int>("count");
        QTest::newRow("even, two threads") << true << 10;
        QTest::newRow("odd, two threads") << true << 7;
        QTest::newRow("one item, two threads") << true << 1;
        QTest::newRow("none, two threads") << true << 0;
        QTest::newRow("odd, one thread") << false << 7;
    }

    void halvesCoverTheRangeOnce()
    {
        QFETCH(bool, parallel);
        QFETCH(int, count);
        std::vector<std::atomic<int>> visits(static_cast<std::size_t>(count));
        halvesSideBySide(parallel, std::size_t(count), [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                ++visits[i];
        });
        for (int i = 0; i < count; ++i)
            QCOMPARE(visits[std::size_t(i)].load(), 1);
    }

    void aThrowingHalfStillJoinsTheOther()
    {
        std::atomic<bool> asideDone{false}, hereThrowing{false};
        bool caught = false;
        try {
            sideBySide(
                true,
                [&] {
                    while (!hereThrowing) // finishes after the other half has thrown
                        std::this_thread::yield();
                    asideDone = true;
                },
                [&] {
                    hereThrowing = true;
                    throw std::runtime_error("here failed");
                });
        } catch (const std::runtime_error &) {
            caught = true;
        }
        QVERIFY(caught);
        QVERIFY(asideDone);
    }
};

QTEST_GUILESS_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
