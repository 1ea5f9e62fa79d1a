#pragma once

#include "LeadScore.h"
#include "ScoringInput.h"
#include "ScoringModel.h"
#include "common/Progress.h"

#include <array>
#include <memory>
#include <span>
#include <vector>

namespace LeadStage {

// An activity rule ready for the inner loop: no strings, detail pattern as a table.
struct CompiledEventRule
{
    std::int32_t points = 0;
    std::int32_t cap = 0; // 0: no cap
    std::uint32_t count = 1;
    std::int32_t detailTable = -1; // -1: any detail
    std::uint16_t rule = 0;        // index into ScoringModel::rules
    Track track = Track::Info;
    PayMode pays = PayMode::Each;
    // The match that pays, so the replay tests one number instead of the pay mode:
    // 0 for each (every match pays), 1 for once, the count for atCount (a count of 0,
    // which never pays, becomes a match number no lead reaches).
    std::uint64_t paysAtMatch = 0;
};

struct CompiledTrigger
{
    std::uint32_t count = 1;
    std::int64_t windowSeconds = 0; // 0: no window
    std::int32_t detailTable = -1;
    std::uint16_t trigger = 0; // index into ScoringModel::triggers
};

// What one event of an activity does when it takes the replay's fast path: at most one
// rule, any detail, and no trigger. The replay then pays it with selects, not branches
// (the next event's activity is as good as random to the branch predictor).
struct ActivityPlan
{
    bool general = false;      // more rules, a detail pattern or a trigger: the general path
    std::uint16_t counter = 0; // the rule's counter; a spare one when the activity has no rule
    std::uint64_t paysAtMatch = 0;
    std::int64_t points = 0; // 0 when the activity has no rule
    std::int64_t cap = 0;
    std::int64_t infoMask = 0, intentMask = 0, productMask = 0; // all ones for the rule's track
};

struct CompiledFieldRule
{
    std::int32_t points = 0;
    std::int32_t cap = 0;
    std::int32_t condition = 0; // index of the condition table
    std::uint16_t rule = 0;
    Track track = Track::Info;
};

// A model compiled against one ScoringInput: rules grouped by activity index,
// detail globs and field conditions turned into truth tables over the distinct
// values, so replaying a lead does no string work. The input must outlive it.
class CompiledModel
{
public:
    // Matching every detail pattern against every distinct detail can take a while on a
    // large workspace: a cancel through `progress` stops it (the tables are then
    // incomplete, and the caller must not score with them).
    CompiledModel(const ScoringModel &model, const ScoringInput &input, const Progress *progress = nullptr);

    const ScoringModel &model() const { return m_model; }
    // Inline: the replay asks once an event.
    std::span<const CompiledEventRule> rulesFor(std::uint16_t activity) const
    {
        return {m_eventRules.data() + m_ruleStart[activity], m_ruleStart[activity + 1] - m_ruleStart[activity]};
    }
    std::span<const CompiledTrigger> triggersFor(std::uint16_t activity) const
    {
        return {m_triggers.data() + m_triggerStart[activity], m_triggerStart[activity + 1] - m_triggerStart[activity]};
    }
    // Where an activity's rules and triggers start in ruleList() and triggerList(), and
    // where they end (the next activity's start): two tables the replay keeps at hand.
    const std::vector<std::uint32_t> &ruleStarts() const { return m_ruleStart; }
    const std::vector<std::uint32_t> &triggerStarts() const { return m_triggerStart; }
    const std::vector<CompiledEventRule> &ruleList() const { return m_eventRules; }
    const std::vector<CompiledTrigger> &triggerList() const { return m_triggers; }
    // One plan per activity index; a replay needs ruleCount() + 1 counters for them.
    const std::vector<ActivityPlan> &activityPlans() const { return m_plans; }
    const std::vector<CompiledFieldRule> &fieldRules() const { return m_fieldRules; }
    std::size_t ruleCount() const { return m_model.rules.size(); }
    std::size_t triggerCount() const { return m_model.triggers.size(); }

    bool detailMatches(std::int32_t table, std::uint32_t detail) const
    {
        return table < 0 || m_detailTables[std::size_t(table)][detail] != 0;
    }
    bool conditionHolds(std::int32_t condition, std::size_t lead) const;

    std::int32_t fit(std::size_t lead) const;
    // fit() of the leads first, first + 1, … into `fits`: one fit rule at a time over a
    // run of leads reads each condition's column in order instead of every column per lead.
    void fitOf(std::size_t first, std::span<std::int32_t> fits) const;
    Grade grade(std::int32_t fit) const;
    std::int32_t mqlThreshold(Grade grade) const;
    const Thresholds &thresholds() const { return m_model.thresholds; }
    std::int64_t decayGraceSeconds() const { return m_graceSeconds; }
    std::int32_t decayPoints() const { return m_model.decay.pointsPerMonth; }
    std::int64_t stagnantSeconds() const { return m_stagnantSeconds; }

    std::int16_t nurtureTrack(Stage stage, Grade grade, Health health) const
    {
        return m_trackOf[(std::size_t(stage) * gradeCount + std::size_t(grade)) * healthCount + std::size_t(health)];
    }
    std::int16_t nurtureStep(std::int64_t weekNumber) const;

private:
    struct ConditionTable
    {
        const TextColumn *column = nullptr;
        std::vector<std::uint8_t> truth; // per distinct value id
    };
    struct TrackMasks
    {
        std::uint32_t stages = 0, grades = 0, health = 0; // 0: any
    };

    std::int32_t detailTable(const QString &pattern);
    std::int32_t conditionTable(const FieldCondition &condition);
    void compileRules();
    void compileTriggers();
    void compileNurture();
    void compilePlans();

    ScoringModel m_model;
    const ScoringInput &m_input;
    const Progress *m_progress = nullptr;
    std::vector<std::uint32_t> m_ruleStart; // per activity, into m_eventRules
    std::vector<CompiledEventRule> m_eventRules;
    std::vector<std::uint32_t> m_triggerStart; // per activity, into m_triggers
    std::vector<CompiledTrigger> m_triggers;
    std::vector<CompiledFieldRule> m_fieldRules;
    std::vector<ActivityPlan> m_plans;
    std::vector<std::pair<std::int32_t, std::int32_t>> m_fitRules; // condition, points
    std::vector<QString> m_detailPatterns;
    std::vector<std::vector<std::uint8_t>> m_detailTables;
    std::vector<ConditionTable> m_conditions;
    std::vector<std::unique_ptr<TextColumn>> m_attributeColumns;
    std::vector<QString> m_attributeKeys;
    std::vector<TrackMasks> m_tracks;
    // The first track that takes each stage, grade and health, worked out once a model.
    static constexpr std::size_t stageCount = 7, gradeCount = 4, healthCount = 3;
    std::array<std::int16_t, stageCount * gradeCount * healthCount> m_trackOf{};
    std::int64_t m_graceSeconds = 0;
    std::int64_t m_stagnantSeconds = 0;
};

} // namespace LeadStage
