// The regression behind suggested points: exact maximum-likelihood answers of a 2×2
// table worked by hand, the penalty shrinking toward 0, and known coefficients
// recovered from synthetic leads (a seeded mt19937_64, so the same cases everywhere);
// then the coefficients turned into points on the model's scale, by hand.

#include "tuning/LogisticRegression.h"
#include "tuning/PointScale.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace LeadStage;

namespace {

// A uniform number in [0, 1) from the 53 high bits: mt19937_64's output is fixed by
// the standard, unlike the library's distributions.
double uniform(std::mt19937_64 &random)
{
    return double(random() >> 11) * 0x1.0p-53;
}

// x = 0: 10 bought, 30 did not; x = 1: 20 and 20.
FeatureMatrix twoByTwo()
{
    FeatureMatrix cases(1);
    const auto add = [&](double x, bool positive, int times) {
        for (int i = 0; i < times; ++i)
            cases.addRow(std::vector<double>{x}, positive);
    };
    add(0, true, 10);
    add(0, false, 30);
    add(1, true, 20);
    add(1, false, 20);
    return cases;
}

} // namespace

class TestLogisticRegression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Unpenalised, the fit reproduces each group's log-odds: β0 = ln(10/30), β0 + β1 =
    // ln(20/20) = 0; the variances are Woolf's: 1/10 + 1/30 and 1/10 + 1/30 + 1/20 + 1/20.
    void twoByTwoByHand()
    {
        LogisticRegression::Options options;
        options.l2 = 0;
        const auto fit = LogisticRegression::fit(twoByTwo(), options);
        QVERIFY(fit.ok());
        QVERIFY(fit->converged);
        QVERIFY(std::abs(fit->intercept - std::log(1.0 / 3)) < 1e-9);
        QVERIFY(std::abs(fit->coefficients[0] - std::log(3.0)) < 1e-9);
        QVERIFY(std::abs(fit->interceptError - std::sqrt(1.0 / 10 + 1.0 / 30)) < 1e-9);
        QVERIFY(std::abs(fit->standardErrors[0] - std::sqrt(1.0 / 10 + 1.0 / 30 + 1.0 / 20 + 1.0 / 20)) < 1e-9);
    }

    void thePenaltyShrinksTheCoefficient()
    {
        double previous = std::log(3.0) + 1;
        for (double l2 : {0.0, 1.0, 10.0, 100.0}) {
            LogisticRegression::Options options;
            options.l2 = l2;
            const auto fit = LogisticRegression::fit(twoByTwo(), options);
            QVERIFY(fit.ok());
            QVERIFY(fit->coefficients[0] > 0);
            QVERIFY(fit->coefficients[0] < previous);
            previous = fit->coefficients[0];
        }
    }

    void recoversKnownCoefficients()
    {
        // log-odds = −2 + 1.5·(opened the pricing page) + 0.4·(webinars, 0–5) − 0.8·(free e-mail)
        const double truth[] = {-2.0, 1.5, 0.4, -0.8};
        std::mt19937_64 random(20261204);
        FeatureMatrix cases(3);
        for (int i = 0; i < 40000; ++i) {
            const double pricing = uniform(random) < 0.3 ? 1 : 0;
            const double webinars = std::floor(uniform(random) * 6);
            const double freeMail = uniform(random) < 0.4 ? 1 : 0;
            const double logOdds = truth[0] + truth[1] * pricing + truth[2] * webinars + truth[3] * freeMail;
            cases.addRow(std::vector<double>{pricing, webinars, freeMail},
                         uniform(random) < 1 / (1 + std::exp(-logOdds)));
        }
        LogisticRegression::Options options;
        options.l2 = 0.01;
        const auto fit = LogisticRegression::fit(cases, options);
        QVERIFY(fit.ok());
        QVERIFY(fit->converged);
        QVERIFY(fit->iterations < 15);
        // Within three standard errors of the truth, and the errors small (~0.03).
        QVERIFY2(std::abs(fit->intercept - truth[0]) < 3 * fit->interceptError,
                 qPrintable(QString::number(fit->intercept)));
        for (std::size_t j = 0; j < 3; ++j) {
            QVERIFY2(std::abs(fit->coefficients[j] - truth[j + 1]) < 3 * fit->standardErrors[j],
                     qPrintable(u"β%1 = %2 ± %3"_qs.arg(j + 1).arg(fit->coefficients[j]).arg(fit->standardErrors[j])));
            QVERIFY(fit->standardErrors[j] < 0.06);
        }
    }

    // β = (1.0, 0.5); four leads (1,1), (1,0), (0,1), (0,0); MQL at 20; the current model
    // has half the leads at or above it. Exactly the leads with the first feature reach 20
    // when round(1/s) ≥ 20 and round(0.5/s) ≤ 19: s in (0.025641, 0.051282]. The grid's
    // steps there run from 0.025990 to 0.050630 (400 steps from 0.001 to 2); their
    // geometric middle is 0.036275, giving round(27.57) = 28 and round(13.78) = 14 points.
    void pointsKeepTheThresholdsShare()
    {
        FeatureMatrix leads(2);
        for (const auto &row : {std::vector<double>{1, 1}, {1, 0}, {0, 1}, {0, 0}})
            leads.addRow(row, false);
        const std::vector<double> beta = {1.0, 0.5};
        const PointScale::Scaled scaled = PointScale::scale(beta, leads, 20, 0.5, 1000);
        QCOMPARE(scaled.points, (std::vector<int>{28, 14}));
        QCOMPARE(scaled.share, 0.5);
        QVERIFY(std::abs(scaled.step - 0.036275) < 1e-5);
    }

    void negativeAndZeroCoefficients()
    {
        QCOMPARE(PointScale::pointsOf(-0.8, 0.04), -20);
        QCOMPARE(PointScale::pointsOf(0.01, 0.04), 0);
        QCOMPARE(PointScale::pointsOf(0.02, 0.04), 1); // half rounds away from zero
        FeatureMatrix leads(1);
        leads.addRow(std::vector<double>{1}, false);
        const PointScale::Scaled none = PointScale::scale(std::vector<double>{0.0}, leads, 20, 0.5, 1000);
        QCOMPARE(none.points, std::vector<int>{0});
    }

    void oneClassIsRefusedWithTheCounts()
    {
        FeatureMatrix cases(1);
        cases.addRow(std::vector<double>{1}, false);
        cases.addRow(std::vector<double>{0}, false);
        const auto fit = LogisticRegression::fit(cases, {});
        QVERIFY(!fit.ok());
        QCOMPARE(fit.error().what, u"the regression needs leads with and without the outcome (0 of 2 have it)"_qs);
    }

    void perfectSeparationWithoutPenaltyIsSaid()
    {
        FeatureMatrix cases(1);
        for (int i = 0; i < 10; ++i)
            cases.addRow(std::vector<double>{double(i % 2)}, i % 2 == 1);
        LogisticRegression::Options options;
        options.l2 = 0;
        const auto fit = LogisticRegression::fit(cases, options);
        // Either refused, or not converged: never a silent, finite "answer".
        QVERIFY(!fit.ok() || !fit->converged);
        options.l2 = 1;
        const auto penalised = LogisticRegression::fit(cases, options);
        QVERIFY(penalised.ok());
        QVERIFY(penalised->converged);
        QVERIFY(penalised->coefficients[0] > 1);
    }
};

QTEST_GUILESS_MAIN(TestLogisticRegression)
#include "tst_logisticregression.moc"
