// Stage counts: the funnel at the analysis date — each lead at the furthest stage it
// reached (outcomes above scored stages), "ever reached" by each stage's own moment,
// outcomes after the analysis date ignored, leads created later left out.

#include "MetricsFixture.h"

#include <numeric>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Analysis date Jun 30, 23:59:59; all created Jan 1 but lead 2 (Feb 10) and lead 9:
//   1 nothing                                        Lead
//   2 IQL Feb 20                                     IQL
//   3 IQL Feb 1, MQL Mar 1                           MQL
//   4 MQL Mar 1 without IQL                          MQL (never IQL)
//   5 IQL Jan 5, MQL Feb 1, PQL Mar 1                PQL
//   6 IQL Jan 5, MQL Feb 1, SQL Mar 1                SQL
//   7 IQL Jan 5, MQL Feb 1, SQL Mar 1, opp Apr 1, customer May 1   Customer
//   8 IQL Jan 5, MQL Feb 1, SQL Jul 1 (after the analysis date)    MQL
//   9 created Jul 15, after the analysis date        not in the funnel
void fill(MetricsFixture &fixture)
{
    fixture.addLead({1});
    fixture.addLead({2, u"2025-02-10"_qs, u"2025-02-20"_qs});
    fixture.addLead({3, u"2025-01-01"_qs, u"2025-02-01"_qs, u"2025-03-01"_qs});
    fixture.addLead({4, u"2025-01-01"_qs, QString(), u"2025-03-01"_qs});
    fixture.addLead({5, u"2025-01-01"_qs, u"2025-01-05"_qs, u"2025-02-01"_qs, u"2025-03-01"_qs});
    fixture.addLead({6, u"2025-01-01"_qs, u"2025-01-05"_qs, u"2025-02-01"_qs});
    fixture.addOutcome(6, u"2025-03-01"_qs);
    fixture.addLead({7, u"2025-01-01"_qs, u"2025-01-05"_qs, u"2025-02-01"_qs});
    fixture.addOutcome(7, u"2025-03-01"_qs, u"2025-04-01"_qs, u"2025-05-01"_qs);
    fixture.addLead({8, u"2025-01-01"_qs, u"2025-01-05"_qs, u"2025-02-01"_qs});
    fixture.addOutcome(8, u"2025-07-01"_qs);
    fixture.addLead({9, u"2025-07-15"_qs});
}

const QString asOf = u"2025-06-30T23:59:59Z"_qs;

using Counts = std::array<int, 7>; // Lead, IQL, MQL, PQL, SQL, Opportunity, Customer

} // namespace

class StagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void funnel_data();
    void funnel();
    void drillDown();
};

void StagesTest::funnel_data()
{
    QTest::addColumn<QString>("analysisDate");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("leads");
    QTest::addColumn<Counts>("current");
    QTest::addColumn<Counts>("ever");
    QTest::newRow("at the snapshot's date")
        << asOf << QString() << QString() << 8 << Counts{1, 1, 3, 1, 1, 0, 1} << Counts{8, 6, 6, 1, 2, 1, 1};
    // Jan 31: only the Jan 5 IQLs (5–8) have moved; lead 2 does not exist yet.
    QTest::newRow("earlier analysis date") << u"2025-01-31T23:59:59Z"_qs << QString() << QString() << 7
                                           << Counts{3, 4, 0, 0, 0, 0, 0} << Counts{7, 4, 0, 0, 0, 0, 0};
    // The date range picks leads by created_at: February holds lead 2 only.
    QTest::newRow("created in February") << asOf << u"2025-02-01"_qs << u"2025-03-01"_qs << 1
                                         << Counts{0, 1, 0, 0, 0, 0, 0} << Counts{1, 1, 0, 0, 0, 0, 0};
}

void StagesTest::funnel()
{
    QFETCH(QString, analysisDate);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, leads);
    QFETCH(Counts, current);
    QFETCH(Counts, ever);
    MetricsFixture fixture(asOf);
    fill(fixture);
    MetricsFilter filter;
    filter.from = at(from);
    filter.to = at(to);
    const FunnelMetrics metrics(fixture.snapshot(), filter, Bucket::Month, time(analysisDate));
    const FunnelReport report = metrics.compute();
    QCOMPARE(report.stages.leads, leads);
    QCOMPARE(report.stages.current, current);
    QCOMPARE(report.stages.everReached, ever);
    QCOMPARE(std::accumulate(current.begin(), current.end(), 0), leads);
    checkDrillDowns(metrics, report);
}

void StagesTest::drillDown()
{
    MetricsFixture fixture(asOf);
    fill(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), {}, Bucket::Month);
    using Measure = MetricCell::Measure;
    QCOMPARE(metrics.leadsBehind({Measure::CurrentStage, std::nullopt, int(Stage::MQL)}), ids({3, 4, 8}));
    QCOMPARE(metrics.leadsBehind({Measure::EverReached, std::nullopt, int(Stage::IQL)}), ids({2, 3, 5, 6, 7, 8}));
    QCOMPARE(metrics.leadsBehind({Measure::EverReached, std::nullopt, int(Stage::MQL)}), ids({3, 4, 5, 6, 7, 8}));
    QCOMPARE(metrics.leadsBehind({Measure::CurrentStage, std::nullopt, int(Stage::Customer)}), ids({7}));
}

QTEST_GUILESS_MAIN(StagesTest)
#include "tst_stages.moc"
