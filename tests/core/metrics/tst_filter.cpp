// The filter: each dimension alone, several values, dimensions combined, grades, a
// value no lead has, the lead without a value, and the date range anchored on
// iql_at. Checked through the IQLs on the axis and their drill-down.

#include "QualityFixture.h"

using namespace LeadStage;
using namespace LeadStage::Testing;

class FilterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dimensions_data();
    void dimensions();
    void selectionIgnoresTheDateRange();
};

void FilterTest::dimensions_data()
{
    QTest::addColumn<MetricsFilter>("filter");
    QTest::addColumn<std::vector<std::int64_t>>("iqls");
    const auto with = [](auto change) {
        MetricsFilter filter;
        change(filter);
        return filter;
    };
    // The IQLs are leads 1, 2, 3, 4, 6, 7 (lead 5 went straight to MQL); see QualityFixture.h.
    QTest::newRow("no filter") << MetricsFilter() << ids({1, 2, 3, 4, 6, 7});
    QTest::newRow("one source") << with([](MetricsFilter &f) { f.sources = {u"Webinar"_qs}; }) << ids({1, 2, 3});
    QTest::newRow("two sources") << with([](MetricsFilter &f) {
        f.sources = {u"Webinar"_qs, u"Paid"_qs};
    }) << ids({1, 2, 3, 4});
    QTest::newRow("source nobody has") << with([](MetricsFilter &f) { f.sources = {u"Trade show"_qs}; }) << ids({});
    QTest::newRow("no source (empty text)") << with([](MetricsFilter &f) { f.sources = {QString()}; }) << ids({6});
    QTest::newRow("campaign") << with([](MetricsFilter &f) { f.campaigns = {u"W1"_qs}; }) << ids({1, 2});
    QTest::newRow("industry") << with([](MetricsFilter &f) { f.industries = {u"Software"_qs}; }) << ids({1, 3, 4, 7});
    QTest::newRow("country") << with([](MetricsFilter &f) { f.countries = {u"DE"_qs}; }) << ids({1, 4, 7});
    QTest::newRow("grade A") << with([](MetricsFilter &f) { f.grades = {Grade::A}; }) << ids({1, 4});
    QTest::newRow("grades A and B") << with([](MetricsFilter &f) {
        f.grades = {Grade::A, Grade::B};
    }) << ids({1, 2, 4, 7});
    QTest::newRow("source and country") << with([](MetricsFilter &f) {
        f.sources = {u"Webinar"_qs};
        f.countries = {u"US"_qs};
    }) << ids({2, 3});
    QTest::newRow("industry and grade") << with([](MetricsFilter &f) {
        f.industries = {u"Software"_qs, u"Retail"_qs};
        f.grades = {Grade::D, Grade::C};
    }) << ids({3, 6});
    QTest::newRow("from February") << with([](MetricsFilter &f) { f.from = time(u"2025-02-01"_qs); })
                                   << ids({3, 4, 6, 7});
    QTest::newRow("to July, exclusive") << with([](MetricsFilter &f) { f.to = time(u"2025-07-01"_qs); })
                                        << ids({1, 2, 3, 4});
}

void FilterTest::dimensions()
{
    QFETCH(MetricsFilter, filter);
    QFETCH(std::vector<std::int64_t>, iqls);
    MetricsFixture fixture(qualityAsOf);
    fillQuality(fixture);
    const FunnelMetrics metrics(fixture.snapshot(), filter, Bucket::Month);
    const FunnelReport report = metrics.compute();
    QCOMPARE(report.summary.iqls, int(iqls.size()));
    QCOMPARE(metrics.leadsBehind({MetricCell::Measure::Iqls, std::nullopt}), iqls);
    checkDrillDowns(metrics, report);
}

void FilterTest::selectionIgnoresTheDateRange()
{
    MetricsFixture fixture(qualityAsOf);
    fillQuality(fixture);
    MetricsFilter filter;
    filter.from = time(u"2025-06-01"_qs);
    filter.industries = {u"Software"_qs};
    const FunnelMetrics metrics(fixture.snapshot(), filter, Bucket::Month);
    // Dimensions select rows; the date range is applied per metric on its own moment.
    QCOMPARE(metrics.context().facts().size(), std::size_t(4));
    QCOMPARE(metrics.compute().summary.iqls, 1); // lead 7, IQL Jul 15
}

QTEST_GUILESS_MAIN(FilterTest)
#include "tst_filter.moc"
