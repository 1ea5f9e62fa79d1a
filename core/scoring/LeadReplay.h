#pragma once

#include "CompiledModel.h"
#include "LeadScore.h"
#include "ReplayStep.h"
#include "TriggerCounter.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <vector>

namespace LeadStage {

// Replays one lead's events in time order under a compiled model up to the
// analysis date, exactly per DESIGN §3. The engine runs it with NoReplaySink; the
// ledger runs the same code with a sink that records every ReplayStep. One
// instance per thread: it keeps the per-rule counters between leads.
template <typename Sink>
class LeadReplay
{
public:
    LeadReplay(const CompiledModel &model, const ScoringInput &input, std::int64_t asOf, Sink &sink)
        : m_model(model)
        , m_leads(input.leads)
        , m_events(input.events)
        , m_times(input.events.times().data())
        , m_activities(input.events.activities().data())
        , m_details(input.events.detailIds().data())
        , m_ruleStart(model.ruleStarts().data())
        , m_triggerStart(model.triggerStarts().data())
        , m_rules(model.ruleList().data())
        , m_triggerList(model.triggerList().data())
        , m_plans(model.activityPlans().data())
        , m_asOf(asOf)
        , m_stepAfterEvent(model.decayGraceSeconds() + secondsPerDecayMonth)
        , m_decays(model.decayPoints() > 0)
        , m_sink(sink)
        , m_counters(model.ruleCount() + 1)
        , m_triggers(model.triggerCount())
    {}

    LeadScore run(std::size_t lead) { return runWithFit(lead, m_model.fit(lead)); }

    // The same, cut at the lead's own date (a back-test scores each lead at its stage entry).
    LeadScore runAt(std::size_t lead, std::int64_t asOf)
    {
        m_asOf = asOf;
        return run(lead);
    }

    // run() with the lead's fit already known (CompiledModel::fitOf() works it out for
    // many leads at once).
    LeadScore runWithFit(std::size_t lead, std::int32_t fit)
    {
        start(lead, fit);
        const std::int64_t asOf = m_asOf;
        const std::int64_t *const times = m_times;
        const std::uint16_t *const activities = m_activities;
        const ActivityPlan *const plans = m_plans;
        for (std::size_t event = m_events.begin(lead), end = m_events.end(lead); event < end; ++event) {
            const std::int64_t at = times[event];
            if (at > asOf)
                break;
            // advanceTo(at, false), with each of its two rare steps behind one test.
            if (m_fieldsAt <= at && m_fieldsPending)
                payFieldRulesNow();
            if (m_nextStep < at)
                decayUntil(at, false);
            const std::uint16_t activity = activities[event];
            const ActivityPlan &plan = plans[activity];
            bool triggered = false;
            if (plan.general)
                triggered = replayRulesAndTriggers(event, activity, at);
            else
                payPlanned(plan, at);
            m_last = at;
            m_nextStep = m_decays ? at + m_stepAfterEvent : noStep;
            checkStages(at, triggered);
        }
        advanceTo(asOf, true);
        return finish(lead);
    }

    LeadScore runWithFitAt(std::size_t lead, std::int32_t fit, std::int64_t asOf)
    {
        m_asOf = asOf;
        return runWithFit(lead, fit);
    }

private:
    // A rule's counts within one lead: matches for once and atCount, what it paid for its cap.
    struct RuleCounter
    {
        std::uint64_t matches = 0;
        std::int64_t paid = 0;
    };
    // m_nextStep when no decay step is due: before the first event, or decay takes nothing.
    static constexpr std::int64_t noStep = std::numeric_limits<std::int64_t>::max();

    void start(std::size_t lead, std::int32_t fit)
    {
        std::fill(m_counters.begin(), m_counters.end(), RuleCounter{});
        ++m_replay;
        m_totals = {};
        m_hasIntent = false;
        m_last = m_iqlAt = m_mqlAt = m_pqlAt = noTime;
        m_nextStep = noStep;
        m_createdAt = m_leads.createdAt(lead);
        m_fieldsPending = m_createdAt <= m_asOf;
        m_fieldsAt = m_fieldsPending ? m_createdAt : noStep;
        m_lead = lead;
        m_fit = fit;
        m_grade = m_model.grade(m_fit);
        m_mqlThreshold = m_model.mqlThreshold(m_grade);
    }

    // Brings the replay to `time`: the field rules when created_at has come, then
    // the decay steps before it (or at it, for the analysis date).
    void advanceTo(std::int64_t time, bool inclusive)
    {
        if (m_fieldsPending && m_createdAt <= time)
            payFieldRulesNow();
        decayUntil(time, inclusive);
    }

    void payFieldRulesNow()
    {
        decayUntil(m_createdAt, false);
        payFieldRules();
        m_fieldsPending = false;
        m_fieldsAt = noStep;
    }

