#pragma once

#include "LeadScore.h"
#include "ScoringInput.h"
#include "ScoringModel.h"
#include "common/Progress.h"

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
};

struct CompiledTrigger
{
    std::uint32_t count = 1;
    std::int64_t windowSeconds = 0; // 0: no window
    std::int32_t detailTable = -1;
    std::uint16_t trigger = 0; // index into ScoringModel::triggers
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
    std::span<const CompiledEventRule> rulesFor(std::uint16_t activity) const;
    std::span<const CompiledTrigger> triggersFor(std::uint16_t activity) const;
    const std::vector<CompiledFieldRule> &fieldRules() const { return m_fieldRules; }
    std::size_t ruleCount() const { return m_model.rules.size(); }
    std::size_t triggerCount() const { return m_model.triggers.size(); }

    bool detailMatches(std::int32_t table, std::uint32_t detail) const
    {
        return table < 0 || m_detailTables[std::size_t(table)][detail] != 0;
    }
    bool conditionHolds(std::int32_t condition, std::size_t lead) const;

    std::int32_t fit(std::size_t lead) const;
    Grade grade(std::int32_t fit) const;
    std::int32_t mqlThreshold(Grade grade) const;
    const Thresholds &thresholds() const { return m_model.thresholds; }
    std::int64_t decayGraceSeconds() const { return m_graceSeconds; }
    std::int32_t decayPoints() const { return m_model.decay.pointsPerMonth; }
    std::int64_t stagnantSeconds() const { return m_stagnantSeconds; }

    std::int16_t nurtureTrack(Stage stage, Grade grade, Health health) const;
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

    ScoringModel m_model;
    const ScoringInput &m_input;
    const Progress *m_progress = nullptr;
    std::vector<std::uint32_t> m_ruleStart; // per activity, into m_eventRules
    std::vector<CompiledEventRule> m_eventRules;
    std::vector<std::uint32_t> m_triggerStart; // per activity, into m_triggers
    std::vector<CompiledTrigger> m_triggers;
    std::vector<CompiledFieldRule> m_fieldRules;
    std::vector<std::pair<std::int32_t, std::int32_t>> m_fitRules; // condition, points
    std::vector<QString> m_detailPatterns;
    std::vector<std::vector<std::uint8_t>> m_detailTables;
    std::vector<ConditionTable> m_conditions;
    std::vector<std::unique_ptr<TextColumn>> m_attributeColumns;
    std::vector<QString> m_attributeKeys;
    std::vector<TrackMasks> m_tracks;
    std::int64_t m_graceSeconds = 0;
    std::int64_t m_stagnantSeconds = 0;
};

} // namespace LeadStage
