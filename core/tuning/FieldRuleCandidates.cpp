#include "FieldRuleCandidates.h"

#include "scoring/CompiledModel.h"
#include "scoring/LeadColumns.h"
#include "scoring/ScoringInput.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace LeadStage {

namespace {

struct Candidates
{
    const ScoringModel &model;
    std::int64_t minimumSupport = 0;
    std::int64_t cases = 0;
    std::int64_t positives = 0;
    std::vector<ScoringRule> rules;
    // How well the best candidate added so far tells the outcome apart: the two-proportion
    // z of the positive rate of the leads it holds for against the others.
    double separation = 0;

    // Whether the leads a condition holds for reach the outcome less often than the others:
    // then its complement is the candidate, so that suggested points come out positive
    // (an engagement score stops at 0, and many negative points would tie many leads there).
    bool lowers(std::int64_t holding, std::int64_t holdingPositives, std::int64_t among) const
    {
        const std::int64_t others = among - holding;
        return holding > 0 && others > 0
               && double(holdingPositives) * double(others)
                      < double(positivesAmong(among) - holdingPositives) * double(holding);
    }
    std::int64_t positivesAmong(std::int64_t among) const { return among == cases ? positives : amongPositives; }
    std::int64_t amongPositives = 0; // the positives among the cases holding a number, while adding a number

    void weigh(std::int64_t holding, std::int64_t holdingPositives)
    {
        const std::int64_t others = cases - holding;
        if (holding <= 0 || others <= 0 || positives <= 0 || positives >= cases)
            return;
        const double rate = double(positives) / double(cases);
        const double spread = std::sqrt(rate * (1 - rate) * (1.0 / double(holding) + 1.0 / double(others)));
        const double z =
            std::abs(double(holdingPositives) / double(holding) - double(positives - holdingPositives) / double(others))
            / spread;
        separation = std::max(separation, z);
    }

    bool known(const FieldCondition &condition) const
    {
        for (const ScoringRule &rule : model.rules)
            if (rule.condition && *rule.condition == condition)
                return true;
        for (const ScoringRule &rule : rules)
            if (*rule.condition == condition)
                return true;
        return false;
    }

    bool add(const QString &field, FieldOp op, const QJsonValue &value, const QString &valueText)
    {
        FieldCondition condition{field, op, value};
        if (known(condition))
            return false;
        ScoringRule rule;
        QString slug;
        for (QChar c : valueText.toLower())
            slug += c.isLetterOrNumber() ? c : u'-';
        const QString prefix = op == FieldOp::AtLeast    ? u"from-"_qs
                               : op == FieldOp::AtMost   ? u"to-"_qs
                               : op == FieldOp::NotEqual ? u"not-"_qs
                                                         : QString();
        const QString symbol = op == FieldOp::AtLeast    ? u"≥"_qs
                               : op == FieldOp::AtMost   ? u"≤"_qs
                               : op == FieldOp::NotEqual ? u"≠"_qs
                                                         : u"="_qs;
        rule.id = u"new-%1-%2%3"_qs.arg(field.toLower().replace(u'.', u'-'), prefix, slug).left(100);
        rule.label = u"%1 %2 %3"_qs.arg(field, symbol, valueText);
        rule.category = u"Suggested"_qs;
        rule.track = Track::Info;
        rule.condition = condition;
        rule.points = 0;
        rules.push_back(std::move(rule));
        return true;
    }
};

// A number a case's lead holds, and whether the case is positive.
struct NumberCase
{
    double value = 0;
    bool positive = false;
    bool operator<(const NumberCase &other) const { return value < other.value; }
};

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// The most frequent values of a text column among the cases' leads.
void addCategory(Candidates &candidates, const QString &field, const TextColumn &column,
                 std::span<const BackTestCase> cases, int valuesPerField)
{
    std::vector<std::int64_t> counts(column.distinctCount()), positives(column.distinctCount());
    for (const BackTestCase &c : cases) {
        ++counts[column.id(c.lead)];
        positives[column.id(c.lead)] += c.positive ? 1 : 0;
    }
    std::vector<std::uint32_t> ids;
    for (std::uint32_t id = 1; id < counts.size(); ++id)
        if (counts[id] >= candidates.minimumSupport && !column.value(id).trimmed().isEmpty())
            ids.push_back(id);
    // Most frequent first; equal counts in the order of the values' text, so the
    // candidates do not depend on the import order.
    std::sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : column.value(a) < column.value(b);
    });
    ids.resize(std::min<std::size_t>(ids.size(), std::size_t(valuesPerField)));
    for (std::uint32_t id : ids) {
        const QString value = column.value(id).trimmed();
        if (candidates.lowers(counts[id], positives[id], candidates.cases)) {
            if (candidates.add(field, FieldOp::NotEqual, value, value))
                candidates.weigh(candidates.cases - counts[id], candidates.positives - positives[id]);
        } else if (candidates.add(field, FieldOp::Equal, value, value)) {
            candidates.weigh(counts[id], positives[id]);
        }
    }
}

