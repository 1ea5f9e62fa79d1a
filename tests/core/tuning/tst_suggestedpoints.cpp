// Suggested points (issue 17 item 3) on hand-made leads: each rule's feature as the
// engine pays it (a cap, a count rule, a pays-once rule, a field rule, decay) with exact
// numbers, Σ points × feature reconciling with the engine for every case, the split in
// time, the refusal without enough outcomes, candidate field rules' quartiles and
// frequent values, accepting one or every suggestion, and the regression recovering the
// log-odds synthetic leads were drawn with.

#include "ScoringFixture.h"
#include "scoring/ScoringEngine.h"
#include "tuning/FieldRuleCandidates.h"
#include "tuning/OneChangeAuc.h"
#include "tuning/SuggestedPoints.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// A capped rule, a count rule, a pays-once rule, an intent rule, a product rule and a
// rule at 0 points (neither is a feature), a field rule; decay after one month.
ScoringModel model()
{
    return modelWith(R"({"rules": [)"
                     R"(        {"id": "wp", "label": "Whitepaper", "category": "Content", "track": "info",)"
                     R"(         "activity": "whitepaper_download", "points": 10, "pays": "each", "cap": 25},)"
                     R"(        {"id": "blog3", "label": "Blog, 3+", "category": "Website", "track": "info",)"
                     R"(         "activity": "blog_read", "points": 10, "pays": "atCount", "count": 3},)"
                     R"(        {"id": "about", "label": "About", "category": "Website", "track": "info",)"
                     R"(         "activity": "about_page_visit", "points": 5, "pays": "once"},)"
                     R"(        {"id": "cmp", "label": "Comparison", "category": "Intent", "track": "intent",)"
                     R"(         "activity": "comparison_download", "points": 25, "pays": "each"},)"
                     R"(        {"id": "login", "label": "Login", "category": "Product", "track": "product",)"
                     R"(         "activity": "product_login", "points": 5, "pays": "each"},)"
                     R"(        {"id": "zero", "label": "Opens", "category": "Email", "track": "info",)"
                     R"(         "activity": "email_open", "points": 0, "pays": "each"},)"
                     R"(        {"id": "big", "label": "100+ employees", "category": "Fit", "track": "info",)"
                     R"(         "field": "employees", "op": ">=", "value": 100, "points": 7}],)"
                     R"(        "decay": {"graceMonths": 1, "pointsPerMonth": 5}})");
}

LeadRecord lead(std::int64_t id, const QString &created, std::int64_t employees, const QString &customer = {})
{
    LeadRecord record;
    record.id = id;
    record.createdAt = at(created);
    record.employees = employees;
    if (!customer.isEmpty())
        record.customerAt = at(customer);
    return record;
}

// A: three whitepapers (the third cut from 10 to 5 by the cap), four blog reads (pays at
// the third), two About visits (pays once), a comparison, logins (product); 200 employees.
// B: one whitepaper; 50 employees. Decay steps fall 60, 90, … days after the last event.
ScoringInput twoLeads()
{
    return InputBuilder()
        .lead(lead(1, u"2025-01-01"_qs, 200),
              u"2025-01-02 whitepaper_download;2025-01-03 whitepaper_download;2025-01-04 whitepaper_download;"
              "2025-01-05 blog_read;2025-01-06 blog_read;2025-01-07 blog_read;2025-01-08 blog_read;"
              "2025-01-08 about_page_visit;2025-01-09 about_page_visit;2025-01-10 comparison_download;"
              "2025-01-10 product_login;2025-01-10 product_login;2025-01-10 email_open"_qs)
        .lead(lead(2, u"2025-01-01"_qs, 50), u"2025-01-02 whitepaper_download"_qs)
        .build();
}

BackTestCase caseAt(std::uint32_t lead, const QString &when, std::int64_t engagement = 0)
{
    BackTestCase c;
    c.lead = lead;
    c.scoredAt = at(when);
    c.engagement = engagement;
    return c;
}

