#include "SuggestedPoints.h"

#include "FieldRuleCandidates.h"
#include "OneChangeAuc.h"
#include "PointScale.h"
#include "common/TimeFormat.h"
#include "scoring/ModelJson.h"
#include "scoring/Moments.h"
#include "scoring/ScoringInput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <thread>

namespace LeadStage {

namespace {

struct Windows
{
    std::vector<BackTestCase> fitted;
    std::vector<BackTestCase> validated;
    SuggestionSplit split;
};

std::int64_t positivesOf(const std::vector<BackTestCase> &cases)
{
    return std::count_if(cases.begin(), cases.end(), [](const BackTestCase &c) { return c.positive; });
}

// As of T: two back-tests, T − H and T, so the fitted outcomes all fall before T. At
// stage entry: one back-test, cut in time.
Result<Windows> splitInTime(const ScoringModel &model, const ScoringInput &input, const BackTestRequest &request,
                            std::int64_t dataEnd, Progress *progress, unsigned threads)
{
    Windows windows;
    if (request.moment == BackTestMoment::AsOf) {
        BackTestRequest earlier = request;
        earlier.asOf = request.asOf - std::int64_t(request.horizonDays) * secondsPerDay;
        auto fitted = BackTest::build(model, input, earlier, dataEnd, progress, threads);
        if (!fitted)
            return fitted.error();
        auto validated = BackTest::build(model, input, request, dataEnd, progress, threads);
        if (!validated)
            return validated.error();
        windows.fitted = std::move(fitted->cases);
        windows.validated = std::move(validated->cases);
        windows.split.fittedAsOf = earlier.asOf;
        windows.split.validatedAsOf = request.asOf;
    } else {
        auto population = BackTest::build(model, input, request, dataEnd, progress, threads);
        if (!population)
            return population.error();
        std::vector<BackTestCase> cases = std::move(population->cases);
        // A snapshot scores everyone at one date: the leads' created dates order them.
        const bool snapshot = request.moment == BackTestMoment::Snapshot;
        const auto timeOf = [&](const BackTestCase &c) {
            return snapshot ? input.leads.createdAt(c.lead) : c.scoredAt;
        };
        std::stable_sort(cases.begin(), cases.end(),
                         [&](const BackTestCase &a, const BackTestCase &b) { return timeOf(a) < timeOf(b); });
        const std::size_t cut = cases.size() * 2 / 3;
        windows.validated.assign(cases.begin() + std::ptrdiff_t(cut), cases.end());
        cases.resize(cut);
        windows.fitted = std::move(cases);
        windows.split.validatedFrom = windows.validated.empty() ? noTime : timeOf(windows.validated.front());
    }
    windows.split.fittedCases = std::int64_t(windows.fitted.size());
    windows.split.fittedPositives = positivesOf(windows.fitted);
    windows.split.validatedCases = std::int64_t(windows.validated.size());
    windows.split.validatedPositives = positivesOf(windows.validated);
    return windows;
}

Status enoughOutcomes(const SuggestionSplit &split, const BackTestRequest &request, std::int64_t minimum)
{
    const std::int64_t validationMinimum = std::max<std::int64_t>(1, minimum / 2);
    const bool asOf = request.moment == BackTestMoment::AsOf;
    const QString what =
        asOf ? QCoreApplication::translate(
            "TuningError",
            "Try a later --as-of (the fitted window is as of --as-of minus the horizon), a longer --horizon, "
            "or an earlier outcome (--outcome sql).")
        : request.moment == BackTestMoment::Snapshot
            ? u"Import more outcomes, or predict an earlier one (--outcome sql)."_qs
            : u"Try --at-stage iql, a longer --horizon, or an earlier outcome (--outcome sql)."_qs;
    const auto refuse = [&](const QString &window, std::int64_t positives, std::int64_t needed, std::int64_t cases) {
        return Error{QCoreApplication::translate(
                         "TuningError",
                         "too few outcomes to suggest points: the %1 holds %2 positive leads of %3, and at least %4 "
                         "are needed")
                         .arg(window)
                         .arg(positives)
                         .arg(cases)
                         .arg(needed),
                     QString(), 0, 0, what};
    };
    const QString fitted =
        asOf ? QCoreApplication::translate("TuningError", "fitted window (as of %1)").arg(isoDate(split.fittedAsOf))
             : QCoreApplication::translate("TuningError", "fitted window (the earlier two thirds)");
    const QString validated = asOf ? QCoreApplication::translate("TuningError", "validation window (as of %1)")
                                         .arg(isoDate(split.validatedAsOf))
                                   : QCoreApplication::translate("TuningError", "validation window (the later third)");
    if (split.fittedPositives < minimum)
        return refuse(fitted, split.fittedPositives, minimum, split.fittedCases);
    if (split.fittedPositives == split.fittedCases)
        return Error{QCoreApplication::translate("TuningError",
                                                 "every lead of the fitted window is positive: nothing to tell apart"),
                     QString(), 0, 0, what};
    if (split.validatedPositives < validationMinimum)
        return refuse(validated, split.validatedPositives, validationMinimum, split.validatedCases);
    if (split.validatedPositives == split.validatedCases)
        return Error{QCoreApplication::translate(
                         "TuningError", "every lead of the validation window is positive: no AUC to validate with"),
                     QString(), 0, 0, what};
    return {};
}

// The rules' features, then the candidates' 0/1 columns beside them.
Result<FeatureMatrix> featuresOf(const ScoringModel &model, const ScoringInput &input,
                                 const std::vector<BackTestCase> &cases, const CandidateConditions *candidates,
                                 std::size_t candidateCount, Progress *progress, unsigned threads)
{
    auto rules = RuleFeatures::extract(model, input, cases, progress, threads);
    if (!rules || !candidates)
        return rules;
    const std::vector<double> extra = candidates->holds(cases);
    const std::size_t width = rules->features() + candidateCount;
    std::vector<double> values;
    values.reserve(cases.size() * width);
    std::vector<std::uint8_t> labels;
    labels.reserve(cases.size());
    for (std::size_t row = 0; row < cases.size(); ++row) {
        for (std::size_t j = 0; j < rules->features(); ++j)
            values.push_back(rules->at(row, j));
        for (std::size_t j = 0; j < candidateCount; ++j)
            values.push_back(extra[row * candidateCount + j]);
        labels.push_back(rules->positive(row) ? 1 : 0);
    }
    return FeatureMatrix(width, std::move(values), std::move(labels));
}

AucEstimate aucOf(const FeatureMatrix &features, std::span<const int> points)
{
    std::vector<ScoredCase> cases(features.rows());
    for (std::size_t row = 0; row < features.rows(); ++row)
        cases[row] = {RuleFeatures::score(points, features, row), features.positive(row)};
    return RocAuc::of(cases);
}

// Of the cases, the share scoring at least `threshold` with `points`.
double shareAtOrAbove(const FeatureMatrix &features, std::span<const int> points, int threshold)
{
    std::int64_t above = 0;
    for (std::size_t row = 0; row < features.rows(); ++row)
        above += RuleFeatures::score(points, features, row) >= threshold ? 1 : 0;
    return features.rows() > 0 ? double(above) / double(features.rows()) : 0;
}

// PointScale tries 400 steps over the distinct rows: on a large window every k-th
// case (at most 50 000) measures the share as well, to within a fraction of a percent.
constexpr std::size_t scaleSample = 50000;

FeatureMatrix sampleOf(const FeatureMatrix &features)
{
    if (features.rows() <= scaleSample)
        return features;
    const std::size_t every = (features.rows() + scaleSample - 1) / scaleSample;
    FeatureMatrix sample(features.features());
    std::vector<double> row(features.features());
    for (std::size_t r = 0; r < features.rows(); r += every) {
        for (std::size_t j = 0; j < row.size(); ++j)
            row[j] = features.at(r, j);
        sample.addRow(row, features.positive(r));
    }
    return sample;
}

std::int64_t supportOf(const FeatureMatrix &features, std::size_t column)
{
    std::int64_t support = 0;
    for (std::size_t row = 0; row < features.rows(); ++row)
        support += features.at(row, column) != 0 ? 1 : 0;
    return support;
}

QJsonValue number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject aucJson(const AucEstimate &auc)
{
    return {{u"auc"_qs, auc.hasAuc() ? number(auc.auc, 4) : QJsonValue::Null},
            {u"low"_qs, auc.hasInterval() ? number(auc.low, 4) : QJsonValue::Null},
            {u"high"_qs, auc.hasInterval() ? number(auc.high, 4) : QJsonValue::Null}};
}

QString kindName(RuleFeature::Kind kind)
{
    switch (kind) {
    case RuleFeature::Kind::Rule:
        return u"rule"_qs;
    case RuleFeature::Kind::Decay:
        return u"decay"_qs;
    case RuleFeature::Kind::NewFieldRule:
        return u"newFieldRule"_qs;
    }
    return {};
}

// Below 1 % (or above 99 %) of the fitted leads at the MQL threshold, the share does not pin the step.
constexpr double minimumShare = 0.01;

int largestPoints(const ScoringModel &model)
{
    int largest = std::abs(model.decay.pointsPerMonth);
    for (const ScoringRule &rule : model.rules)
        largest = std::max(largest, std::abs(rule.points));
    return largest;
}

// The validation AUC with one suggestion accepted, for each that changes something,
// shared out over the threads.
void aucsIfAcceptedAlone(PointSuggestions &result, const std::vector<int> &current, const std::vector<int> &suggested,
                         const FeatureMatrix &validated, unsigned threads, Progress *progress)
{
    std::vector<std::size_t> changed;
    for (std::size_t j = 0; j < current.size(); ++j)
        if (suggested[j] != current[j])
            changed.push_back(j);
    const OneChangeAuc oneChange(validated, current);
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < changed.size();) {
            if (progress && progress->cancelled())
                return;
            result.suggestions[changed[i]].aucIfAccepted = oneChange.auc(changed[i], suggested[changed[i]]);
        }
    };
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, changed.size()); ++t)
        helpers.emplace_back(work);
    work();
}

} // namespace

