// The back-test population of DESIGN §9 on seven hand-made leads: who is scored, who is
// left out and why, the labels, the figures worked by hand, and no leakage — events
// after T change no as-of figure.

#include "ScoringFixture.h"
#include "tuning/BackTest.h"

#include <QTest>

#include <cmath>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Whitepapers pay 10 (info), comparisons 25 (intent); IQL 25, MQL 50 with intent; no
// decay within three years.
ScoringModel model()
{
    return modelWith(R"({"decay": {"graceMonths": 36, "pointsPerMonth": 5}})");
}

LeadRecord lead(std::int64_t id, const QString &created, const QString &sql = {}, const QString &customer = {})
{
    LeadRecord record;
    record.id = id;
    record.createdAt = at(created);
    if (!sql.isEmpty())
        record.sqlAt = at(sql);
    if (!customer.isEmpty())
        record.customerAt = at(customer);
    return record;
}

// T = 2025-06-01. L2's five whitepapers after T are what a leaking back-test would see.
ScoringInput leads(bool withLaterEvents = true)
{
    const QString later = withLaterEvents ? u";2025-06-10 whitepaper_download;2025-06-20 whitepaper_download;"
                                            "2025-07-01 whitepaper_download;2025-07-10 whitepaper_download;"
                                            "2025-07-20 whitepaper_download"_qs
                                          : QString();
    return InputBuilder()
        .lead(lead(1, u"2025-01-01"_qs, {}, u"2025-08-01"_qs),
              u"2025-02-01 whitepaper_download;2025-02-10 whitepaper_download;2025-03-01 whitepaper_download;"
              "2025-04-01 comparison_download"_qs)
        .lead(lead(2, u"2025-01-01"_qs, {}, u"2025-09-01"_qs), u"2025-03-01 whitepaper_download"_qs + later)
        .lead(lead(3, u"2025-01-01"_qs),
              u"2025-01-10 whitepaper_download;2025-01-20 whitepaper_download;2025-02-01 whitepaper_download"_qs)
        .lead(lead(4, u"2025-01-01"_qs, {}, u"2026-03-01"_qs))
        .lead(lead(5, u"2025-01-01"_qs, {}, u"2025-05-01"_qs))
        .lead(lead(6, u"2025-07-01"_qs))
        .lead(lead(7, u"2025-01-01"_qs, u"2025-07-01"_qs),
              u"2025-05-01 comparison_download;2025-05-15 comparison_download"_qs)
        .build();
}

BackTestRequest asOfJune(OutcomeStage outcome = OutcomeStage::Customer)
{
    BackTestRequest request;
    request.outcome = outcome;
    request.asOf = at(u"2025-06-01"_qs);
    request.horizonDays = 180;
    return request;
}

const std::int64_t dataEnd = at(u"2026-06-01"_qs);

} // namespace

class TestBackTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Scored: L1 55 (MQL, bought 08-01), L2 10 (bought 09-01), L3 30, L4 0 (bought after
    // the window), L7 50 (MQL, SQL only). Left out: L5 bought before T, L6 created after.
    // AUC: 55 beats 30, 0, 50; 10 beats 0: 4 of 6 pairs.
    void asOfADate()
    {
        const auto population = BackTest::build(model(), leads(), asOfJune(), dataEnd);
        QVERIFY(population.ok());
        QCOMPARE(population->leads, 7);
        QCOMPARE(population->createdAfter, 1);
        QCOMPARE(population->outcomeBefore, 1);
        QCOMPARE(population->cases.size(), std::size_t(5));
        QVERIFY(!population->provisional());
        const std::vector<std::pair<std::int64_t, bool>> expected = {
            {55, true}, {10, true}, {30, false}, {0, false}, {50, false}};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(population->cases[i].engagement, expected[i].first);
            QCOMPARE(population->cases[i].positive, expected[i].second);
        }
        const BackTestFigures figures = BackTestFigures::of(*population);
        QVERIFY(std::abs(figures.auc.auc - 4.0 / 6) < 1e-12);
        QCOMPARE(figures.selected, 2); // L1 and L7 are MQL at T
        QCOMPARE(figures.selectedPositives, 1);
        QCOMPARE(figures.precision, 0.5);
        QCOMPARE(figures.recall, 0.5);
        QCOMPARE(figures.positivesMqlFirst, 1); // L1; L2 bought without ever being MQL
        QCOMPARE(figures.leadsPerStage, (std::array<std::int64_t, 4>{2, 1, 2, 0}));
        QCOMPARE(figures.positivesPerStage, (std::array<std::int64_t, 4>{1, 0, 1, 0}));
    }

    void aLaterStageCountsAsReachingAnEarlierOne()
    {
        // SQL or later: L7's SQL on 07-01 and L1's purchase (no SQL date) are both in the window.
        const auto population = BackTest::build(model(), leads(), asOfJune(OutcomeStage::Sql), dataEnd);
        QVERIFY(population.ok());
        QCOMPARE(population->cases[0].positive, true);
        QCOMPARE(population->cases[4].positive, true);
        QCOMPARE(BackTest::outcomeAt(leads(), 0, OutcomeStage::Sql), at(u"2025-08-01"_qs));
    }

    void eventsAfterTheDateChangeNothing()
    {
        const auto with = BackTest::build(model(), leads(true), asOfJune(), dataEnd);
        const auto without = BackTest::build(model(), leads(false), asOfJune(), dataEnd);
        QVERIFY(with.ok() && without.ok());
        QCOMPARE(with->cases.size(), without->cases.size());
        for (std::size_t i = 0; i < with->cases.size(); ++i) {
            QCOMPARE(with->cases[i].engagement, without->cases[i].engagement);
            QCOMPARE(with->cases[i].positive, without->cases[i].positive);
            QCOMPARE(with->cases[i].mql, without->cases[i].mql);
            QCOMPARE(with->cases[i].stage, without->cases[i].stage);
        }
        const BackTestFigures a = BackTestFigures::of(*with), b = BackTestFigures::of(*without);
        QCOMPARE(a.auc.auc, b.auc.auc);
        QCOMPARE(a.selected, b.selected);
    }

    // At IQL entry: L1 at 03-01 (30, bought 08-01 within 180 days), L2 at 06-20 (30, bought
    // 09-01), L3 at 02-01 (30), L7 at 05-01 (25). L4, L5, L6 never reached IQL. Two 30s
    // tie one 30 and beat 25: (0.5 + 1) × 2 of 4 pairs.
    void atIqlEntry()
    {
        BackTestRequest request;
        request.moment = BackTestMoment::AtIql;
        request.horizonDays = 180;
        const auto population = BackTest::build(model(), leads(), request, dataEnd);
        QVERIFY(population.ok());
        QCOMPARE(population->neverReachedStage, 3);
        QCOMPARE(population->windowOpen, 0);
        QCOMPARE(population->cases.size(), std::size_t(4));
        QCOMPARE(population->cases[0].scoredAt, at(u"2025-03-01"_qs));
        QCOMPARE(population->cases[1].scoredAt, at(u"2025-06-20"_qs));
        QCOMPARE(population->cases[3].engagement, 25);
        const BackTestFigures figures = BackTestFigures::of(*population);
        QCOMPARE(figures.auc.auc, 0.75);
        QCOMPARE(figures.selected, 0);
        QVERIFY(std::isnan(figures.precision));
        QCOMPARE(figures.recall, 0.0);
    }

    void recentEntriesWhoseWindowIsOpenAreLeftOut()
    {
        BackTestRequest request;
        request.moment = BackTestMoment::AtIql;
        const auto population = BackTest::build(model(), leads(), request, at(u"2025-10-01"_qs));
        QVERIFY(population.ok());
        QCOMPARE(population->windowOpen, 2); // L2 (06-20) and L7 (05-01): 180 days not over by 10-01
        QCOMPARE(population->cases.size(), std::size_t(2));
    }

    void aDateTooCloseToTheEndIsProvisional()
    {
        BackTestRequest request = asOfJune();
        request.asOf = at(u"2026-01-01"_qs);
        const auto population = BackTest::build(model(), leads(), request, dataEnd);
        QVERIFY(population.ok());
        QVERIFY(population->provisional());
    }
};

QTEST_GUILESS_MAIN(TestBackTest)
#include "tst_backtest.moc"