// `field >= q` at the quartiles of the numbers the cases' leads hold.
void addNumber(Candidates &candidates, const QString &field, std::vector<NumberCase> sorted)
{
    if (sorted.empty())
        return;
    std::sort(sorted.begin(), sorted.end());
    // positivesFrom[i]: positive cases at index i or later.
    std::vector<std::int64_t> positivesFrom(sorted.size() + 1);
    for (std::size_t i = sorted.size(); i-- > 0;)
        positivesFrom[i] = positivesFrom[i + 1] + (sorted[i].positive ? 1 : 0);
    double previous = sorted.front().value; // "≥ the smallest" holds for all: no candidate
    for (int quarter = 1; quarter <= 3; ++quarter) {
        const double q = sorted[std::size_t(double(sorted.size() - 1) * quarter / 4.0)].value;
        if (q <= previous)
            continue;
        previous = q;
        const auto from = std::size_t(std::lower_bound(sorted.begin(), sorted.end(), NumberCase{q}) - sorted.begin());
        const auto holding = std::int64_t(sorted.size() - from);
        const auto below = std::int64_t(from);
        if (holding < candidates.minimumSupport || below < candidates.minimumSupport)
            continue;
        candidates.amongPositives = positivesFrom[0];
        const auto among = std::int64_t(sorted.size());
        if (candidates.lowers(holding, positivesFrom[from], among)) {
            // The complement among the numbers: up to the largest value below q.
            const double top = sorted[from - 1].value;
            if (candidates.add(field, FieldOp::AtMost, top, QString::number(top)))
                candidates.weigh(below, positivesFrom[0] - positivesFrom[from]);
        } else if (candidates.add(field, FieldOp::AtLeast, q, QString::number(q))) {
            candidates.weigh(holding, positivesFrom[from]);
        }
    }
}

std::vector<NumberCase> numbersOf(const TextColumn &column, std::span<const BackTestCase> cases, std::int64_t &texts)
{
    std::vector<std::optional<double>> parsed(column.distinctCount());
    for (std::uint32_t id = 1; id < parsed.size(); ++id)
        parsed[id] = number(column.value(id));
    std::vector<NumberCase> values;
    texts = 0;
    for (const BackTestCase &c : cases) {
        const std::uint32_t id = column.id(c.lead);
        if (id == 0)
            continue;
        if (parsed[id])
            values.push_back({*parsed[id], c.positive});
        else
            ++texts;
    }
    return values;
}

} // namespace

