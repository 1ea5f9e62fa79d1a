// Time to MQL: mql_at − iql_at in days over the leads with both whose mql_at falls
// in the period; mean, type-7 quartiles and the 30-day histogram, by month, by
// quarter, over a date range. Straight-to-MQL and never-MQL leads stay out.

#include "MetricsFixture.h"

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Analysis date Dec 31, 23:59:59 (days from IQL to MQL; MQL month):
//   1 IQL 2025-01-01, MQL Jan 11          10 d   Jan
//   2 IQL 2025-01-01, MQL Mar 2           60 d   Mar
//   3 IQL 2025-02-01, MQL Mar 3           30 d   Mar
//   4 IQL 2024-12-01, MQL Mar 31         120 d   Mar
//   5 MQL Mar 5 without IQL                       out
//   6 IQL 2025-01-01, no MQL                      out
//   7 IQL 2025-01-01, MQL Dec 27         360 d   Dec
void fill(MetricsFixture &fixture)
{
    fixture.addLead({1, u"2024-11-01"_qs, u"2025-01-01"_qs, u"2025-01-11"_qs});
    fixture.addLead({2, u"2024-11-01"_qs, u"2025-01-01"_qs, u"2025-03-02"_qs});
    fixture.addLead({3, u"2024-11-01"_qs, u"2025-02-01"_qs, u"2025-03-03"_qs});
    fixture.addLead({4, u"2024-11-01"_qs, u"2024-12-01"_qs, u"2025-03-31"_qs});
    fixture.addLead({5, u"2024-11-01"_qs, QString(), u"2025-03-05"_qs});
    fixture.addLead({6, u"2024-11-01"_qs, u"2025-01-01"_qs});
    fixture.addLead({7, u"2024-11-01"_qs, u"2025-01-01"_qs, u"2025-12-27"_qs});
}

const QString asOf = u"2025-12-31T23:59:59Z"_qs;

struct Expected
{
    int count;
    double mean, minimum, q1, median, q3, maximum;
};

void compare(const DurationStats &stats, const Expected &expected)
{
    QCOMPARE(stats.count, expected.count);
    QCOMPARE(*stats.mean, expected.mean);
    QCOMPARE(*stats.minimum, expected.minimum);
    QCOMPARE(*stats.lowerQuartile, expected.q1);
    QCOMPARE(*stats.median, expected.median);
    QCOMPARE(*stats.upperQuartile, expected.q3);
    QCOMPARE(*stats.maximum, expected.maximum);
}

} // namespace

class TimeToMqlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byMonth();
    void byQuarter();
    void histogram();
    void dateRange();
    void drillDownsMatch();
};

void TimeToMqlTest::byMonth()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Month);
    const FunnelReport report = metrics.compute();
    // Axis Dec 2024 – Dec 2025: 13 months.
    QCOMPARE(report.timeToMql.perPeriod.size(), std::size_t(13));
    compare(report.timeToMql.perPeriod[1].days, {1, 10, 10, 10, 10, 10, 10}); // Jan
    QCOMPARE(report.timeToMql.perPeriod[2].days.count, 0);                    // Feb: empty
    QVERIFY(!report.timeToMql.perPeriod[2].days.median);
    // Mar: 30, 60, 120 → mean 70; h = 2p: Q1 = 30 + ½ (60 − 30) = 45, Q3 = 60 + ½ (120 − 60) = 90.
    compare(report.timeToMql.perPeriod[3].days, {3, 70, 30, 45, 60, 90, 120});
    // Whole axis: 10, 30, 60, 120, 360 → mean 116; h = 4p lands on ranks 1, 2, 3.
    compare(report.timeToMql.overall, {5, 116, 10, 30, 60, 120, 360});
    QCOMPARE(*report.summary.medianDaysToMql, 60.0);
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::TimeToMql, month(u"2025-03"_qs)}), ids({2, 3, 4}));
}

void TimeToMqlTest::byQuarter()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelReport report = FunnelMetrics(fixture.snapshot(), {}, Bucket::Quarter).compute();
    QCOMPARE(report.timeToMql.perPeriod.size(), std::size_t(5)); // 2024-Q4 … 2025-Q4
    QCOMPARE(report.timeToMql.perPeriod[0].days.count, 0);
    // 2025-Q1: 10, 30, 60, 120; h = 3p: Q1 at 0.75 → 10 + ¾ × 20 = 25; median 1.5 → 45;
    // Q3 at 2.25 → 60 + ¼ × 60 = 75.
    compare(report.timeToMql.perPeriod[1].days, {4, 55, 10, 25, 45, 75, 120});
    compare(report.timeToMql.perPeriod[4].days, {1, 360, 360, 360, 360, 360, 360});
}

void TimeToMqlTest::histogram()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Month);
    const FunnelReport report = metrics.compute();
    // 10 → [0, 30), 30 → [30, 60), 60 → [60, 90), 120 → [120, 150), 360 → 360+.
    const std::array<int, TimeToMqlHistogram::binCount> expected = {1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
    QCOMPARE(report.timeToMql.histogram.counts, expected);
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::TimeToMqlBin, std::nullopt, 1}), ids({3}));
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::TimeToMqlBin, std::nullopt, 12}), ids({7}));
    QCOMPARE(TimeToMqlHistogram::binLabel(0), u"0–29"_qs);
    QCOMPARE(TimeToMqlHistogram::binLabel(12), u"360+"_qs);
}

void TimeToMqlTest::dateRange()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    MetricsFilter filter;
    filter.from = time(u"2025-03-01"_qs);
    filter.to = time(u"2025-04-01"_qs);
    const FunnelReport report = FunnelMetrics(fixture.snapshot(), filter, Bucket::Month).compute();
    QCOMPARE(report.timeToMql.perPeriod.size(), std::size_t(1));
    compare(report.timeToMql.overall, {3, 70, 30, 45, 60, 90, 120});
    const std::array<int, TimeToMqlHistogram::binCount> expected = {0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0};
    QCOMPARE(report.timeToMql.histogram.counts, expected);
}

void TimeToMqlTest::drillDownsMatch()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    for (const Bucket bucket : {Bucket::Month, Bucket::Quarter}) {
        const FunnelMetrics metrics(fixture.snapshot(), {}, bucket);
        checkDrillDowns(metrics, metrics.compute());
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TimeToMqlTest)
#include "tst_timetomql.moc"
