// The what-if panel's texts of a DraftComparison (WhatIfFigures): on two hand-made
// dashboard reports, each figure as the tile writes it, the change draft − active,
// the exact values of the tooltip, the stage-change cells and the scope line.
#include "tuning/WhatIfFigures.h"

#include <QTest>

using namespace LeadStage;

Q_DECLARE_METATYPE(MetricsFilter)

namespace {

const QString minus = QString(QChar(0x2212));

// 2025-03-15 12:00 UTC: January and February are whole months, March is not.
constexpr std::int64_t asOf = 1742040000;

Period month(int m)
{
    return Period(Bucket::Month, 2025 * 12 + m - 1);
}

// A report whose tiles read: generation `february` IQLs, conversion `converted` of
// `cohort` in January, median `median` days in February, `engaged` of `iqls` in February.
FunnelReport report(int february, int cohort, int converted, double median, int engaged, int iqls,
                    std::array<int, 7> stages)
{
    FunnelReport r;
    r.asOf = asOf;
    r.periods = {month(1), month(2), month(3)};
    r.generation = {{month(1), cohort}, {month(2), february}, {month(3), 4}};
    CohortRow january;
    january.period = month(1);
    january.size = cohort;
    january.converted = converted;
    january.rate = double(converted) / cohort;
    CohortRow later;
    later.period = month(2);
    later.size = february;
    later.provisional = true;
    r.cohorts = {january, later};
    TimeToMqlRow row;
    row.period = month(2);
    row.days.count = 3;
    row.days.median = median;
    row.days.mean = median + 10;
    r.timeToMql.perPeriod = {row};
    EngagementPoint point;
    point.month = month(2);
    point.iqls = iqls;
    point.engaged = engaged;
    point.rate = double(engaged) / iqls;
    EngagementPoint partial = point;
    partial.month = month(3);
    partial.partial = true;
    r.engagement = {point, partial};
    r.stages.current = stages;
    r.stages.everReached = stages;
    return r;
}

DraftComparison comparison()
{
    DraftComparison c;
    c.active = report(12, 10, 2, 100.5, 8, 20, {100, 20, 5, 0, 0, 0, 0});
    c.draft = report(9, 8, 2, 90.0, 8, 16, {103, 17, 5, 0, 0, 0, 0});
    // Leads 1 … 125: 1–100 Lead under both, 101–120 IQL, 121–125 MQL; the draft sends 118–120 back to Lead.
    std::vector<std::int64_t> ids;
    std::vector<Stage> active, draft;
    for (int id = 1; id <= 125; ++id) {
        ids.push_back(id);
        const Stage stage = id <= 100 ? Stage::Lead : id <= 120 ? Stage::IQL : Stage::MQL;
        active.push_back(stage);
        draft.push_back(id >= 118 && id <= 120 ? Stage::Lead : stage);
    }
    const std::vector<std::uint8_t> counted(ids.size(), 1);
    c.changes = StageChanges::between(ids, active, draft, counted);
    return c;
}

} // namespace

class TestWhatIfFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricsAsTheTilesWriteThem_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("active");
        QTest::addColumn<QString>("draft");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("exactDraft");
        QTest::newRow("generation: February, 12 → 9 IQLs")
            << int(IqlMetric::Generation) << u"2025-02"_qs << u"12 IQLs"_qs << u"9 IQLs"_qs << minus + u"3"_qs
            << u"Draft: 9 IQLs in 2025-02"_qs;
        QTest::newRow("conversion: January cohort, 2 of 10 → 2 of 8")
            << int(IqlMetric::Conversion) << u"2025-01"_qs << u"20.0 %"_qs << u"25.0 %"_qs << u"+5.0 pp"_qs
            << u"Draft: 2 of the 8 IQLs of 2025-01 reached MQL within 180 days: 25.0000 %"_qs;
        QTest::newRow("time to MQL: February median 100.5 → 90 days")
            << int(IqlMetric::TimeToMql) << u"2025-02"_qs << u"100.5 days"_qs << u"90.0 days"_qs
            << minus + u"10.5 days"_qs
            << u"Draft: median 90.0000 days over the 3 leads whose MQL fell in 2025-02 (mean 100.0000 days)"_qs;
        QTest::newRow("engagement: February, 8 of 20 → 8 of 16")
            << int(IqlMetric::Engagement) << u"2025-02"_qs << u"40.0 %"_qs << u"50.0 %"_qs << u"+10.0 pp"_qs
            << u"Draft: 8 of the 16 leads that were IQL in 2025-02 had an event in it: 50.0000 %"_qs;
    }

    void metricsAsTheTilesWriteThem()
    {
        QFETCH(int, metric);
        QFETCH(QString, period);
        QFETCH(QString, active);
        QFETCH(QString, draft);
        QFETCH(QString, change);
        QFETCH(QString, exactDraft);
        const WhatIfFigures figures = WhatIfFigures::of(comparison(), {});
        QCOMPARE(figures.metrics.size(), std::size_t(4));
        const WhatIfFigure &figure = figures.metrics[std::size_t(metric)];
        QCOMPARE(figure.period, period);
        QCOMPARE(figure.active, active);
        QCOMPARE(figure.draft, draft);
        QCOMPARE(figure.change, change);
        QVERIFY(figure.differs);
        QVERIFY2(figure.details.contains(exactDraft), qPrintable(figure.details));
    }

    void stageCountsAndTheLeadsThatMove()
    {
        const WhatIfFigures figures = WhatIfFigures::of(comparison(), {});
        QCOMPARE(figures.stages.size(), std::size_t(7));
        QCOMPARE(figures.stages[0].label, u"Lead"_qs);
        QCOMPARE(figures.stages[0].active, u"100"_qs);
        QCOMPARE(figures.stages[0].draft, u"103"_qs);
        QCOMPARE(figures.stages[0].change, u"+3"_qs);
        QCOMPARE(figures.stages[1].change, minus + u"3"_qs);
        QCOMPARE(figures.stages[2].change, u"±0"_qs);
        QVERIFY(!figures.stages[2].differs);
        QVERIFY(figures.stages[1].details.contains(u"2025-03-15"_qs));
        QCOMPARE(figures.changedLeads, 3);
        QCOMPARE(figures.countedLeads, 125);
        QCOMPARE(figures.moves.size(), std::size_t(1));
        QCOMPARE(figures.moves[0].from, Stage::IQL);
        QCOMPARE(figures.moves[0].to, Stage::Lead);
        QCOMPARE(figures.moves[0].leads, 3);
        QVERIFY(!figures.sameNumbers());
    }

    void theSameNumbersOnBothSides()
    {
        DraftComparison same = comparison();
        same.draft = same.active;
        const std::vector<std::int64_t> ids = {1, 2};
        const std::vector<Stage> stages = {Stage::Lead, Stage::IQL};
        const std::vector<std::uint8_t> counted = {1, 1};
        same.changes = StageChanges::between(ids, stages, stages, counted);
        const WhatIfFigures figures = WhatIfFigures::of(same, {});
        QVERIFY(figures.sameNumbers());
        QCOMPARE(figures.metrics[std::size_t(IqlMetric::Conversion)].change, u"±0.0 pp"_qs);
        QVERIFY(figures.moves.empty());
    }

    void aSideWithoutAValue()
    {
        DraftComparison c = comparison();
        c.draft.engagement.clear(); // no IQL in any month under the draft
        const WhatIfFigures figures = WhatIfFigures::of(c, {});
        const WhatIfFigure &figure = figures.metrics[std::size_t(IqlMetric::Engagement)];
        QCOMPARE(figure.draft, u"–"_qs);
        QCOMPARE(figure.change, u"–"_qs);
        QCOMPARE(figure.period, u"2025-02 (draft: no final period yet)"_qs);
        QVERIFY(figure.differs);
    }

    void scopeNamesPeriodsAndFilter_data()
    {
        QTest::addColumn<MetricsFilter>("filter");
        QTest::addColumn<QString>("scope");
        const QString periods = u"2025-01 – 2025-03 by month, as of 2025-03-15 · "_qs;
        QTest::newRow("all leads") << MetricsFilter{} << periods + u"all leads"_qs;
        MetricsFilter sources;
        sources.sources = {u"Webinar"_qs, u"Paid search"_qs};
        QTest::newRow("two sources") << sources << periods + u"sources: Webinar, Paid search"_qs;
        MetricsFilter mixed;
        mixed.industries = {u"Software"_qs};
        mixed.grades = {Grade::A, Grade::B};
        QTest::newRow("an industry and two grades") << mixed << periods + u"industries: Software; grades: A, B"_qs;
    }

    void scopeNamesPeriodsAndFilter()
    {
        QFETCH(MetricsFilter, filter);
        QFETCH(QString, scope);
        QCOMPARE(WhatIfFigures::of(comparison(), filter).scope, scope);
    }
};

QTEST_GUILESS_MAIN(TestWhatIfFigures)
#include "tst_whatiffigures.moc"
