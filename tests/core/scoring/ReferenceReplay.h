#pragma once

// The replay as it was before the engine's fast path (issue 20): one lead at a time,
// every rule through the general path, fit per lead. Kept for tests only, as the
// reference the engine's results must equal lead for lead.

#include "scoring/CompiledModel.h"
#include "scoring/LeadScore.h"
#include "scoring/ReplayStep.h"
#include "scoring/TriggerCounter.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace LeadStage::Testing {

// Replays one lead's events in time order under a compiled model up to the
// analysis date, exactly per DESIGN §3.
template <typename Sink>
class ReferenceReplay
{
public:
    ReferenceReplay(const CompiledModel &model, const ScoringInput &input, std::int64_t asOf, Sink &sink)
        : m_model(model)
        , m_leads(input.leads)
        , m_events(input.events)
        , m_asOf(asOf)
        , m_sink(sink)
        , m_matches(model.ruleCount())
        , m_paid(model.ruleCount())
        , m_triggers(model.triggerCount())
    {}

    LeadScore run(std::size_t lead)
    {
        start(lead);
        for (std::size_t event = m_events.begin(lead), end = m_events.end(lead); event < end; ++event) {
            const std::int64_t at = m_events.time(event);
            if (at > m_asOf)
                break;
            advanceTo(at, false);
            replayEvent(event, at);
        }
        advanceTo(m_asOf, true);
        return finish(lead);
    }

    // The same, cut at the lead's own date (a back-test scores each lead at its stage entry).
    LeadScore runAt(std::size_t lead, std::int64_t asOf)
    {
        m_asOf = asOf;
        return run(lead);
    }

private:
    void start(std::size_t lead)
    {
        std::fill(m_matches.begin(), m_matches.end(), 0u);
        std::fill(m_paid.begin(), m_paid.end(), 0);
        ++m_replay;
        m_totals = {};
        m_hasIntent = false;
        m_last = m_nextStep = m_iqlAt = m_mqlAt = m_pqlAt = noTime;
        m_createdAt = m_leads.createdAt(lead);
        m_fieldsPending = m_createdAt <= m_asOf;
        m_lead = lead;
        m_fit = m_model.fit(lead);
        m_grade = m_model.grade(m_fit);
        m_mqlThreshold = m_model.mqlThreshold(m_grade);
    }

    // Brings the replay to `time`: the field rules when created_at has come, then
    // the decay steps before it (or at it, for the analysis date).
    void advanceTo(std::int64_t time, bool inclusive)
    {
        if (m_fieldsPending && m_createdAt <= time) {
            decayUntil(m_createdAt, false);
            payFieldRules();
            m_fieldsPending = false;
        }
        decayUntil(time, inclusive);
    }

    void decayUntil(std::int64_t limit, bool inclusive)
    {
        const std::int32_t points = m_model.decayPoints();
        if (m_nextStep == noTime || points <= 0)
            return;
        while (inclusive ? m_nextStep <= limit : m_nextStep < limit) {
            const std::int64_t engagement = m_totals.engagement();
            if (engagement == 0) {
                // Nothing left to take: the remaining steps up to `limit` change nothing.
                const std::int64_t last = inclusive ? limit : limit - 1;
                m_nextStep += ((last - m_nextStep) / secondsPerDecayMonth + 1) * secondsPerDecayMonth;
                return;
            }
            const auto take = std::int32_t(std::min<std::int64_t>(points, engagement));
            m_totals.decay += take;
            const auto months = std::int32_t((m_nextStep - m_last) / secondsPerDecayMonth);
            report(m_nextStep, ReplayCause::Decay, months, Track::Info, -take, -take);
            m_nextStep += secondsPerDecayMonth;
        }
    }

    void payFieldRules()
    {
        for (const CompiledFieldRule &rule : m_model.fieldRules())
            if (m_model.conditionHolds(rule.condition, m_lead))
                pay(rule.rule, rule.track, rule.points, rule.cap, ReplayCause::FieldRule, m_createdAt);
        checkStages(m_createdAt, false);
    }

    void replayEvent(std::size_t event, std::int64_t at)
    {
        const std::uint16_t activity = m_events.activity(event);
        const std::uint32_t detail = m_events.detail(event);
        for (const CompiledEventRule &rule : m_model.rulesFor(activity))
            if (m_model.detailMatches(rule.detailTable, detail) && isDue(rule))
                pay(rule.rule, rule.track, rule.points, rule.cap, ReplayCause::Rule, at);
        bool triggered = false;
        for (const CompiledTrigger &trigger : m_model.triggersFor(activity))
            if (m_model.detailMatches(trigger.detailTable, detail) && fires(trigger, at))
                triggered = true;
        m_last = at;
        m_nextStep = at + m_model.decayGraceSeconds() + secondsPerDecayMonth;
        checkStages(at, triggered);
    }

    bool isDue(const CompiledEventRule &rule)
    {
        const std::uint64_t matches = ++m_matches[rule.rule];
        switch (rule.pays) {
        case PayMode::Each:
            return true;
        case PayMode::Once:
            return matches == 1;
        case PayMode::AtCount:
            return matches == rule.count;
        }
        return false;
    }

