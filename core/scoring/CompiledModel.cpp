#include "CompiledModel.h"

#include "ConditionMatcher.h"
#include "FieldAddress.h"
#include "Glob.h"

#include <algorithm>
#include <limits>

namespace LeadStage {

namespace {

// Groups items by activity index into a start table (CSR) and the items in order.
template <typename Item>
void groupByActivity(std::vector<std::pair<std::uint16_t, Item>> items, std::size_t activityCount,
                     std::vector<std::uint32_t> &start, std::vector<Item> &grouped)
{
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    start.assign(activityCount + 1, 0);
    for (const auto &item : items)
        ++start[item.first + 1];
    for (std::size_t a = 0; a < activityCount; ++a)
        start[a + 1] += start[a];
    grouped.clear();
    for (auto &item : items)
        grouped.push_back(item.second);
}

std::uint32_t maskOf(const QStringList &names, auto fromName)
{
    std::uint32_t mask = 0;
    for (const QString &name : names)
        if (const auto value = fromName(name))
            mask |= 1u << unsigned(*value);
    return mask;
}

} // namespace

CompiledModel::CompiledModel(const ScoringModel &model, const ScoringInput &input, const Progress *progress)
    : m_model(model)
    , m_input(input)
    , m_progress(progress)
{
    m_graceSeconds = std::int64_t(model.decay.graceMonths) * secondsPerDecayMonth;
    m_stagnantSeconds = std::int64_t(model.stagnantDays) * secondsPerDay;
    compileRules();
    compileTriggers();
    for (const FitRule &rule : model.fit.rules)
        m_fitRules.emplace_back(conditionTable(rule.condition), rule.points);
    compileNurture();
    compilePlans();
}

void CompiledModel::compilePlans()
{
    const std::size_t activities = m_input.events.activityKeys().size();
    m_plans.assign(activities, ActivityPlan{});
    for (std::size_t activity = 0; activity < activities; ++activity) {
        ActivityPlan &plan = m_plans[activity];
        const auto rules = rulesFor(std::uint16_t(activity));
        plan.general = rules.size() > 1 || !triggersFor(std::uint16_t(activity)).empty()
                       || (rules.size() == 1 && rules[0].detailTable >= 0);
        plan.counter = std::uint16_t(m_model.rules.size()); // the spare counter
        if (plan.general || rules.empty())
            continue;
        const CompiledEventRule &rule = rules[0];
        plan.counter = rule.rule;
        plan.paysAtMatch = rule.paysAtMatch;
        plan.points = rule.points;
        plan.cap = rule.cap;
        plan.infoMask = rule.track == Track::Info ? -1 : 0;
        plan.intentMask = rule.track == Track::Intent ? -1 : 0;
        plan.productMask = rule.track == Track::Product ? -1 : 0;
    }
}

std::int32_t CompiledModel::detailTable(const QString &pattern)
{
    if (pattern.isEmpty() || pattern == u"*")
        return -1;
    const auto known = std::find(m_detailPatterns.begin(), m_detailPatterns.end(), pattern);
    if (known != m_detailPatterns.end())
        return std::int32_t(known - m_detailPatterns.begin());
    const StringPool &details = m_input.events.details();
    const Glob glob(pattern);
    std::vector<std::uint8_t> truth(details.size());
    for (std::uint32_t id = 0; id < details.size(); ++id) {
        if (id % 1024 == 0 && m_progress && m_progress->cancelled())
            break;
        truth[id] = glob.matches(details.at(id)) ? 1 : 0;
    }
    m_detailPatterns.push_back(pattern);
    m_detailTables.push_back(std::move(truth));
    return std::int32_t(m_detailTables.size() - 1);
}

std::int32_t CompiledModel::conditionTable(const FieldCondition &condition)
{
    ConditionTable table;
    const FieldAddress address = FieldAddress::of(condition.field);
    if (address.field) {
        table.column = &m_input.leads.field(*address.field);
    } else {
        const auto known = std::find(m_attributeKeys.begin(), m_attributeKeys.end(), address.attribute);
        if (known == m_attributeKeys.end()) {
            m_attributeKeys.push_back(address.attribute);
            m_attributeColumns.push_back(
                std::make_unique<TextColumn>(m_input.leads.attributeColumn(address.attribute)));
        }
        const auto index =
            std::find(m_attributeKeys.begin(), m_attributeKeys.end(), address.attribute) - m_attributeKeys.begin();
        table.column = m_attributeColumns[std::size_t(index)].get();
    }
    table.truth.resize(table.column->distinctCount());
    const PreparedCondition prepared(condition);
    for (std::uint32_t id = 0; id < table.column->distinctCount(); ++id) {
        if (id % 1024 == 0 && m_progress && m_progress->cancelled())
            break;
        table.truth[id] = prepared.matches(table.column->value(id)) ? 1 : 0;
    }
    m_conditions.push_back(std::move(table));
    return std::int32_t(m_conditions.size() - 1);
}

void CompiledModel::compileRules()
{
    const std::vector<QString> &keys = m_input.events.activityKeys();
    std::vector<std::pair<std::uint16_t, CompiledEventRule>> byActivity;
    for (std::size_t index = 0; index < m_model.rules.size(); ++index) {
        const ScoringRule &rule = m_model.rules[index];
        const std::int32_t cap = rule.cap.value_or(0);
        if (rule.isFieldRule()) {
            m_fieldRules.push_back(
                {rule.points, cap, conditionTable(*rule.condition), std::uint16_t(index), rule.track});
            continue;
        }
        const auto activity = std::find(keys.begin(), keys.end(), rule.activity);
        if (activity == keys.end())
            continue; // no event of this activity in the data: the rule cannot pay
        CompiledEventRule compiled{
            rule.points, cap,      std::uint32_t(rule.count), detailTable(rule.detail), std::uint16_t(index),
            rule.track,  rule.pays};
        compiled.paysAtMatch = rule.pays == PayMode::Each   ? 0
                               : rule.pays == PayMode::Once ? 1
                               : compiled.count != 0        ? std::uint64_t(compiled.count)
                                                            : std::numeric_limits<std::uint64_t>::max();
        byActivity.emplace_back(std::uint16_t(activity - keys.begin()), compiled);
    }
    groupByActivity(std::move(byActivity), keys.size(), m_ruleStart, m_eventRules);
}

void CompiledModel::compileTriggers()
{
    const std::vector<QString> &keys = m_input.events.activityKeys();
    std::vector<std::pair<std::uint16_t, CompiledTrigger>> byActivity;
    for (std::size_t index = 0; index < m_model.triggers.size(); ++index) {
        const ScoringTrigger &trigger = m_model.triggers[index];
        const auto activity = std::find(keys.begin(), keys.end(), trigger.activity);
        if (activity == keys.end())
            continue;
        const CompiledTrigger compiled{std::uint32_t(trigger.count),
                                       std::int64_t(trigger.withinDays.value_or(0)) * secondsPerDay,
                                       detailTable(trigger.detail), std::uint16_t(index)};
        byActivity.emplace_back(std::uint16_t(activity - keys.begin()), compiled);
    }
    groupByActivity(std::move(byActivity), keys.size(), m_triggerStart, m_triggers);
}

void CompiledModel::compileNurture()
{
    // A track that names no health applies to active and stagnant leads: archiving
    // a lead takes it out of nurture unless a track asks for archived leads.
    const std::uint32_t notArchived = (1u << unsigned(Health::Active)) | (1u << unsigned(Health::Stagnant));
    for (const NurtureTrack &track : m_model.nurture.tracks) {
        const std::uint32_t health = maskOf(track.health, healthFromName);
        m_tracks.push_back({maskOf(track.stages, stageFromName), maskOf(track.grades, gradeFromName),
                            health != 0 ? health : notArchived});
    }
    const auto holds = [](std::uint32_t mask, std::size_t value) { return mask == 0 || (mask >> value) & 1u; };
    for (std::size_t stage = 0; stage < stageCount; ++stage)
        for (std::size_t grade = 0; grade < gradeCount; ++grade)
            for (std::size_t health = 0; health < healthCount; ++health) {
                std::int16_t first = -1;
                for (std::size_t i = 0; i < m_tracks.size() && first < 0; ++i)
                    if (holds(m_tracks[i].stages, stage) && holds(m_tracks[i].grades, grade)
                        && holds(m_tracks[i].health, health))
                        first = std::int16_t(i);
                m_trackOf[(stage * gradeCount + grade) * healthCount + health] = first;
            }
}

bool CompiledModel::conditionHolds(std::int32_t condition, std::size_t lead) const
{
    const ConditionTable &table = m_conditions[std::size_t(condition)];
    return table.truth[table.column->id(lead)] != 0;
}

std::int32_t CompiledModel::fit(std::size_t lead) const
{
    // Summed in 64 bits: the clamp comes after the sum, and fit rules may sum past int32.
    std::int64_t points = 0;
    for (const auto &[condition, rulePoints] : m_fitRules)
        if (conditionHolds(condition, lead))
            points += rulePoints;
    return std::int32_t(std::clamp<std::int64_t>(points, 0, 100));
}

void CompiledModel::fitOf(std::size_t first, std::span<std::int32_t> fits) const
{
    // In blocks, so the 64-bit sums (fit() sums in 64 bits too) stay in the first-level cache.
    constexpr std::size_t block = 512;
    std::int64_t sums[block];
    for (std::size_t done = 0; done < fits.size(); done += block) {
        const std::size_t count = std::min(block, fits.size() - done);
        std::fill(sums, sums + count, 0);
        for (const auto &[condition, points] : m_fitRules) {
            const ConditionTable &table = m_conditions[std::size_t(condition)];
            const std::uint32_t *ids = table.column->ids().data() + first + done;
            const std::uint8_t *truth = table.truth.data();
            for (std::size_t i = 0; i < count; ++i)
                sums[i] += std::int64_t(truth[ids[i]]) * points; // truth is 0 or 1: no branch
        }
        for (std::size_t i = 0; i < count; ++i)
            fits[done + i] = std::int32_t(std::clamp<std::int64_t>(sums[i], 0, 100));
    }
}

Grade CompiledModel::grade(std::int32_t fit) const
{
    const GradeBoundaries &grades = m_model.fit.grades;
    return fit >= grades.a ? Grade::A : fit >= grades.b ? Grade::B : fit >= grades.c ? Grade::C : Grade::D;
}

std::int32_t CompiledModel::mqlThreshold(Grade grade) const
{
    const bool icpFit = grade == Grade::A || grade == Grade::B;
    return icpFit && m_model.thresholds.mqlIcp ? *m_model.thresholds.mqlIcp : m_model.thresholds.mql;
}

std::int16_t CompiledModel::nurtureStep(std::int64_t weekNumber) const
{
    std::int16_t step = -1;
    for (std::size_t i = 0; i < m_model.nurture.steps.size(); ++i)
        if (m_model.nurture.steps[i].fromWeek <= weekNumber)
            step = std::int16_t(i);
    return step;
}

} // namespace LeadStage
