// IQL generation and IQL → MQL conversion by cohort, hand-built so that every
// number can be checked by counting: an empty month, a straight-to-MQL lead, the
// 180-day boundary (exactly 180 days counts, one second more does not), a cohort
// that turns final on the analysis date itself, a provisional one, quarters and the
// date range widened to whole periods.

#include "MetricsFixture.h"

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Analysis date Sep 27, 23:59:59. Lead by lead (days from IQL to MQL):
//   1 IQL Jan 10, MQL Jul 9          180 d exactly      converted (boundary)
//   2 IQL Jan 20, MQL Jul 19 00:00:01 180 d + 1 s       not converted
//   3 IQL Jan 5,  MQL Feb 4           30 d              converted
//   4 IQL Jan 31 23:59:59, no MQL                       not converted
//   5 IQL = MQL Mar 15                 0 d              converted
//   6 MQL Jan 15 without IQL (straight to MQL)          in no cohort
//   7 never IQL
//   8 IQL Apr 2, MQL May 2            30 d              converted
// February has no IQL at all.
void fill(MetricsFixture &fixture)
{
    fixture.addLead({1, u"2025-01-01"_qs, u"2025-01-10"_qs, u"2025-07-09"_qs});
    fixture.addLead({2, u"2025-01-01"_qs, u"2025-01-20"_qs, u"2025-07-19T00:00:01Z"_qs});
    fixture.addLead({3, u"2025-01-01"_qs, u"2025-01-05"_qs, u"2025-02-04"_qs});
    fixture.addLead({4, u"2025-01-01"_qs, u"2025-01-31T23:59:59Z"_qs});
    fixture.addLead({5, u"2025-01-01"_qs, u"2025-03-15"_qs, u"2025-03-15"_qs});
    fixture.addLead({6, u"2025-01-01"_qs, QString(), u"2025-01-15"_qs});
    fixture.addLead({7, u"2025-01-01"_qs});
    fixture.addLead({8, u"2025-01-01"_qs, u"2025-04-02"_qs, u"2025-05-02"_qs});
}

const QString asOf = u"2025-09-27T23:59:59Z"_qs;

} // namespace

class CohortsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generationByMonth();
    void conversionByMonth_data();
    void conversionByMonth();
    void heatMapOfJanuary();
    void quarters();
    void dateRangeWidensToWholePeriods_data();
    void dateRangeWidensToWholePeriods();
    void earlierAnalysisDate();
    void drillDownsMatch();
};

void CohortsTest::generationByMonth()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelReport report = FunnelMetrics(fixture.snapshot(), {}, Bucket::Month).compute();
    // The axis starts at the first IQL or MQL month (January) and ends in September.
    QCOMPARE(report.periods.size(), std::size_t(9));
    QCOMPARE(report.periods.front().label(), u"2025-01"_qs);
    QCOMPARE(report.periods.back().label(), u"2025-09"_qs);
    const int expected[] = {4, 0, 1, 1, 0, 0, 0, 0, 0}; // Jan: 1–4; Mar: 5; Apr: 8
    for (std::size_t slot = 0; slot < 9; ++slot)
        QCOMPARE(report.generation[slot].iqls, expected[slot]);
    QCOMPARE(report.summary.iqls, 6);
    // September is still running on Sep 27: the mean is over Jan–Aug, 6 IQLs in 8 months.
    QCOMPARE(*report.summary.iqlsPerMonth, 6.0 / 8.0);
}

void CohortsTest::conversionByMonth_data()
{
    QTest::addColumn<QString>("cohort");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("converted");
    QTest::addColumn<bool>("provisional");
    QTest::addColumn<std::vector<std::int64_t>>("convertedLeads");
    // Jan: 1 (exactly 180 d) and 3 convert; 2 misses by a second; 4 never converts.
    QTest::newRow("January: boundary in, one second out") << u"2025-01"_qs << 4 << 2 << false << ids({1, 3});
    QTest::newRow("February: empty month") << u"2025-02"_qs << 0 << 0 << false << ids({});
    // Mar 31 23:59:59 + 180 d = Sep 27 23:59:59 = the analysis date: final.
    QTest::newRow("March: final on the analysis date") << u"2025-03"_qs << 1 << 1 << false << ids({5});
    QTest::newRow("April: provisional") << u"2025-04"_qs << 1 << 1 << true << ids({8});
    QTest::newRow("September: provisional and empty") << u"2025-09"_qs << 0 << 0 << true << ids({});
}

void CohortsTest::conversionByMonth()
{
    QFETCH(QString, cohort);
    QFETCH(int, size);
    QFETCH(int, converted);
    QFETCH(bool, provisional);
    QFETCH(std::vector<std::int64_t>, convertedLeads);
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Month);
    const FunnelReport report = metrics.compute();
    const CohortRow &row = report.cohorts[std::size_t(metrics.context().slotOf(month(cohort)))];
    QCOMPARE(row.size, size);
    QCOMPARE(row.converted, converted);
    QCOMPARE(row.provisional, provisional);
    QCOMPARE(row.rate.has_value(), size > 0);
    if (size > 0)
        QCOMPARE(*row.rate, double(converted) / size);
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::Converted, month(cohort)}), convertedLeads);
}

