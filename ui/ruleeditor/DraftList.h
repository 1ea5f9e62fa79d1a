#pragma once

#include "scoring/ScoringModel.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

// The lists of a model the editor inserts into, removes from, changes and reorders.
enum class DraftList : std::uint8_t { Rules, Triggers, FitRules, NurtureTracks, NurtureSteps };

// Where each list lives in a ScoringModel, and what its items are called.
template <DraftList L>
struct DraftListTraits;

template <>
struct DraftListTraits<DraftList::Rules>
{
    using Item = ScoringRule;
    template <typename Model>
    static auto &items(Model &model)
    {
        return model.rules;
    }
};

template <>
struct DraftListTraits<DraftList::Triggers>
{
    using Item = ScoringTrigger;
    template <typename Model>
    static auto &items(Model &model)
    {
        return model.triggers;
    }
};

template <>
struct DraftListTraits<DraftList::FitRules>
{
    using Item = FitRule;
    template <typename Model>
    static auto &items(Model &model)
    {
        return model.fit.rules;
    }
};

template <>
struct DraftListTraits<DraftList::NurtureTracks>
{
    using Item = NurtureTrack;
    template <typename Model>
    static auto &items(Model &model)
    {
        return model.nurture.tracks;
    }
};

template <>
struct DraftListTraits<DraftList::NurtureSteps>
{
    using Item = NurtureStep;
    template <typename Model>
    static auto &items(Model &model)
    {
        return model.nurture.steps;
    }
};

template <DraftList L>
using DraftItem = typename DraftListTraits<L>::Item;

// The single values of a model the editor changes as a whole.
enum class DraftSetting : std::uint8_t { Thresholds, Decay, Grades, StagnantDays };

template <DraftSetting S>
struct DraftSettingTraits;

template <>
struct DraftSettingTraits<DraftSetting::Thresholds>
{
    using Value = Thresholds;
    template <typename Model>
    static auto &of(Model &model)
    {
        return model.thresholds;
    }
};

template <>
struct DraftSettingTraits<DraftSetting::Decay>
{
    using Value = DecayRule;
    template <typename Model>
    static auto &of(Model &model)
    {
        return model.decay;
    }
};

template <>
struct DraftSettingTraits<DraftSetting::Grades>
{
    using Value = GradeBoundaries;
    template <typename Model>
    static auto &of(Model &model)
    {
        return model.fit.grades;
    }
};

template <>
struct DraftSettingTraits<DraftSetting::StagnantDays>
{
    using Value = int;
    template <typename Model>
    static auto &of(Model &model)
    {
        return model.stagnantDays;
    }
};

template <DraftSetting S>
using DraftValue = typename DraftSettingTraits<S>::Value;

// Which field of a rule an edit changes: edits of the same field of the same rule
// in one editing session merge into one undo step.
enum class RuleField : std::uint8_t { Label, Activity, Condition, Detail, Track, Points, Pays, Count, Cap, Category };

} // namespace LeadStage