Result<PointSuggestions> SuggestedPoints::compute(const ScoringModel &model, const ScoringInput &input,
                                                  const BackTestRequest &request, std::int64_t dataEnd,
                                                  Progress *progress, const Options &options)
{
    auto windows = splitInTime(model, input, request, dataEnd, progress, options.threads);
    if (!windows)
        return windows.error();
    if (auto enough = enoughOutcomes(windows->split, request, options.minimumPositives); !enough)
        return enough.error();

    std::vector<RuleFeature> columns = RuleFeatures::columns(model);
    std::vector<ScoringRule> candidates;
    if (options.newFieldRules)
        candidates = FieldRuleCandidates::find(model, input, windows->fitted, options.attributeKeys);
    for (const ScoringRule &candidate : candidates)
        columns.push_back({RuleFeature::Kind::NewFieldRule, -1, 0, candidate.id, candidate.label});
    std::unique_ptr<CandidateConditions> conditions;
    if (!candidates.empty())
        conditions = std::make_unique<CandidateConditions>(candidates, model, input);
    auto fitted =
        featuresOf(model, input, windows->fitted, conditions.get(), candidates.size(), progress, options.threads);
    if (!fitted)
        return fitted.error();
    auto validated =
        featuresOf(model, input, windows->validated, conditions.get(), candidates.size(), progress, options.threads);
    if (!validated)
        return validated.error();

    LogisticRegression::Options regression;
    regression.l2 = options.l2;
    auto fit = LogisticRegression::fit(*fitted, regression);
    if (!fit)
        return fit.error();

    std::vector<int> current;
    for (const RuleFeature &column : columns)
        current.push_back(column.points);
    const int threshold = model.thresholds.mql;
    const double targetShare = shareAtOrAbove(*fitted, current, threshold);
    PointScale::Scaled scaled = PointScale::scale(fit->coefficients, sampleOf(*fitted), threshold, targetShare,
                                                  std::max(100, 4 * largestPoints(model)));
    scaled.share = shareAtOrAbove(*fitted, scaled.points, threshold);
    auto scale = PointSuggestions::Scale::MqlShare;
    if (targetShare < minimumShare || targetShare > 1 - minimumShare) {
        // A share this close to 0 or 1 says little: a wide range of steps matches it.
        // The strongest feature then weighs what the model's largest points weigh today.
        double strongest = 0;
        for (double beta : fit->coefficients)
            strongest = std::max(strongest, std::abs(beta));
        int largest = 0;
        for (int points : current)
            largest = std::max(largest, std::abs(points));
        if (strongest > 0 && largest > 0) {
            scale = PointSuggestions::Scale::Largest;
            scaled.step = strongest / largest;
            scaled.points.clear();
            for (double beta : fit->coefficients)
                scaled.points.push_back(PointScale::pointsOf(beta, scaled.step));
            scaled.share = shareAtOrAbove(*fitted, scaled.points, threshold);
        }
    }

    PointSuggestions result;
    result.request = request;
    result.dataEnd = dataEnd;
    result.split = windows->split;
    result.l2 = options.l2;
    result.iterations = fit->iterations;
    result.converged = fit->converged;
    result.scale = scale;
    result.step = scaled.step;
    result.targetShare = targetShare;
    result.share = scaled.share;
    {
        std::vector<ScoredCase> cases;
        for (const BackTestCase &c : windows->validated)
            cases.push_back({double(c.engagement), c.positive});
        result.currentAuc = RocAuc::of(cases);
        for (std::size_t row = 0; row < validated->rows(); ++row)
            cases[row].score = fit->logOdds(*validated, row);
        result.regressionAuc = RocAuc::of(cases);
    }
    result.acceptedAuc = aucOf(*validated, scaled.points);
    for (std::size_t j = 0; j < columns.size(); ++j) {
        PointSuggestion suggestion;
        suggestion.feature = columns[j];
        suggestion.currentPoints = current[j];
        suggestion.suggestedPoints = scaled.points[j];
        suggestion.coefficient = fit->coefficients[j];
        suggestion.standardError = fit->standardErrors[j];
        suggestion.low = (fit->coefficients[j] - RocAuc::z95 * fit->standardErrors[j]) / scaled.step;
        suggestion.high = (fit->coefficients[j] + RocAuc::z95 * fit->standardErrors[j]) / scaled.step;
        suggestion.support = supportOf(*fitted, j);
        suggestion.validationSupport = supportOf(*validated, j);
        suggestion.aucIfAccepted = result.currentAuc.hasAuc() ? result.currentAuc.auc : NAN;
        if (columns[j].kind == RuleFeature::Kind::NewFieldRule) {
            ScoringRule rule = candidates[j - (columns.size() - candidates.size())];
            rule.points = scaled.points[j];
            suggestion.newRule = std::move(rule);
        }
        result.suggestions.push_back(std::move(suggestion));
    }
    aucsIfAcceptedAlone(result, current, scaled.points, *validated, options.threads, progress);
    if (progress && progress->cancelled())
        return Error{QCoreApplication::translate("TuningError", "the suggestions were cancelled"), QString()};
    return result;
}

