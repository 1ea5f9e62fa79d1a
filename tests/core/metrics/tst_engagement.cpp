// Engagement rate per month: who is IQL during a month (reached IQL before it ends,
// not MQL before it starts) and who of them had an event in it. Leads without
// events, a straight-to-MQL lead with events, an MQL on the first second of a month,
// events before the IQL moment in the IQL month, a partial month at the analysis date.

#include "MetricsFixture.h"
#include "metrics/EngagementMetrics.h"

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Analysis date Jun 15, 00:00: January to May are whole months, June is partial.
//   1 IQL Jan 20, MQL Mar 10; events Jan 5, Feb 10, Mar 20, Apr 1  IQL Jan–Mar, engaged Jan–Mar
//   2 IQL Feb 28 23:59:59, no MQL, no events                       IQL Feb–Jun, never engaged
//   3 MQL Feb 1 without IQL; events Feb 1, Mar 3                   never IQL
//   4 IQL Mar 1, MQL Apr 1 00:00; event Apr 1 00:00                IQL Mar–Apr, engaged Apr
//   5 IQL May 10, no MQL; event Jun 14                             IQL May–Jun, engaged Jun
//   6 IQL Jan 15, no MQL, no events                                IQL Jan–Jun, never engaged
void fill(MetricsFixture &fixture)
{
    fixture.addLead({1, u"2025-01-01"_qs, u"2025-01-20"_qs, u"2025-03-10"_qs});
    fixture.addEvents(1, u"2025-01-05; 2025-02-10; 2025-03-20; 2025-04-01"_qs);
    fixture.addLead({2, u"2025-01-01"_qs, u"2025-02-28T23:59:59Z"_qs});
    fixture.addLead({3, u"2025-01-01"_qs, QString(), u"2025-02-01"_qs});
    fixture.addEvents(3, u"2025-02-01; 2025-03-03"_qs);
    fixture.addLead({4, u"2025-01-01"_qs, u"2025-03-01"_qs, u"2025-04-01"_qs});
    fixture.addEvents(4, u"2025-04-01"_qs);
    fixture.addLead({5, u"2025-01-01"_qs, u"2025-05-10"_qs});
    fixture.addEvents(5, u"2025-06-14"_qs);
    fixture.addLead({6, u"2025-01-01"_qs, u"2025-01-15"_qs});
}

const QString asOf = u"2025-06-15"_qs;

} // namespace

class EngagementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perMonth_data();
    void perMonth();
    void meanOfWholeMonths();
    void monthlyUnderQuarters();
    void earlierAnalysisDateDropsLaterEvents();
    void drillDownsMatch();
};

void EngagementTest::perMonth_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<std::vector<std::int64_t>>("iql");
    QTest::addColumn<std::vector<std::int64_t>>("engaged");
    QTest::addColumn<bool>("partial");
    QTest::newRow("January: event before the IQL moment counts") << u"2025-01"_qs << ids({1, 6}) << ids({1}) << false;
    QTest::newRow("February: IQL in its last second") << u"2025-02"_qs << ids({1, 2, 6}) << ids({1}) << false;
    QTest::newRow("March: MQL month still IQL") << u"2025-03"_qs << ids({1, 2, 4, 6}) << ids({1}) << false;
    QTest::newRow("April: MQL on the first second") << u"2025-04"_qs << ids({2, 4, 6}) << ids({4}) << false;
    QTest::newRow("May: nobody engaged") << u"2025-05"_qs << ids({2, 5, 6}) << ids({}) << false;
    QTest::newRow("June: partial") << u"2025-06"_qs << ids({2, 5, 6}) << ids({5}) << true;
}

void EngagementTest::perMonth()
{
    QFETCH(QString, month);
    QFETCH(std::vector<std::int64_t>, iql);
    QFETCH(std::vector<std::int64_t>, engaged);
    QFETCH(bool, partial);
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Month);
    const FunnelReport report = metrics.compute();
    QCOMPARE(report.engagement.size(), std::size_t(6));
    const Period period = Testing::month(month);
    const EngagementPoint &point = report.engagement[std::size_t(metrics.context().monthSlot(period.index()))];
    QCOMPARE(point.month, period);
    QCOMPARE(point.iqls, int(iql.size()));
    QCOMPARE(point.engaged, int(engaged.size()));
    QCOMPARE(*point.rate, double(engaged.size()) / double(iql.size()));
    QCOMPARE(point.partial, partial);
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::IqlDuringMonth, period}), iql);
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::EngagedInMonth, period}), engaged);
}

void EngagementTest::meanOfWholeMonths()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelReport report = FunnelMetrics(fixture.snapshot(), {}, Bucket::Month).compute();
    // Jan–May: 1/2, 1/3, 1/4, 1/3, 0; June is partial and left out.
    QCOMPARE(*report.summary.engagementRate, (1.0 / 2 + 1.0 / 3 + 1.0 / 4 + 1.0 / 3 + 0.0) / 5);
}

void EngagementTest::monthlyUnderQuarters()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelReport report = FunnelMetrics(fixture.snapshot(), {}, Bucket::Quarter).compute();
    QCOMPARE(report.periods.size(), std::size_t(2)); // Q1, Q2
    QCOMPARE(report.engagement.size(), std::size_t(6));
    QCOMPARE(report.engagement[3].engaged, 1); // April
}

void EngagementTest::earlierAnalysisDateDropsLaterEvents()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Month, time(u"2025-06-10"_qs));
    const FunnelReport report = metrics.compute();
    QCOMPARE(report.engagement.back().iqls, 3);
    QCOMPARE(report.engagement.back().engaged, 0); // lead 5's Jun 14 event is later
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::EngagedInMonth, Testing::month(u"2025-06"_qs)}), ids({}));
}

void EngagementTest::drillDownsMatch()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Month);
    checkDrillDowns(metrics, metrics.compute());
}

QTEST_GUILESS_MAIN(EngagementTest)
#include "tst_engagement.moc"
