// The capacity curve on seven hand-made leads: MQLs per month in the window, precision
// and recall at each threshold, worked by hand, and the proposal for each combination of
// constraints, including ones no threshold meets.

#include "ScoringFixture.h"
#include "tuning/CapacityCurve.h"
#include "tuning/ModelEvaluation.h"

#include <QTest>

#include <cmath>

using namespace LeadStage;
using namespace LeadStage::Testing;

Q_DECLARE_METATYPE(CapacityProposal::Verdict)

namespace {

// Whitepapers pay 10 (info), comparisons 25 and webinars 20 (intent), a demo request
// makes an MQL; IQL 25, MQL 50 with intent; no decay within three years.
ScoringModel model()
{
    return modelWith(R"({"decay": {"graceMonths": 36, "pointsPerMonth": 5}})");
}

LeadRecord lead(std::int64_t id, const QString &created, const QString &customer = {})
{
    LeadRecord record;
    record.id = id;
    record.createdAt = at(created);
    if (!customer.isEmpty())
        record.customerAt = at(customer);
    return record;
}

// Back-test as of T = 2025-06-01, 180 days; the window is the two 30-day months up to
// 2026-01-01: (2025-11-02, 2026-01-01].
//        peak by T  before the window  by the end   the model's MQL      case, outcome
// L1     50         50                 50           2025-04-01           yes, bought
// L2     0 (no intent yet)  0          60           2025-12-01 (window)  yes, bought
// L3     35         35                 35           never                yes
// L4     25         25                 25           trigger 2025-11-20   yes, bought
// L5     0          0                  70           2025-11-06 (window)  yes
// L6     –          25                 60           2025-12-20 (window)  created after T
// L7     0          0                  25           trigger 2025-03-01   yes, bought
ScoringInput leads()
{
    return InputBuilder()
        .lead(lead(1, u"2025-01-01"_qs, u"2025-08-01"_qs), u"2025-03-01 comparison_download;"
                                                           "2025-04-01 comparison_download"_qs)
        .lead(lead(2, u"2025-01-01"_qs, u"2025-09-01"_qs), u"2025-05-01 whitepaper_download;"
                                                           "2025-11-10 comparison_download;"
                                                           "2025-12-01 comparison_download"_qs)
        .lead(lead(3, u"2025-01-01"_qs), u"2025-02-01 comparison_download;2025-02-10 whitepaper_download"_qs)
        .lead(lead(4, u"2025-01-01"_qs, u"2025-10-01"_qs), u"2025-05-01 comparison_download;"
                                                           "2025-11-20 demo_request"_qs)
        .lead(lead(5, u"2025-01-01"_qs), u"2025-11-05 comparison_download;2025-11-06 comparison_download;"
                                         "2025-12-15 product_webinar"_qs)
        .lead(lead(6, u"2025-07-01"_qs), u"2025-07-10 comparison_download;2025-12-20 comparison_download;"
                                         "2025-12-21 whitepaper_download"_qs)
        .lead(lead(7, u"2025-01-01"_qs, u"2025-07-01"_qs), u"2025-03-01 demo_request;"
                                                           "2025-12-10 comparison_download"_qs)
        .build();
}

const std::int64_t dataEnd = at(u"2026-01-01"_qs);

struct Built
{
    BackTestPopulation population;
    ThresholdReach reach;
    CapacityCurve curve;
};

Built build()
{
    const ScoringInput input = leads();
    BackTestRequest request;
    request.asOf = at(u"2025-06-01"_qs);
    auto population = BackTest::build(model(), input, request, dataEnd);
    if (!population)
        qFatal("back-test: %s", qPrintable(population.error().toString()));
    auto reach = ThresholdReach::collect(model(), input, *population, 2);
    if (!reach)
        qFatal("reach: %s", qPrintable(reach.error().toString()));
    const CapacityCurve curve = CapacityCurve::of(*reach, *population);
    return {std::move(*population), std::move(*reach), curve};
}

} // namespace

