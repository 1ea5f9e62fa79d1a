// The arithmetic of evaluation against outcomes (DESIGN §9): the AUC with ties counted
// one half, worked by hand; DeLong's interval and the paired difference against pROC
// 1.18's values (R: ci.auc(method = "delong"), roc.test(method = "delong", paired = TRUE))
// on the same fixed data; the gains table and score bands by hand.

#include "tuning/GainsTable.h"
#include "tuning/RocAuc.h"
#include "tuning/ScoreBands.h"

#include <QTest>

#include <cmath>

using namespace LeadStage;

namespace {

std::vector<ScoredCase> cases(const std::vector<double> &scores, const std::vector<int> &labels)
{
    std::vector<ScoredCase> result;
    for (std::size_t i = 0; i < scores.size(); ++i)
        result.push_back({scores[i], labels[i] != 0});
    return result;
}

// Hanley & McNeil (1982), CT ratings 1–5: 58 normal (33, 6, 6, 11, 2) and 51 abnormal
// (3, 2, 2, 11, 33) — five scores, so nearly every pair is a tie or one.
std::vector<ScoredCase> hanleyMcNeil()
{
    std::vector<ScoredCase> result;
    const int normal[] = {33, 6, 6, 11, 2}, abnormal[] = {3, 2, 2, 11, 33};
    for (int rating = 1; rating <= 5; ++rating) {
        result.insert(result.end(), std::size_t(normal[rating - 1]), ScoredCase{double(rating), false});
        result.insert(result.end(), std::size_t(abnormal[rating - 1]), ScoredCase{double(rating), true});
    }
    return result;
}

// Twelve leads ranked by two models; five bought.
const std::vector<int> bought = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
const std::vector<double> modelA = {80, 65, 65, 40, 30, 65, 50, 30, 20, 20, 10, 0};
const std::vector<double> modelB = {90, 70, 40, 55, 20, 30, 60, 20, 25, 10, 45, 5};

constexpr double tolerance = 1e-12;

} // namespace