void CohortsTest::heatMapOfJanuary()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelReport report = FunnelMetrics(fixture.snapshot(), {}, Bucket::Month).compute();
    const CohortRow &january = report.cohorts[0];
    // Months of 30 days to MQL: lead 3 → 1, lead 1 → 6 (180 d), lead 2 → 7 (180 d + 1 s).
    const std::array<int, CohortRow::monthColumns> cumulative = {0, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3};
    QCOMPARE(january.convertedBy, cumulative);
    QCOMPARE(january.convertedBy[6], january.converted); // column 6 is the 180-day conversion
    QCOMPARE(*january.shareBy(7), 0.75);
    // Jan 31 23:59:59 + k × 30 d ≤ Sep 27 23:59:59 (239 days later) up to k = 7.
    for (int k = 0; k < CohortRow::monthColumns; ++k)
        QCOMPARE(january.complete[std::size_t(k)], k <= 7);
    // Summary: final cohorts Jan–Mar hold 5 IQLs, 3 converted.
    QCOMPARE(report.summary.matureCohortSize, 5);
    QCOMPARE(report.summary.matureConverted, 3);
    QCOMPARE(*report.summary.conversion, 0.6);
}

void CohortsTest::quarters()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Quarter);
    const FunnelReport report = metrics.compute();
    QCOMPARE(report.periods.size(), std::size_t(3)); // Q1–Q3 2025
    QCOMPARE(report.periods[0].label(), u"2025-Q1"_qs);
    // Q1: leads 1–5, converted 1, 3, 5; ends Mar 31 so final on Sep 27 23:59:59.
    QCOMPARE(report.cohorts[0].size, 5);
    QCOMPARE(report.cohorts[0].converted, 3);
    QVERIFY(!report.cohorts[0].provisional);
    // Q2: lead 8, converted, provisional. Q3: empty, provisional.
    QCOMPARE(report.cohorts[1].size, 1);
    QCOMPARE(report.cohorts[1].converted, 1);
    QVERIFY(report.cohorts[1].provisional);
    QCOMPARE(report.cohorts[2].size, 0);
    QVERIFY(!report.cohorts[2].rate);
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::Iqls, quarter(u"2025-01"_qs)}), ids({1, 2, 3, 4, 5}));
    // The monthly mean does not depend on the bucket.
    QCOMPARE(*report.summary.iqlsPerMonth, 6.0 / 8.0);
}

void CohortsTest::dateRangeWidensToWholePeriods_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<std::vector<std::int64_t>>("iqls");
    QTest::addColumn<int>("periods");
    QTest::newRow("March to April") << u"2025-03-01"_qs << u"2025-05-01"_qs << int(Bucket::Month) << ids({5, 8}) << 2;
    // Mar 15 12:00 lies in March: the whole of March counts, lead 5 (Mar 15 00:00) too.
    QTest::newRow("mid-month start") << u"2025-03-15T12:00:00Z"_qs << u"2025-04-01"_qs << int(Bucket::Month) << ids({5})
                                     << 1;
    QTest::newRow("end is exclusive") << u"2025-01-01"_qs << u"2025-02-01"_qs << int(Bucket::Month) << ids({1, 2, 3, 4})
                                      << 1;
    QTest::newRow("quarter holding February")
        << u"2025-02-10"_qs << u"2025-02-11"_qs << int(Bucket::Quarter) << ids({1, 2, 3, 4, 5}) << 1;
    QTest::newRow("range beyond the analysis date")
        << u"2025-09-01"_qs << u"2026-06-01"_qs << int(Bucket::Month) << ids({}) << 1;
    QTest::newRow("empty range") << u"2025-05-01"_qs << u"2025-05-01"_qs << int(Bucket::Month) << ids({}) << 0;
}

void CohortsTest::dateRangeWidensToWholePeriods()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, bucket);
    QFETCH(std::vector<std::int64_t>, iqls);
    QFETCH(int, periods);
    MetricsFixture fixture(asOf);
    fill(fixture);
    MetricsFilter filter;
    filter.from = time(from);
    filter.to = time(to);
    const FunnelMetrics metrics(fixture.snapshot(), filter, Bucket(bucket));
    const FunnelReport report = metrics.compute();
    QCOMPARE(int(report.periods.size()), periods);
    QCOMPARE(report.summary.iqls, int(iqls.size()));
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::Iqls, std::nullopt}), iqls);
}

void CohortsTest::earlierAnalysisDate()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    // On Jun 30 nothing is final after January; leads 1 and 2 have not converted yet.
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Month, time(u"2025-06-30T23:59:59Z"_qs));
    const FunnelReport report = metrics.compute();
    QCOMPARE(report.periods.size(), std::size_t(6));
    QCOMPARE(report.cohorts[0].size, 4);
    QCOMPARE(report.cohorts[0].converted, 1); // lead 3 only
    QVERIFY(report.cohorts[0].provisional);   // Jan 31 + 180 d = Jul 30
    QVERIFY(!report.summary.conversion);      // no final cohort holds an IQL
    // A later date than the snapshot's is the snapshot's: it knows nothing after.
    QCOMPARE(FunnelMetrics(fixture.snapshot(), {}, Bucket::Month, time(u"2026-06-01"_qs)).context().asOf(), time(asOf));
}

void CohortsTest::drillDownsMatch()
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

QTEST_GUILESS_MAIN(CohortsTest)
#include "tst_cohorts.moc"