std::vector<int> pointsOf(const std::vector<RuleFeature> &columns)
{
    std::vector<int> points;
    for (const RuleFeature &column : columns)
        points.push_back(column.points);
    return points;
}

// Synthetic leads whose outcome follows known log-odds: −2.5 + 0.8 per whitepaper,
// 0 per e-mail click, −0.6 per social engagement, +1.2 for a comparison. Early leads
// (created 2024) buy on 2025-01-15 or never; later ones (created 2024-12-10 to 2025-04)
// on 2025-08-01 or never. As of T = 2025-06-01 with H = 180 days, the early leads fill
// the fitted window, the later ones the validation window.
struct Synthetic
{
    static constexpr double intercept = -2.5;
    static constexpr std::array<double, 4> logOdds{0.8, 0.0, -0.6, 1.2};

    static ScoringModel model()
    {
        return modelWith(R"({"rules": [)"
                         R"(            {"id": "wp", "label": "Whitepaper", "category": "Content", "track": "info",)"
                         R"(             "activity": "whitepaper_download", "points": 10, "pays": "each"},)"
                         R"(            {"id": "click", "label": "E-mail click", "category": "Email", "track": "info",)"
                         R"(             "activity": "email_click", "points": 10, "pays": "each"},)"
                         R"(            {"id": "social", "label": "Social", "category": "Social", "track": "info",)"
                         R"(             "activity": "social_engage", "points": 8, "pays": "each"},)"
                         R"(            {"id": "cmp", "label": "Comparison", "category": "Intent", "track": "intent",)"
                         R"(             "activity": "comparison_download", "points": 25, "pays": "each"}],)"
                         R"(            "decay": {"graceMonths": 120, "pointsPerMonth": 5}})");
    }

    static ScoringInput input()
    {
        std::mt19937 random(17);
        const auto uniform = [&random] { return double(random()) / 4294967296.0; };
        const char *activities[] = {"whitepaper_download", "email_click", "social_engage", "comparison_download"};
        InputBuilder builder;
        const std::int64_t early = at(u"2024-01-01"_qs), late = at(u"2024-12-10"_qs);
        for (int i = 0; i < 9000; ++i) {
            const bool isEarly = i < 6000;
            const std::int64_t created = (isEarly ? early : late) + std::int64_t(uniform() * 120) * secondsPerDay;
            QStringList events;
            double eta = intercept;
            for (std::size_t a = 0; a < 4; ++a) {
                const int count = int(random() % (a == 3 ? 2 : 4));
                eta += logOdds[a] * count;
                for (int k = 0; k < count; ++k)
                    events << text(created + (1 + std::int64_t(a) * 3 + k) * secondsPerDay) + u' '
                                  + QLatin1StringView(activities[a]);
            }
            LeadRecord record;
            record.id = i + 1;
            record.createdAt = created;
            if (uniform() < 1 / (1 + std::exp(-eta)))
                record.customerAt = at(isEarly ? u"2025-01-15"_qs : u"2025-08-01"_qs);
            builder.lead(record, events.join(u';'));
        }
        return builder.build();
    }

    static BackTestRequest request()
    {
        BackTestRequest request;
        request.asOf = at(u"2025-06-01"_qs);
        request.horizonDays = 180;
        return request;
    }
};

const std::int64_t dataEnd = at(u"2026-06-01"_qs);

} // namespace

class TestSuggestedPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAreTheRulesEngagementPays()
    {
        const std::vector<RuleFeature> columns = RuleFeatures::columns(model());
        QStringList ids;
        for (const RuleFeature &column : columns)
            ids << column.id;
        QCOMPARE(ids, (QStringList{u"wp"_qs, u"blog3"_qs, u"about"_qs, u"cmp"_qs, u"big"_qs, u"decay"_qs}));
        QCOMPARE(pointsOf(columns), (std::vector<int>{10, 10, 5, 25, 7, -5}));
        QCOMPARE(columns[4].rule, 6);
        QVERIFY(columns[5].kind == RuleFeature::Kind::Decay);
    }

    void featuresAsTheEnginePaysThem_data()
    {
        QTest::addColumn<int>("lead");
        QTest::addColumn<QString>("when");
        QTest::addColumn<std::vector<double>>("expected"); // wp, blog3, about, cmp, big, decay
        QTest::addColumn<int>("engagement");
        // 25 + 10 + 5 + 25 + 7: the cap cuts the third whitepaper to half a payment.
        QTest::newRow("A on Jan 31: no decay yet")
            << 0 << u"2025-01-31"_qs << std::vector<double>{2.5, 1, 1, 1, 1, 0} << 72;
        // Two steps (Mar 11, Apr 10) took 10.
        QTest::newRow("A on Apr 15: two decay steps")
            << 0 << u"2025-04-15"_qs << std::vector<double>{2.5, 1, 1, 1, 1, 2} << 62;
        // Only two blog reads by Jan 6: the count rule has not paid.
        QTest::newRow("A on Jan 6: count rule not due")
            << 0 << u"2025-01-06T12:00:00Z"_qs << std::vector<double>{2.5, 0, 0, 0, 1, 0} << 32;
        // 10 points, decay steps on Mar 3 and Apr 2 take 5 each; later steps find nothing.
        QTest::newRow("B on Apr 15: decay took all")
            << 1 << u"2025-04-15"_qs << std::vector<double>{1, 0, 0, 0, 0, 2} << 0;
        QTest::newRow("B on Jun 15: nothing more to take")
            << 1 << u"2025-06-15"_qs << std::vector<double>{1, 0, 0, 0, 0, 2} << 0;
    }

    void featuresAsTheEnginePaysThem()
    {
        QFETCH(int, lead);
        QFETCH(QString, when);
        QFETCH(std::vector<double>, expected);
        QFETCH(int, engagement);
        const ScoringInput input = twoLeads();
        const std::vector<BackTestCase> cases{caseAt(std::uint32_t(lead), when)};
        const auto features = RuleFeatures::extract(model(), input, cases);
        QVERIFY(features.ok());
        QCOMPARE(features->rows(), std::size_t(1));
        std::vector<double> row;
        for (std::size_t j = 0; j < features->features(); ++j)
            row.push_back(features->at(0, j));
        QCOMPARE(row, expected);
        QCOMPARE(ScoringEngine(model()).scoreLead(input, std::size_t(lead), at(when)).engagement, engagement);
        QCOMPARE(RuleFeatures::score(pointsOf(RuleFeatures::columns(model())), *features, 0), double(engagement));
    }

    // Every case of two back-tests (as of a date, at IQL entry) under the default model.
    void pointsTimesFeaturesIsTheEnginesEngagement_data()
    {
        QTest::addColumn<int>("moment");
        QTest::newRow("as of a date") << int(BackTestMoment::AsOf);
        QTest::newRow("at IQL entry") << int(BackTestMoment::AtIql);
    }

    void pointsTimesFeaturesIsTheEnginesEngagement()
    {
        QFETCH(int, moment);
        const ScoringModel defaults = modelWith();
        const ScoringInput input = Synthetic::input();
        BackTestRequest request = Synthetic::request();
        request.moment = BackTestMoment(moment);
        const auto population = BackTest::build(defaults, input, request, dataEnd);
        QVERIFY(population.ok());
        QVERIFY(population->cases.size() > 1000);
        const auto features = RuleFeatures::extract(defaults, input, population->cases, nullptr, 2);
        QVERIFY(features.ok());
        const std::vector<int> points = pointsOf(RuleFeatures::columns(defaults));
        for (std::size_t row = 0; row < features->rows(); ++row)
            QCOMPARE(RuleFeatures::score(points, *features, row), double(population->cases[row].engagement));
    }

    void theFitIsEarlierThanTheValidation()
    {
        const ScoringModel synthetic = Synthetic::model();
        const ScoringInput input = Synthetic::input();
        BackTestRequest request = Synthetic::request();
        const auto asOf = SuggestedPoints::compute(synthetic, input, request, dataEnd);
        QVERIFY2(asOf.ok(), qPrintable(asOf.ok() ? QString() : asOf.error().toString()));
        QCOMPARE(asOf->split.fittedAsOf, request.asOf - 180 * secondsPerDay);
        QCOMPARE(asOf->split.validatedAsOf, request.asOf);
        BackTestRequest earlier = request;
        earlier.asOf = asOf->split.fittedAsOf;
        const auto fitted = BackTest::build(synthetic, input, earlier, dataEnd);
        const auto validated = BackTest::build(synthetic, input, request, dataEnd);
        QCOMPARE(asOf->split.fittedCases, std::int64_t(fitted->cases.size()));
        QCOMPARE(asOf->split.validatedCases, std::int64_t(validated->cases.size()));
        QCOMPARE(asOf->split.fittedCases, 6000); // the early leads only
        QCOMPARE(asOf->split.validatedCases, 9000 - asOf->split.fittedPositives);

        // At stage entry: the earlier two thirds of the cases by moment, the later third.
        // (400 days, so that the early leads' purchases fall within the horizon too.)
        request.moment = BackTestMoment::AtIql;
        request.horizonDays = 400;
        const auto atEntry = SuggestedPoints::compute(synthetic, input, request, dataEnd);
        QVERIFY2(atEntry.ok(), qPrintable(atEntry.ok() ? QString() : atEntry.error().toString()));
        const auto population = BackTest::build(synthetic, input, request, dataEnd);
        std::vector<std::int64_t> moments;
        for (const BackTestCase &c : population->cases)
            moments.push_back(c.scoredAt);
        std::sort(moments.begin(), moments.end());
        const std::size_t cut = moments.size() * 2 / 3;
        QCOMPARE(atEntry->split.fittedCases, std::int64_t(cut));
        QCOMPARE(atEntry->split.validatedCases, std::int64_t(moments.size() - cut));
        QCOMPARE(atEntry->split.validatedFrom, moments[cut]);

        // At IQL entry no lead is at the MQL threshold (at most 24 + 25 points): the share
        // pins nothing, so the strongest rule gets the model's largest points, 25.
        QCOMPARE(atEntry->targetShare, 0.0);
        QCOMPARE(atEntry->scale, PointSuggestions::Scale::Largest);
        int largest = 0;
        for (const PointSuggestion &p : atEntry->suggestions)
            largest = std::max(largest, std::abs(p.suggestedPoints));
        QCOMPARE(largest, 25);
    }

    void tooFewOutcomesAreRefused()
    {
        const ScoringInput input =
            InputBuilder()
                .lead(lead(1, u"2024-01-01"_qs, 10, u"2025-01-15"_qs), u"2024-02-01 whitepaper_download"_qs)
                .lead(lead(2, u"2024-01-01"_qs, 10), u"2024-02-01 comparison_download"_qs)
                .lead(lead(3, u"2024-01-01"_qs, 10, u"2025-08-01"_qs))
                .build();
        const auto refused = SuggestedPoints::compute(model(), input, Synthetic::request(), dataEnd);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().what, u"too few outcomes to suggest points: the fitted window (as of 2024-12-03) "
                                       "holds 1 positive leads of 3, and at least 20 are needed"_qs);
        QVERIFY(refused.error().hint.contains(u"--horizon"_qs));
        SuggestedPoints::Options one;
        one.minimumPositives = 1;
        const auto twoLeadsAtT = SuggestedPoints::compute(model(), input, Synthetic::request(), dataEnd, nullptr, one);
        QVERIFY(twoLeadsAtT.ok()); // one positive in each window is enough when asked for
    }

    // Industries Software ×5, Finance ×3, Retail ×1, none ×1; employees 10, 20, … 100.
    void candidatesAreQuartilesAndFrequentValues()
    {
        InputBuilder builder;
        const QString industries[] = {u"Software"_qs, u"Finance"_qs,  u"Software"_qs, u"Retail"_qs,   u"Software"_qs,
                                      u"Finance"_qs,  u"Software"_qs, QString(),      u"Software"_qs, u"Finance"_qs};
        std::vector<BackTestCase> cases;
        for (int i = 0; i < 10; ++i) {
            LeadRecord record = lead(i + 1, u"2025-01-01"_qs, 10 * (i + 1));
            record.industry = industries[i];
            record.attrs = QByteArray("{\"plan\": \"") + (i < 6 ? "pro" : "free")
                           + "\", \"visits\": " + QByteArray::number(i % 4) + '}';
            builder.lead(record);
            cases.push_back(caseAt(std::uint32_t(i), u"2025-02-01"_qs));
        }
        const ScoringInput input = builder.build();
        FieldRuleCandidates::Options options;
        options.minimumLeads = 2;
        options.minimumShare = 0;
        options.valuesPerField = 5;
        const auto candidates = FieldRuleCandidates::find(model(), input, cases, {u"plan"_qs, u"visits"_qs}, options);
        QStringList labels;
        for (const ScoringRule &rule : candidates)
            labels << rule.label;
        // Quartiles of 10..100 at positions ⌊9·k/4⌋: 30, 50, 70 ("≥ 100" is the model's already:
        // no, the model's rule is ≥ 100, not a quartile). Retail has one lead: below the minimum.
        // visits 0,1,2,3,0,1,2,3,0,1: quartiles 0 (the smallest: no candidate), 1, 2.
        QCOMPARE(labels, (QStringList{u"employees ≥ 30"_qs, u"employees ≥ 50"_qs, u"employees ≥ 70"_qs,
                                      u"industry = Software"_qs, u"industry = Finance"_qs, u"plan = pro"_qs,
                                      u"plan = free"_qs, u"visits ≥ 1"_qs, u"visits ≥ 2"_qs}));
        QCOMPARE(candidates[0].id, u"new-employees-from-30"_qs);
        QCOMPARE(candidates[3].id, u"new-industry-software"_qs);
        QCOMPARE(candidates[3].points, 0);

        // The values the engine's condition tables give, per case and candidate.
        const std::vector<double> holds = FieldRuleCandidates::holds(candidates, model(), input, cases);
        QCOMPARE(holds.size(), 10 * candidates.size());
        const auto column = [&](std::size_t j) {
            std::vector<double> values;
            for (std::size_t c = 0; c < 10; ++c)
                values.push_back(holds[c * candidates.size() + j]);
            return values;
        };
        QCOMPARE(column(0), (std::vector<double>{0, 0, 1, 1, 1, 1, 1, 1, 1, 1}));
        QCOMPARE(column(3), (std::vector<double>{1, 0, 1, 0, 1, 0, 1, 0, 1, 0}));
        QCOMPARE(column(8), (std::vector<double>{0, 0, 1, 1, 0, 0, 1, 1, 0, 0}));

        // A value the model already has a rule for is no candidate; the bound holds.
        ScoringModel withSoftware = model();
        ScoringRule software = candidates[3];
        software.points = 10;
        withSoftware.rules.push_back(software);
        options.valuesPerField = 1;
        const auto fewer = FieldRuleCandidates::find(withSoftware, input, cases, {}, options);
        QCOMPARE(fewer.size(), std::size_t(3)); // the quartiles; Software is known, one value per field
    }

    // Leads 0..11, positives 6..9. A condition whose leads reach the outcome less often than
    // the others becomes its complement (so points come out positive); of the attrs keys,
    // those that tell the outcome apart best are kept.
    //   plan: pro for 0..5 (no positive), free for 6..11 (4 of 6); as many of each, so
    //     in the order of their text;
    //   age = 11 − i: quartiles 2, 5, 8 (positions ⌊11·k/4⌋ of 0..11);
    //     age ≥ 2 holds for 0..9 (4 of 10 against 0 of 2): kept as it is;
    //     age ≥ 5 holds for 0..6 (1 of 7 against 3 of 5): age ≤ 4;
    //     age ≥ 8 holds for 0..3 (0 of 4 against 4 of 8): age ≤ 7;
    //   noise = i mod 2: noise ≥ 1 holds for 2 of 6 positives against 2 of 6: tells nothing.
    void candidatesPointTheWayOfTheOutcomeAndTheBestKeysAreKept()
    {
        InputBuilder builder;
        std::vector<BackTestCase> cases;
        for (int i = 0; i < 12; ++i) {
            LeadRecord record = lead(i + 1, u"2025-01-01"_qs, 10);
            record.attrs = QByteArray("{\"plan\": \"") + (i < 6 ? "pro" : "free") + "\", \"age\": "
                           + QByteArray::number(11 - i) + ", \"noise\": " + QByteArray::number(i % 2) + '}';
            builder.lead(record);
            BackTestCase c = caseAt(std::uint32_t(i), u"2025-02-01"_qs);
            c.positive = i >= 6 && i <= 9;
            cases.push_back(c);
        }
        const ScoringInput input = builder.build();
        FieldRuleCandidates::Options options;
        options.minimumLeads = 2;
        options.minimumShare = 0;
        const auto labelsOf = [](const std::vector<ScoringRule> &rules) {
            QStringList labels;
            for (const ScoringRule &rule : rules)
                if (rule.condition->field != u"employees"_qs)
                    labels << rule.label;
            return labels;
        };
        const auto all =
            FieldRuleCandidates::find(model(), input, cases, {u"age"_qs, u"noise"_qs, u"plan"_qs}, options);
        QCOMPARE(labelsOf(all), (QStringList{u"age ≥ 2"_qs, u"age ≤ 4"_qs, u"age ≤ 7"_qs, u"noise ≥ 1"_qs,
                                             u"plan = free"_qs, u"plan ≠ pro"_qs}));
        const auto complement =
            std::find_if(all.begin(), all.end(), [](const ScoringRule &r) { return r.label == u"age ≤ 4"_qs; });
        QCOMPARE(complement->id, u"new-age-to-4"_qs);
        QCOMPARE(complement->condition->op, FieldOp::AtMost);
        // The complement holds for exactly the leads the condition does not: 7..11.
        const std::vector<double> holds = FieldRuleCandidates::holds({*complement}, model(), input, cases);
        QCOMPARE(holds, (std::vector<double>{0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));

        // One key kept: age tells the outcome apart, noise (first by name) does not.
        options.maxAttributes = 1;
        const auto one = FieldRuleCandidates::find(model(), input, cases, {u"noise"_qs, u"age"_qs}, options);
        QCOMPARE(labelsOf(one), (QStringList{u"age ≥ 2"_qs, u"age ≤ 4"_qs, u"age ≤ 7"_qs}));
    }

    // Two features at 10 and 5 points; positives score 10, 25, 5, negatives 10, 0.
    void oneChangeAucByHand_data()
    {
        QTest::addColumn<int>("feature");
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("expected");
        QTest::newRow("unchanged") << 0 << 10 << 4.5 / 6;
        QTest::newRow("second at -5: 10, 0, 0, 15, 0") << 1 << -5 << 5.0 / 6;
        QTest::newRow("first at 0: 0, 10, 0, 5, 5") << 0 << 0 << 2.5 / 6;
    }

    void oneChangeAucByHand()
    {
        QFETCH(int, feature);
        QFETCH(int, points);
        QFETCH(double, expected);
        FeatureMatrix cases(2);
        const double rows[5][2] = {{1, 0}, {0, 2}, {0, 0}, {2, 1}, {0, 1}};
        const bool positive[5] = {true, false, false, true, true};
        for (int r = 0; r < 5; ++r)
            cases.addRow(rows[r], positive[r]);
        const OneChangeAuc auc(cases, {10, 5});
        QCOMPARE(auc.auc(std::size_t(feature), points), expected);
    }

    // Against RocAuc on every case's recomputed score, for every feature of the synthetic leads.
    void oneChangeAucIsRocAuc()
    {
        const ScoringModel defaults = modelWith();
        const ScoringInput input = Synthetic::input();
        const auto population = BackTest::build(defaults, input, Synthetic::request(), dataEnd);
        const auto features = RuleFeatures::extract(defaults, input, population->cases);
        QVERIFY(features.ok());
        const std::vector<int> current = pointsOf(RuleFeatures::columns(defaults));
        const OneChangeAuc oneChange(*features, current);
        for (std::size_t j = 0; j < current.size(); ++j)
            for (int points : {-7, 0, 3, 40}) {
                std::vector<int> changed = current;
                changed[j] = points;
                std::vector<ScoredCase> cases;
                for (std::size_t row = 0; row < features->rows(); ++row)
                    cases.push_back({RuleFeatures::score(changed, *features, row), features->positive(row)});
                QVERIFY(std::abs(oneChange.auc(j, points) - RocAuc::of(cases).auc) < 1e-12);
            }
    }

    // The GUI cancels a stale request through its Progress: an Error, not half an answer.
    void aCancelStops()
    {
        Progress progress;
        progress.cancel();
        const auto cancelled =
            SuggestedPoints::compute(Synthetic::model(), Synthetic::input(), Synthetic::request(), dataEnd, &progress);
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.error().what.contains(u"cancelled"_qs), qPrintable(cancelled.error().what));
        const std::vector<BackTestCase> cases{caseAt(0, u"2025-01-31"_qs)};
        QVERIFY(!RuleFeatures::extract(model(), twoLeads(), cases, &progress).ok());
    }

    void acceptingIsAPureEdit()
    {
        const ScoringModel before = model();
        const std::vector<RuleFeature> columns = RuleFeatures::columns(before);
        PointSuggestion wp;
        wp.feature = columns[0];
        wp.currentPoints = 10;
        wp.suggestedPoints = 20;
        const ScoringModel doubled = SuggestedPoints::accept(before, wp);
        QCOMPARE(before, model());
        QCOMPARE(doubled.rules[0].points, 20);
        QCOMPARE(doubled.rules[0].cap, std::optional<int>(50)); // still two and a half payments
        wp.suggestedPoints = 0;
        QCOMPARE(SuggestedPoints::accept(before, wp).rules[0].cap, std::optional<int>());
        wp.suggestedPoints = -4;
        QCOMPARE(SuggestedPoints::accept(before, wp).rules[0].cap, std::optional<int>(10));

        PointSuggestion decay;
        decay.feature = columns[5];
        decay.currentPoints = -5;
        decay.suggestedPoints = -8;
        QCOMPARE(SuggestedPoints::accept(before, decay).decay.pointsPerMonth, 8);
        decay.suggestedPoints = 3;
        QCOMPARE(SuggestedPoints::accept(before, decay).decay.pointsPerMonth, 0);

        PointSuggestion unchanged;
        unchanged.feature = columns[3];
        unchanged.currentPoints = unchanged.suggestedPoints = 25;
        QCOMPARE(SuggestedPoints::accept(before, unchanged), before);

        // Found by id when the model was edited since (a rule removed in front of it).
        ScoringModel edited = before;
        edited.rules.erase(edited.rules.begin());
        PointSuggestion cmp;
        cmp.feature = columns[3];
        cmp.currentPoints = 25;
        cmp.suggestedPoints = 40;
        QCOMPARE(SuggestedPoints::accept(edited, cmp).rules[2].points, 40);

        PointSuggestion newRule;
        newRule.feature = {RuleFeature::Kind::NewFieldRule, -1, 0, u"new-industry-software"_qs,
                           u"industry = Software"_qs};
        ScoringRule rule;
        rule.id = newRule.feature.id;
        rule.label = newRule.feature.label;
        rule.category = u"Suggested"_qs;
        rule.condition = FieldCondition{u"industry"_qs, FieldOp::Equal, u"Software"_qs};
        newRule.newRule = rule;
        newRule.suggestedPoints = 12;
        const ScoringModel added = SuggestedPoints::accept(before, newRule);
        QCOMPARE(added.rules.size(), before.rules.size() + 1);
        QCOMPARE(added.rules.back().points, 12);
        QCOMPARE(SuggestedPoints::accept(added, newRule), added); // not added twice

        PointSuggestions all;
        all.suggestions = {wp, decay, unchanged, newRule};
        wp.suggestedPoints = -4;
        all.suggestions[0] = wp;
        QCOMPARE(SuggestedPoints::acceptAll(before, all),
                 SuggestedPoints::accept(SuggestedPoints::accept(SuggestedPoints::accept(before, wp), decay), newRule));
    }

    void theRegressionRecoversTheLogOdds()
    {
        const ScoringModel synthetic = Synthetic::model();
        const ScoringInput input = Synthetic::input();
        BackTestRequest earlier = Synthetic::request();
        earlier.asOf -= 180 * secondsPerDay;
        const auto population = BackTest::build(synthetic, input, earlier, dataEnd);
        QVERIFY(population.ok());
        const auto features = RuleFeatures::extract(synthetic, input, population->cases);
        QVERIFY(features.ok());
        LogisticRegression::Options options;
        options.l2 = 1.0;
        const auto fit = LogisticRegression::fit(*features, options);
        QVERIFY(fit.ok());
        for (std::size_t j = 0; j < 4; ++j) {
            const double error = std::abs(fit->coefficients[j] - Synthetic::logOdds[j]);
            QVERIFY2(error < 3 * fit->standardErrors[j] + 0.02, qPrintable(u"β%1 = %2 ± %3, drawn with %4"_qs.arg(j)
                                                                               .arg(fit->coefficients[j])
                                                                               .arg(fit->standardErrors[j])
                                                                               .arg(Synthetic::logOdds[j])));
        }
        QVERIFY(std::abs(fit->intercept - Synthetic::intercept) < 3 * fit->interceptError + 0.02);

        // The suggestions order the rules as the log-odds do, and whole points cost
        // less than 0.02 of validation AUC against the unconstrained regression.
        const auto suggested = SuggestedPoints::compute(synthetic, input, Synthetic::request(), dataEnd);
        QVERIFY(suggested.ok());
        const auto points = [&](const QString &id) {
            for (const PointSuggestion &p : suggested->suggestions)
                if (p.feature.id == id)
                    return p.suggestedPoints;
            return -1000;
        };
        QVERIFY(points(u"cmp"_qs) > points(u"wp"_qs));
        QVERIFY(points(u"wp"_qs) > 0);
        QVERIFY(points(u"social"_qs) < 0);
        QVERIFY(std::abs(points(u"click"_qs)) < points(u"wp"_qs) / 3);
        QVERIFY(suggested->suggestions[0].low < points(u"wp"_qs) && points(u"wp"_qs) < suggested->suggestions[0].high);
        // Support: the fitted leads with a whitepaper by their moment, counted from the events.
        const auto &keys = input.events.activityKeys();
        const auto whitepaper =
            std::uint16_t(std::find(keys.begin(), keys.end(), u"whitepaper_download"_qs) - keys.begin());
        std::int64_t withWhitepaper = 0;
        for (const BackTestCase &c : population->cases) {
            bool any = false;
            for (std::size_t e = input.events.begin(c.lead); e < input.events.end(c.lead); ++e)
                any = any || (input.events.activity(e) == whitepaper && input.events.time(e) <= c.scoredAt);
            withWhitepaper += any ? 1 : 0;
        }
        QCOMPARE(suggested->suggestions[0].support, withWhitepaper);
        QVERIFY(withWhitepaper > 3000 && withWhitepaper < 5000); // three in four draw 1–3
        QVERIFY(suggested->regressionAuc.auc - suggested->acceptedAuc.auc < 0.02);
        QVERIFY(suggested->acceptedAuc.auc > suggested->currentAuc.auc);
        QCOMPARE(suggested->scale, PointSuggestions::Scale::MqlShare);
        QVERIFY(std::abs(suggested->share - suggested->targetShare) < 0.02);
    }
};

QTEST_MAIN(TestSuggestedPoints)
#include "tst_suggestedpoints.moc"