    // Pays a rule; a cap bounds the absolute total it pays, cutting the payment
    // that reaches it. A rule's points have one sign, so its total `paid` has it too
    // and stays within the cap: the cut payment lies between 0 and the cap.
    void pay(std::uint16_t rule, Track track, std::int32_t points, std::int32_t cap, ReplayCause cause, std::int64_t at)
    {
        const std::int32_t uncut = points;
        std::int64_t &paid = m_paid[rule];
        if (cap > 0 && std::abs(paid + points) > cap) {
            points = std::int32_t((points > 0 ? cap : -std::int64_t(cap)) - paid);
            cause = ReplayCause::Cap;
        }
        if (points == 0)
            return;
        paid += points;
        std::int64_t &score = track == Track::Info     ? m_totals.info
                              : track == Track::Intent ? m_totals.intent
                                                       : m_totals.product;
        score += points;
        if (track == Track::Intent && points > 0)
            m_hasIntent = true;
        report(at, cause, rule, track, points, uncut);
    }

    // A trigger fires once, at the count-th match within its window of the first of them.
    bool fires(const CompiledTrigger &trigger, std::int64_t at)
    {
        TriggerCounter &counter = m_triggers[trigger.trigger];
        counter.startReplay(m_replay);
        if (counter.fired() || !counter.counts(trigger, at))
            return false;
        counter.fire();
        m_hasIntent = true;
        report(at, ReplayCause::Trigger, trigger.trigger, Track::Intent, 0, 0);
        return true;
    }

    void checkStages(std::int64_t at, bool triggered)
    {
        const Thresholds &thresholds = m_model.thresholds();
        const std::int64_t engagement = m_totals.engagement();
        const bool wasMql = m_mqlAt != noTime;
        if (m_iqlAt == noTime && !wasMql && engagement >= thresholds.iql)
            reach(m_iqlAt, Stage::IQL, at);
        const bool scoredMql = engagement >= m_mqlThreshold && (m_hasIntent || !thresholds.mqlRequiresIntent);
        if (!wasMql && (triggered || scoredMql))
            reach(m_mqlAt, Stage::MQL, at);
        if (m_pqlAt == noTime && m_totals.product >= thresholds.pql)
            reach(m_pqlAt, Stage::PQL, at);
    }

    void reach(std::int64_t &moment, Stage stage, std::int64_t at)
    {
        moment = at;
        report(at, ReplayCause::Stage, std::int32_t(stage), Track::Info, 0, 0);
    }

    void report(std::int64_t at, ReplayCause cause, std::int32_t ref, Track track, std::int32_t points,
                std::int32_t uncut)
    {
        if constexpr (Sink::enabled)
            m_sink.record(ReplayStep{at, cause, ref, track, points, uncut, m_totals});
    }

    Stage stageAtAsOf(std::size_t lead) const
    {
        const auto reached = [this](std::int64_t at) { return at != noTime && at <= m_asOf; };
        if (reached(m_leads.customerAt(lead)))
            return Stage::Customer;
        if (reached(m_leads.opportunityAt(lead)))
            return Stage::Opportunity;
        if (reached(m_leads.sqlAt(lead)))
            return Stage::SQL;
        return m_pqlAt != noTime   ? Stage::PQL
               : m_mqlAt != noTime ? Stage::MQL
               : m_iqlAt != noTime ? Stage::IQL
                                   : Stage::Lead;
    }

    Health healthAtAsOf(std::size_t lead) const
    {
        if (m_leads.archived(lead))
            return Health::Archived;
        const std::int64_t since = m_last != noTime ? m_last : m_createdAt;
        return m_asOf - since >= m_model.stagnantSeconds() ? Health::Stagnant : Health::Active;
    }

    LeadScore finish(std::size_t lead) const
    {
        LeadScore score;
        score.info = m_totals.info;
        score.intent = m_totals.intent;
        score.product = m_totals.product;
        score.decay = m_totals.decay;
        score.engagement = m_totals.engagement();
        score.fit = m_fit;
        score.grade = m_grade;
        score.iqlAt = m_iqlAt;
        score.mqlAt = m_mqlAt;
        score.pqlAt = m_pqlAt;
        score.lastActivityAt = m_last;
        score.hasIntent = m_hasIntent;
        score.stage = stageAtAsOf(lead);
        score.health = healthAtAsOf(lead);
        score.nurtureTrack = m_model.nurtureTrack(score.stage, score.grade, score.health);
        // Weeks count from IQL; a lead that skipped IQL counts from its first later stage.
        const std::int64_t since = m_iqlAt != noTime ? m_iqlAt : m_mqlAt != noTime ? m_mqlAt : m_pqlAt;
        if (score.nurtureTrack >= 0 && since != noTime)
            score.nurtureStep = m_model.nurtureStep((m_asOf - since) / secondsPerWeek + 1);
        return score;
    }

    const CompiledModel &m_model;
    const LeadColumns &m_leads;
    const EventColumns &m_events;
    std::int64_t m_asOf;
    Sink &m_sink;
    std::vector<std::uint64_t> m_matches;
    std::vector<std::int64_t> m_paid;
    std::vector<TriggerCounter> m_triggers;
    std::uint64_t m_replay = 0; // raised for each lead: TriggerCounter::startReplay
    ReplayTotals m_totals;
    bool m_hasIntent = false;
    bool m_fieldsPending = false;
    std::size_t m_lead = 0;
    std::int64_t m_createdAt = 0;
    std::int64_t m_last = noTime;
    std::int64_t m_nextStep = noTime; // the next decay step, noTime before any event
    std::int64_t m_iqlAt = noTime;
    std::int64_t m_mqlAt = noTime;
    std::int64_t m_pqlAt = noTime;
    std::int32_t m_fit = 0;
    Grade m_grade = Grade::D;
    std::int32_t m_mqlThreshold = 0;
};

} // namespace LeadStage::Testing