ScoringModel SuggestedPoints::accept(const ScoringModel &model, const PointSuggestion &suggestion)
{
    ScoringModel changed = model;
    if (!suggestion.changes())
        return changed;
    switch (suggestion.feature.kind) {
    case RuleFeature::Kind::Rule: {
        // The rule at the suggestion's position, or, when the model was edited since, the one with its id.
        auto rule = changed.rules.end();
        const auto index = std::size_t(suggestion.feature.rule);
        if (index < changed.rules.size() && changed.rules[index].id == suggestion.feature.id)
            rule = changed.rules.begin() + std::ptrdiff_t(index);
        else
            rule = std::find_if(changed.rules.begin(), changed.rules.end(),
                                [&](const ScoringRule &r) { return r.id == suggestion.feature.id; });
        if (rule == changed.rules.end())
            return changed;
        const int before = rule->points, after = suggestion.suggestedPoints;
        if (rule->cap) {
            if (after == 0 || before == 0)
                rule->cap.reset();
            else
                rule->cap = std::max(std::abs(after),
                                     int(std::lround(double(*rule->cap) * std::abs(after) / std::abs(before))));
        }
        rule->points = after;
        return changed;
    }
    case RuleFeature::Kind::Decay:
        changed.decay.pointsPerMonth = std::max(0, -suggestion.suggestedPoints);
        return changed;
    case RuleFeature::Kind::NewFieldRule:
        if (suggestion.newRule && suggestion.suggestedPoints != 0
            && std::none_of(changed.rules.begin(), changed.rules.end(),
                            [&](const ScoringRule &r) { return r.id == suggestion.newRule->id; })) {
            ScoringRule rule = *suggestion.newRule;
            rule.points = suggestion.suggestedPoints;
            changed.rules.push_back(std::move(rule));
        }
        return changed;
    }
    return changed;
}