class TestEvaluationArithmetic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aucByHand_data()
    {
        QTest::addColumn<std::vector<double>>("scores");
        QTest::addColumn<std::vector<int>>("labels");
        QTest::addColumn<double>("auc");
        QTest::newRow("perfect") << std::vector<double>{9, 8, 1, 0} << std::vector<int>{1, 1, 0, 0} << 1.0;
        QTest::newRow("reversed") << std::vector<double>{0, 1, 8, 9} << std::vector<int>{1, 1, 0, 0} << 0.0;
        QTest::newRow("all tied: every pair a half")
            << std::vector<double>{5, 5, 5} << std::vector<int>{1, 0, 0} << 0.5;
        // 80 beats all 7 negatives; each 65 beats 6 and ties 1 (6.5); 40 beats 5;
        // 30 beats 4 and ties 1 (4.5): 29.5 of 5 × 7 = 35 pairs.
        QTest::newRow("model A, with ties") << modelA << bought << 29.5 / 35;
        // 90 beats 7; 70 beats 7; 40 beats 30, 25, 20, 10, 5 (5); 55 beats 6;
        // 20 beats 10, 5 and ties 20 (2.5): 27.5 of 35.
        QTest::newRow("model B") << modelB << bought << 27.5 / 35;
    }

    void aucByHand()
    {
        QFETCH(std::vector<double>, scores);
        QFETCH(std::vector<int>, labels);
        QFETCH(double, auc);
        const AucEstimate estimate = RocAuc::of(cases(scores, labels));
        QVERIFY(estimate.hasAuc());
        QVERIFY(std::abs(estimate.auc - auc) < tolerance);
    }

    void withoutBothClassesThereIsNoAuc()
    {
        const AucEstimate none = RocAuc::of(cases({5, 4, 3}, {0, 0, 0}));
        QVERIFY(!none.hasAuc());
        QCOMPARE(none.positives, 0);
        QCOMPARE(none.negatives, 3);
        const AucEstimate one = RocAuc::of(cases({5, 4, 3}, {1, 0, 0}));
        QVERIFY(one.hasAuc());
        QVERIFY(!one.hasInterval());
        QCOMPARE(one.auc, 1.0);
        QVERIFY(std::isnan(one.low));
    }

    void delongIntervalMatchesPRoc()
    {
        const AucEstimate hm = RocAuc::of(hanleyMcNeil());
        QCOMPARE(hm.positives, 51);
        QCOMPARE(hm.negatives, 58);
        QVERIFY(std::abs(hm.auc - 0.893171061528059) < tolerance);
        QVERIFY(std::abs(hm.standardError - 0.030724408379381) < tolerance);
        QVERIFY(std::abs(hm.low - 0.832952327658172) < tolerance);
        QVERIFY(std::abs(hm.high - 0.953389795397947) < tolerance);

        const AucEstimate a = RocAuc::of(cases(modelA, bought));
        QVERIFY(std::abs(a.standardError - 0.115322676555356) < tolerance);
        QVERIFY(std::abs(a.low - 0.616828850207884) < tolerance);
        QCOMPARE(a.high, 1.0); // clipped, as pROC does
    }

    void pairedDifferenceMatchesPRoc()
    {
        std::vector<PairedCase> paired;
        for (std::size_t i = 0; i < bought.size(); ++i)
            paired.push_back({modelA[i], modelB[i], bought[i] != 0});
        const AucDifference d = RocAuc::difference(paired);
        QVERIFY(std::abs(d.a.auc - 29.5 / 35) < tolerance);
        QVERIFY(std::abs(d.b.standardError - 0.145452612850488) < tolerance);
        QVERIFY(std::abs(d.difference - (-2.0 / 35)) < tolerance);
        QVERIFY(std::abs(d.standardError - 0.125762977583279) < 1e-9);
        // pROC gives A − B: [−0.1893480, 0.3036338]; this is B − A.
        QVERIFY(std::abs(d.low - -0.3036338) < 1e-7);
        QVERIFY(std::abs(d.high - 0.1893480) < 1e-7);
    }

    void aModelAgainstItselfDiffersByNothing()
    {
        std::vector<PairedCase> paired;
        for (std::size_t i = 0; i < bought.size(); ++i)
            paired.push_back({modelA[i], modelA[i], bought[i] != 0});
        const AucDifference d = RocAuc::difference(paired);
        QCOMPARE(d.difference, 0.0);
        QVERIFY(std::abs(d.standardError) < 1e-9);
    }

    void rocCurveHasOnePointPerDistinctScore()
    {
        const std::vector<RocPoint> points = RocAuc::curve(cases({9, 7, 7, 3}, {1, 1, 0, 0}));
        QCOMPARE(points.size(), std::size_t(4));
        QCOMPARE(points[0].truePositiveRate, 0.0);
        QCOMPARE(points[1].threshold, 9.0);
        QCOMPARE(points[1].truePositiveRate, 0.5);
        QCOMPARE(points[1].falsePositiveRate, 0.0);
        QCOMPARE(points[2].threshold, 7.0); // the tie moves both rates at once
        QCOMPARE(points[2].truePositiveRate, 1.0);
        QCOMPARE(points[2].falsePositiveRate, 0.5);
        QCOMPARE(points[3].falsePositiveRate, 1.0);
    }

    // 20 leads, 4 bought: deciles end at ranks 2, 4, …, 20. The three 80s cross the end
    // of decile 2 (rank 4) and stay together; the seven 0s with the 10 make decile 7–10.
    void gainsTableKeepsTiesTogether()
    {
        const std::vector<double> scores = {100, 90, 80, 80, 80, 70, 60, 50, 50, 40, 30, 20, 10, 0, 0, 0, 0, 0, 0, 0};
        const std::vector<int> labels = {1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
        const GainsTable table = GainsTable::of(cases(scores, labels));
        QCOMPARE(table.leads(), 20);
        QCOMPARE(table.positives(), 4);
        struct Expected
        {
            int first, last;
            double high, low;
            std::int64_t leads, positives;
            double lift, gain, cumulativeLift;
        };
        const std::vector<Expected> expected = {
            {1, 1, 100, 90, 2, 1, 2.5, 0.25, 2.5}, {2, 2, 80, 80, 3, 1, 5.0 / 3, 0.5, 2.0},
            {3, 3, 70, 70, 1, 0, 0, 0.5, 5.0 / 3}, {4, 4, 60, 50, 3, 1, 5.0 / 3, 0.75, 5.0 / 3},
            {5, 5, 40, 40, 1, 0, 0, 0.75, 1.5},    {6, 6, 30, 20, 2, 0, 0, 0.75, 1.25},
            {7, 10, 10, 0, 8, 1, 0.625, 1.0, 1.0},
        };
        QCOMPARE(table.rows().size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const GainsTable::Row &row = table.rows()[i];
            const Expected &want = expected[i];
            QCOMPARE(row.firstDecile, want.first);
            QCOMPARE(row.lastDecile, want.last);
            QCOMPARE(row.highestScore, want.high);
            QCOMPARE(row.lowestScore, want.low);
            QCOMPARE(row.leads, want.leads);
            QCOMPARE(row.positives, want.positives);
            QVERIFY2(std::abs(row.lift - want.lift) < tolerance, qPrintable(QString::number(i)));
            QVERIFY(std::abs(row.cumulativeGain - want.gain) < tolerance);
            QVERIFY(std::abs(row.cumulativeLift - want.cumulativeLift) < tolerance);
        }
        QVERIFY(table.hasMergedRows());
    }

    void gainsTableOfDistinctScoresHasTenRows()
    {
        std::vector<ScoredCase> hundred;
        for (int i = 0; i < 100; ++i)
            hundred.push_back({double(i), i % 10 == 0});
        const GainsTable table = GainsTable::of(hundred);
        QCOMPARE(table.rows().size(), std::size_t(10));
        QVERIFY(!table.hasMergedRows());
        for (const GainsTable::Row &row : table.rows())
            QCOMPARE(row.leads, 10);
        QCOMPARE(table.rows().front().highestScore, 99.0);
        QCOMPARE(table.rows().back().cumulativeLeads, 100);
        QVERIFY(GainsTable::of({}).rows().empty());
    }

    void scoreBands()
    {
        const std::vector<double> scores = {100, 90, 80, 80, 80, 70, 60, 50, 50, 40, 30, 20, 10, 0, 0, 0, 0, 0, 0, -5};
        const std::vector<int> labels = {1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
        const ScoreBands bands = ScoreBands::of(cases(scores, labels));
        const std::int64_t leads[] = {9, 2, 4, 4, 1}, positives[] = {1, 0, 1, 1, 1};
        for (std::size_t i = 0; i < ScoreBands::count; ++i) {
            QCOMPARE(bands.bands()[i].leads, leads[i]);
            QCOMPARE(bands.bands()[i].positives, positives[i]);
        }
        QCOMPARE(bands.bands()[0].label, u"0–24"_qs);
        QCOMPARE(bands.bands()[4].label, u"100+"_qs);
        QCOMPARE(ScoreBands::bandOf(24.99), std::size_t(0));
        QCOMPARE(ScoreBands::bandOf(25), std::size_t(1));
        QCOMPARE(ScoreBands::bandOf(99.5), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestEvaluationArithmetic)
#include "tst_evaluationarithmetic.moc"