std::vector<ScoringRule> FieldRuleCandidates::find(const ScoringModel &model, const ScoringInput &input,
                                                   std::span<const BackTestCase> cases,
                                                   const QStringList &attributeKeys, const Options &options)
{
    Candidates candidates{model};
    candidates.minimumSupport =
        std::max(options.minimumLeads, std::int64_t(std::ceil(options.minimumShare * double(cases.size()))));
    candidates.cases = std::int64_t(cases.size());
    candidates.positives = std::count_if(cases.begin(), cases.end(), [](const BackTestCase &c) { return c.positive; });
    const LeadColumns &leads = input.leads;
    std::int64_t texts = 0;
    addNumber(candidates, u"employees"_qs, numbersOf(leads.field(LeadField::Employees), cases, texts));
    const std::pair<LeadField, QString> categories[] = {{LeadField::Industry, u"industry"_qs},
                                                        {LeadField::Country, u"country"_qs},
                                                        {LeadField::Source, u"source"_qs},
                                                        {LeadField::JobTitle, u"job_title"_qs}};
    for (const auto &[field, name] : categories)
        addCategory(candidates, name, leads.field(field), cases, options.valuesPerField);
    // Each attrs key's candidates apart, weighed by how well they tell the fitted
    // window's outcome apart; the keys that do it best are kept, in the order given.
    struct Weighed
    {
        qsizetype order = 0;
        double separation = 0;
        std::vector<ScoringRule> rules;
    };
    std::vector<Weighed> weighed;
    for (qsizetype i = 0; i < attributeKeys.size() && i < options.weighedAttributes; ++i) {
        QString key = attributeKeys[i];
        if (key.startsWith(u"attrs."_qs))
            key = key.mid(6);
        const TextColumn column = leads.attributeColumn(key);
        // A rule names an attrs key by its name, or attrs.KEY when a lead field has it.
        const QString field = leadFieldFromName(key) ? u"attrs."_qs + key : key;
        Candidates own{model, candidates.minimumSupport, candidates.cases, candidates.positives};
        std::vector<NumberCase> values = numbersOf(column, cases, texts);
        // Mostly numbers: quartiles; otherwise a category.
        if (!values.empty() && double(texts) <= 0.1 * double(values.size() + std::size_t(texts)))
            addNumber(own, field, std::move(values));
        else
            addCategory(own, field, column, cases, options.valuesPerField);
        if (!own.rules.empty())
            weighed.push_back({i, own.separation, std::move(own.rules)});
    }
    std::stable_sort(weighed.begin(), weighed.end(),
                     [](const Weighed &a, const Weighed &b) { return a.separation > b.separation; });
    weighed.resize(std::min<std::size_t>(weighed.size(), std::size_t(std::max(0, options.maxAttributes))));
    std::sort(weighed.begin(), weighed.end(), [](const Weighed &a, const Weighed &b) { return a.order < b.order; });
    for (Weighed &key : weighed)
        for (ScoringRule &rule : key.rules)
            candidates.rules.push_back(std::move(rule));
    return std::move(candidates.rules);
}

std::vector<double> FieldRuleCandidates::holds(const std::vector<ScoringRule> &candidates, const ScoringModel &model,
                                               const ScoringInput &input, std::span<const BackTestCase> cases)
{
    return CandidateConditions(candidates, model, input).holds(cases);
}

// Compiled as field rules of a copy of the model, so the engine's own condition tables
// decide; the points only make the compiler keep them.
CandidateConditions::CandidateConditions(const std::vector<ScoringRule> &candidates, const ScoringModel &model,
                                         const ScoringInput &input)
    : m_input(input)
    , m_conditionOf(candidates.size(), -1)
{
    ScoringModel withCandidates = model;
    for (ScoringRule rule : candidates) {
        rule.points = 1;
        withCandidates.rules.push_back(std::move(rule));
    }
    m_compiled = std::make_unique<CompiledModel>(withCandidates, input);
    for (const CompiledFieldRule &rule : m_compiled->fieldRules())
        if (rule.rule >= model.rules.size())
            m_conditionOf[rule.rule - model.rules.size()] = rule.condition;
}

CandidateConditions::~CandidateConditions() = default;

std::vector<double> CandidateConditions::holds(std::span<const BackTestCase> cases) const
{
    const std::size_t width = m_conditionOf.size();
    std::vector<double> values(cases.size() * width);
    for (std::size_t c = 0; c < cases.size(); ++c) {
        const BackTestCase &lead = cases[c];
        if (m_input.leads.createdAt(lead.lead) > lead.scoredAt)
            continue;
        for (std::size_t j = 0; j < width; ++j)
            if (m_conditionOf[j] >= 0 && m_compiled->conditionHolds(m_conditionOf[j], lead.lead))
                values[c * width + j] = 1;
    }
    return values;
}

} // namespace LeadStage
