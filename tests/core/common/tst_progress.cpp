#include "common/Progress.h"

#include <QTest>

#include <vector>

using namespace LeadStage;

// A relay passes reports on and stops with its source at its next check, not at its next
// report (a back-test told to stop reached it only 0.8 s later on 1 M leads).
class TestProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relayStopsWithItsSource()
    {
        auto source = std::make_shared<Progress>();
        std::vector<std::int64_t> passed;
        Progress relay([&](std::int64_t done, std::int64_t) { passed.push_back(done); }, source);
        QVERIFY(relay.report(1, 10));
        QVERIFY(!relay.cancelled());
        source->cancel();
        QVERIFY(relay.cancelled()); // no report in between
        QVERIFY(!relay.report(2, 10));
        QCOMPARE(passed, (std::vector<std::int64_t>{1, 2}));
        // Its own reset cannot undo the source's cancel.
        relay.reset();
        QVERIFY(relay.cancelled());
    }

    void cancellingTheRelayLeavesItsSource()
    {
        auto source = std::make_shared<Progress>();
        Progress relay(nullptr, source);
        relay.cancel();
        QVERIFY(relay.cancelled());
        QVERIFY(!source->cancelled());
    }

    void withoutASourceOnlyItsOwnCancelCounts()
    {
        Progress alone;
        QVERIFY(alone.report(0, 1));
        alone.cancel();
        QVERIFY(!alone.report(1, 1));
        alone.reset();
        QVERIFY(!alone.cancelled());
    }
};

QTEST_MAIN(TestProgress)
#include "tst_progress.moc"