ScoringModel SuggestedPoints::acceptAll(const ScoringModel &model, const PointSuggestions &suggestions)
{
    ScoringModel changed = model;
    for (const PointSuggestion &suggestion : suggestions.suggestions)
        changed = accept(changed, suggestion);
    return changed;
}

QJsonObject SuggestedPoints::toJson(const PointSuggestions &s)
{
    QJsonObject split{{u"fittedCases"_qs, qint64(s.split.fittedCases)},
                      {u"fittedPositives"_qs, qint64(s.split.fittedPositives)},
                      {u"validatedCases"_qs, qint64(s.split.validatedCases)},
                      {u"validatedPositives"_qs, qint64(s.split.validatedPositives)}};
    if (s.request.moment == BackTestMoment::AsOf) {
        split.insert(u"method"_qs, u"two as-of dates: fitted as of T minus the horizon, validated as of T"_qs);
        split.insert(u"fittedAsOf"_qs, isoUtc(s.split.fittedAsOf));
        split.insert(u"validatedAsOf"_qs, isoUtc(s.split.validatedAsOf));
    } else if (s.request.moment == BackTestMoment::Snapshot) {
        split.insert(u"method"_qs, u"leads in the order of their created dates (a snapshot scores all at the "
                                   "analysis date): the earlier two thirds fitted, the later third validated"_qs);
        split.insert(u"validatedFrom"_qs,
                     s.split.validatedFrom == noTime ? QJsonValue() : QJsonValue(isoUtc(s.split.validatedFrom)));
    } else {
        split.insert(u"method"_qs, u"cases in the order of their moments: the earlier two thirds fitted, the later "
                                   "third validated"_qs);
        split.insert(u"validatedFrom"_qs,
                     s.split.validatedFrom == noTime ? QJsonValue() : QJsonValue(isoUtc(s.split.validatedFrom)));
    }
    QJsonArray rules;
    for (const PointSuggestion &p : s.suggestions) {
        QJsonObject rule{{u"kind"_qs, kindName(p.feature.kind)},
                         {u"id"_qs, p.feature.id},
                         {u"label"_qs, p.feature.label},
                         {u"currentPoints"_qs, p.currentPoints},
                         {u"suggestedPoints"_qs, p.suggestedPoints},
                         {u"low"_qs, number(p.low, 1)},
                         {u"high"_qs, number(p.high, 1)},
                         {u"coefficient"_qs, number(p.coefficient, 6)},
                         {u"standardError"_qs, number(p.standardError, 6)},
                         {u"support"_qs, qint64(p.support)},
                         {u"validationSupport"_qs, qint64(p.validationSupport)},
                         {u"aucIfAccepted"_qs, number(p.aucIfAccepted, 4)}};
        if (p.newRule) {
            ScoringModel one;
            one.name = u"rule"_qs;
            one.rules.push_back(*p.newRule);
            const QJsonObject written = QJsonDocument::fromJson(ModelJson::write(one)).object();
            rule.insert(u"rule"_qs, written.value(u"rules"_qs).toArray().first());
        }
        rules.append(rule);
    }
    return {{u"outcome"_qs, outcomeStageName(s.request.outcome)},
            {u"horizonDays"_qs, s.request.horizonDays},
            {u"dataEnd"_qs, isoUtc(s.dataEnd)},
            {u"split"_qs, split},
            {u"l2"_qs, s.l2},
            {u"converged"_qs, s.converged},
            {u"scale"_qs, s.scale == PointSuggestions::Scale::MqlShare ? u"mqlShare"_qs : u"largest"_qs},
            {u"step"_qs, number(s.step, 6)},
            {u"targetShare"_qs, number(s.targetShare, 4)},
            {u"share"_qs, number(s.share, 4)},
            {u"currentAuc"_qs, aucJson(s.currentAuc)},
            {u"acceptedAuc"_qs, aucJson(s.acceptedAuc)},
            {u"regressionAuc"_qs, aucJson(s.regressionAuc)},
            {u"suggestions"_qs, rules}};
}

} // namespace LeadStage
