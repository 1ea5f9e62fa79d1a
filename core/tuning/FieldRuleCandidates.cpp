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
    std::vector<ScoringRule> rules;

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

    void add(const QString &field, FieldOp op, const QJsonValue &value, const QString &valueText)
    {
        FieldCondition condition{field, op, value};
        if (known(condition))
            return;
        ScoringRule rule;
        QString slug;
        for (QChar c : valueText.toLower())
            slug += c.isLetterOrNumber() ? c : u'-';
        rule.id = u"new-%1-%2%3"_qs
                      .arg(field.toLower().replace(u'.', u'-'), op == FieldOp::AtLeast ? u"from-"_qs : QString(), slug)
                      .left(100);
        rule.label = u"%1 %2 %3"_qs.arg(field, op == FieldOp::AtLeast ? u"≥"_qs : u"="_qs, valueText);
        rule.category = u"Suggested"_qs;
        rule.track = Track::Info;
        rule.condition = condition;
        rule.points = 0;
        rules.push_back(std::move(rule));
    }
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
    std::vector<std::int64_t> counts(column.distinctCount());
    for (const BackTestCase &c : cases)
        ++counts[column.id(c.lead)];
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
        candidates.add(field, FieldOp::Equal, value, value);
    }
}

// `field >= q` at the quartiles of the numbers the cases' leads hold.
void addNumber(Candidates &candidates, const QString &field, const std::vector<double> &values)
{
    if (values.empty())
        return;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    double previous = sorted.front(); // "≥ the smallest" holds for all: no candidate
    for (int quarter = 1; quarter <= 3; ++quarter) {
        const double q = sorted[std::size_t(double(sorted.size() - 1) * quarter / 4.0)];
        if (q <= previous)
            continue;
        previous = q;
        const auto holding = std::int64_t(sorted.end() - std::lower_bound(sorted.begin(), sorted.end(), q));
        if (holding < candidates.minimumSupport)
            continue;
        candidates.add(field, FieldOp::AtLeast, q, QString::number(q));
    }
}

std::vector<double> numbersOf(const TextColumn &column, std::span<const BackTestCase> cases, std::int64_t &texts)
{
    std::vector<std::optional<double>> parsed(column.distinctCount());
    for (std::uint32_t id = 1; id < parsed.size(); ++id)
        parsed[id] = number(column.value(id));
    std::vector<double> values;
    texts = 0;
    for (const BackTestCase &c : cases) {
        const std::uint32_t id = column.id(c.lead);
        if (id == 0)
            continue;
        if (parsed[id])
            values.push_back(*parsed[id]);
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
    const LeadColumns &leads = input.leads;
    std::int64_t texts = 0;
    addNumber(candidates, u"employees"_qs, numbersOf(leads.field(LeadField::Employees), cases, texts));
    const std::pair<LeadField, QString> categories[] = {{LeadField::Industry, u"industry"_qs},
                                                        {LeadField::Country, u"country"_qs},
                                                        {LeadField::Source, u"source"_qs},
                                                        {LeadField::JobTitle, u"job_title"_qs}};
    for (const auto &[field, name] : categories)
        addCategory(candidates, name, leads.field(field), cases, options.valuesPerField);
    for (qsizetype i = 0; i < attributeKeys.size() && i < options.maxAttributes; ++i) {
        QString key = attributeKeys[i];
        if (key.startsWith(u"attrs."_qs))
            key = key.mid(6);
        const TextColumn column = leads.attributeColumn(key);
        // A rule names an attrs key by its name, or attrs.KEY when a lead field has it.
        const QString field = leadFieldFromName(key) ? u"attrs."_qs + key : key;
        const std::vector<double> values = numbersOf(column, cases, texts);
        // Mostly numbers: quartiles; otherwise a category.
        if (!values.empty() && double(texts) <= 0.1 * double(values.size() + std::size_t(texts)))
            addNumber(candidates, field, values);
        else
            addCategory(candidates, field, column, cases, options.valuesPerField);
    }
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