    void decayUntil(std::int64_t limit, bool inclusive)
    {
        const std::int32_t points = m_model.decayPoints();
        if (m_nextStep == noStep)
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

    // The fast path: the one rule (or none) of a planned activity, with selects for the
    // pay mode, the cap and the track. What pay() does, step for step.
    void payPlanned(const ActivityPlan &plan, std::int64_t at)
    {
        // Masks (all ones or zero) rather than conditions, which the compiler may turn into branches.
        RuleCounter &counter = m_counters[plan.counter];
        const std::uint64_t matches = ++counter.matches;
        const std::int64_t due = -std::int64_t((plan.paysAtMatch == 0) | (matches == plan.paysAtMatch));
        const std::int64_t uncut = plan.points & due;
        // A capped rule's total stays within its cap, so a payment of 0 is never cut.
        const std::int64_t reached = counter.paid + uncut;
        const std::int64_t cut = -std::int64_t((plan.cap > 0) & ((reached < 0 ? -reached : reached) > plan.cap));
        const std::int64_t toCap = (uncut > 0 ? plan.cap : -plan.cap) - counter.paid;
        const std::int64_t points = (toCap & cut) | (uncut & ~cut);
        counter.paid += points;
        m_totals.info += points & plan.infoMask;
        m_totals.intent += points & plan.intentMask;
        m_totals.product += points & plan.productMask;
        m_hasIntent |= (plan.intentMask != 0) & (points > 0);
        if constexpr (Sink::enabled) {
            if (points != 0) {
                const Track track = plan.infoMask != 0     ? Track::Info
                                    : plan.intentMask != 0 ? Track::Intent
                                                           : Track::Product;
                report(at, cut != 0 ? ReplayCause::Cap : ReplayCause::Rule, plan.counter, track, std::int32_t(points),
                       std::int32_t(uncut));
            }
        }
    }

    // The general path: every rule of the activity in order, then its triggers. True
    // when a trigger fired.
    bool replayRulesAndTriggers(std::size_t event, std::uint16_t activity, std::int64_t at)
    {
        for (std::uint32_t i = m_ruleStart[activity], end = m_ruleStart[activity + 1]; i < end; ++i) {
            const CompiledEventRule &rule = m_rules[i];
            if (rule.detailTable >= 0 && !m_model.detailMatches(rule.detailTable, m_details[event]))
                continue;
            // Every match counts, also for `each`: one path, no test of the pay mode.
            const std::uint64_t matches = ++m_counters[rule.rule].matches;
            if (rule.paysAtMatch == 0 || matches == rule.paysAtMatch)
                pay(rule.rule, rule.track, rule.points, rule.cap, ReplayCause::Rule, at);
        }
        bool triggered = false;
        for (std::uint32_t i = m_triggerStart[activity], end = m_triggerStart[activity + 1]; i < end; ++i) {
            const CompiledTrigger &trigger = m_triggerList[i];
            // The detail column is read only for a pattern: a read of it misses the cache.
            if ((trigger.detailTable < 0 || m_model.detailMatches(trigger.detailTable, m_details[event]))
                && fires(trigger, at))
                triggered = true;
        }
        return triggered;
    }

    // Pays a rule; a cap bounds the absolute total it pays, cutting the payment
    // that reaches it. A rule's points have one sign, so its total `paid` has it too
    // and stays within the cap: the cut payment lies between 0 and the cap.
    // Only a capped rule keeps its total: no other rule reads it.
    void pay(std::uint16_t rule, Track track, std::int32_t points, std::int32_t cap, ReplayCause cause, std::int64_t at)
    {
        const std::int32_t uncut = points;
        if (cap > 0) {
            std::int64_t &paid = m_counters[rule].paid;
            if (std::abs(paid + points) > cap) {
                points = std::int32_t((points > 0 ? cap : -std::int64_t(cap)) - paid);
                cause = ReplayCause::Cap;
            }
            paid += points;
        }
        if (points == 0)
            return;
        // Selects rather than branches: the track of one event's rule is as random as its activity.
        m_totals.info += track == Track::Info ? points : 0;
        m_totals.intent += track == Track::Intent ? points : 0;
        m_totals.product += track == Track::Product ? points : 0;
        m_hasIntent |= (track == Track::Intent) & (points > 0);
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
    // The columns and the model's tables the inner loop reads, at hand.
    const std::int64_t *m_times;
    const std::uint16_t *m_activities;
    const std::uint32_t *m_details;
    const std::uint32_t *m_ruleStart;
    const std::uint32_t *m_triggerStart;
    const CompiledEventRule *m_rules;
    const CompiledTrigger *m_triggerList;
    const ActivityPlan *m_plans;
    std::int64_t m_asOf;
    std::int64_t m_stepAfterEvent; // grace and one month: the first step after an event
    bool m_decays;                 // the model's decay takes points
    Sink &m_sink;
    std::vector<RuleCounter> m_counters;
    std::vector<TriggerCounter> m_triggers;
    std::uint64_t m_replay = 0; // raised for each lead: TriggerCounter::startReplay
    ReplayTotals m_totals;
    bool m_hasIntent = false;
    bool m_fieldsPending = false;
    std::size_t m_lead = 0;
    std::int64_t m_createdAt = 0;
    std::int64_t m_fieldsAt = noStep; // created_at while the field rules have yet to pay
    std::int64_t m_last = noTime;
    std::int64_t m_nextStep = noStep; // the next decay step; noStep before any event
    std::int64_t m_iqlAt = noTime;
    std::int64_t m_mqlAt = noTime;
    std::int64_t m_pqlAt = noTime;
    std::int32_t m_fit = 0;
    Grade m_grade = Grade::D;
    std::int32_t m_mqlThreshold = 0;
};

} // namespace LeadStage