class TestCapacityCurve : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peaks_data()
    {
        QTest::addColumn<int>("lead");
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("byEnd");
        QTest::addColumn<qint64>("byMoment");
        QTest::addColumn<QString>("fixedMqlAt");
        QTest::newRow("L1 crossed long ago") << 0 << 50ll << 50ll << 50ll << QString();
        QTest::newRow("L2 info without intent counts not") << 1 << 0ll << 60ll << 0ll << QString();
        QTest::newRow("L3 stays below") << 2 << 35ll << 35ll << 35ll << QString();
        QTest::newRow("L4 trigger in the window") << 3 << 25ll << 25ll << 25ll << u"2025-11-20T00:00:00Z"_qs;
        QTest::newRow("L5 rises in the window") << 4 << 0ll << 70ll << 0ll << QString();
        QTest::newRow("L6 not a case") << 5 << 25ll << 60ll << 0ll << QString();
        QTest::newRow("L7 trigger before") << 6 << 0ll << 25ll << 0ll << u"2025-03-01T00:00:00Z"_qs;
    }
    void peaks()
    {
        QFETCH(int, lead);
        QFETCH(qint64, before);
        QFETCH(qint64, byEnd);
        QFETCH(qint64, byMoment);
        QFETCH(QString, fixedMqlAt);
        const Built built = build();
        const LeadReach &reach = built.reach.leads[std::size_t(lead)];
        QCOMPARE(reach.peakBefore, before);
        QCOMPARE(reach.peakByEnd, byEnd);
        QCOMPARE(reach.peakByMoment, byMoment);
        QCOMPARE(text(reach.fixedMqlAt), fixedMqlAt);
    }

    void rows_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<qint64>("mqls");
        QTest::addColumn<qint64>("selected");
        QTest::addColumn<qint64>("selectedPositives");
        // MQLs: L2 (0, 60], L4 above 25 (its trigger), L5 (0, 70], L6 (25, 60].
        // Selected at T: L7 always (trigger), L1 up to 50, L3 up to 35. Positives: L1, L2, L4, L7.
        QTest::newRow("lowest") << 26 << 4ll << 3ll << 2ll;
        QTest::newRow("above L3") << 36 << 4ll << 2ll << 2ll;
        QTest::newRow("the model's") << 50 << 4ll << 2ll << 2ll;
        QTest::newRow("above L1") << 51 << 4ll << 1ll << 1ll;
        QTest::newRow("above L2 and L6") << 61 << 2ll << 1ll << 1ll;
        QTest::newRow("above L5") << 71 << 1ll << 1ll << 1ll;
    }
    void rows()
    {
        QFETCH(int, threshold);
        QFETCH(qint64, mqls);
        QFETCH(qint64, selected);
        QFETCH(qint64, selectedPositives);
        const Built built = build();
        QCOMPARE(built.curve.rows().size(), std::size_t(6));
        const auto found = std::find_if(built.curve.rows().begin(), built.curve.rows().end(),
                                        [threshold](const CapacityRow &row) { return row.threshold == threshold; });
        QVERIFY(found != built.curve.rows().end());
        QCOMPARE(found->mqls, mqls);
        QCOMPARE(found->mqlsPerMonth, double(mqls) / 2);
        QCOMPARE(found->selected, selected);
        QCOMPARE(found->selectedPositives, selectedPositives);
        QCOMPARE(found->precision, double(selectedPositives) / double(selected));
        QCOMPARE(found->recall, double(selectedPositives) / 4);
    }

    // Between rows the lower row holds; the model's own threshold agrees with the
    // back-test and with the engine's MQL moments.
    void agreesWithTheBackTest()
    {
        const Built built = build();
        QCOMPARE(built.curve.positives(), 4);
        QCOMPARE(built.curve.cases(), 6);
        QCOMPARE(built.curve.at(40).selected, 2);
        QCOMPARE(built.curve.at(40).threshold, 40);
        QCOMPARE(built.curve.at(1000).mqls, 1);
        const CapacityRow current = built.curve.current();
        const BackTestFigures figures = BackTestFigures::of(built.population);
        QCOMPARE(current.threshold, 50);
        QCOMPARE(current.selected, figures.selected);
        QCOMPARE(current.selectedPositives, figures.selectedPositives);
        QCOMPARE(current.mqls, built.reach.modelMqlsInWindow());
        QCOMPARE(built.reach.windowStart, at(u"2025-11-02"_qs));
        QCOMPARE(built.reach.lowestThreshold, 26);
    }

    void proposal_data()
    {
        QTest::addColumn<double>("capacity"); // 0: not given
        QTest::addColumn<double>("share");    // 0: not given
        QTest::addColumn<CapacityProposal::Verdict>("verdict");
        QTest::addColumn<int>("threshold"); // 0: none
        using V = CapacityProposal::Verdict;
        QTest::newRow("capacity met everywhere") << 2.0 << 0.0 << V::CapacityOnly << 26;
        QTest::newRow("capacity from 61 up") << 1.5 << 0.0 << V::CapacityOnly << 61;
        QTest::newRow("capacity met nowhere: L4's trigger") << 0.4 << 0.0 << V::NoThreshold << 0;
        QTest::newRow("catch half: the highest is 50") << 0.0 << 0.5 << V::CatchOnly << 50;
        QTest::newRow("catch a quarter: the highest is 71") << 0.0 << 0.25 << V::CatchOnly << 71;
        QTest::newRow("catch more than the lowest does") << 0.0 << 0.6 << V::NoThreshold << 0;
        QTest::newRow("both met at 61") << 1.5 << 0.25 << V::Both << 61;
        QTest::newRow("both met at 26") << 2.0 << 0.5 << V::Both << 26;
        QTest::newRow("not both: the capacity wins") << 1.5 << 0.5 << V::CapacityWins << 61;
        QTest::newRow("capacity met nowhere, catch given") << 0.4 << 0.25 << V::NoThreshold << 0;
    }
    void proposal()
    {
        QFETCH(double, capacity);
        QFETCH(double, share);
        QFETCH(CapacityProposal::Verdict, verdict);
        QFETCH(int, threshold);
        CapacityConstraints constraints;
        if (capacity > 0)
            constraints.mqlsPerMonth = capacity;
        if (share > 0)
            constraints.catchShare = share;
        const CapacityProposal proposal = build().curve.propose(constraints);
        QCOMPARE(proposal.verdict, verdict);
        QCOMPARE(proposal.row ? proposal.row->threshold : 0, threshold);
        QVERIFY(!proposal.explanation.isEmpty());
    }

    // evaluate's MQLs per month: the model's MQLs in the default window of six months.
    void evaluationCarriesMqlsPerMonth()
    {
        const ScoringInput input = leads();
        BackTestRequest request;
        request.asOf = at(u"2025-06-01"_qs);
        auto evaluated = ModelEvaluation::run({{u"m"_qs, model()}}, input, request, dataEnd);
        QVERIFY(evaluated);
        const BackTestFigures &figures = evaluated->front().figures;
        // Six months back from 2026-01-01 is 2025-07-05: L2, L4, L5, L6 (L1, L7 were MQL before).
        QCOMPARE(figures.mqlMonths, 6);
        QCOMPARE(figures.mqlsPerMonth, 4.0 / 6);
        QCOMPARE(
            ModelEvaluation::toJson(*evaluated)[u"models"_qs][0][u"atMqlThreshold"_qs][u"mqlsPerMonth"_qs].toDouble(),
            4.0 / 6);
    }
};

QTEST_GUILESS_MAIN(TestCapacityCurve)
#include "tst_capacitycurve.moc"
