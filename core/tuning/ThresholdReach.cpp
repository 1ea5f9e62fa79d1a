#include "ThresholdReach.h"

#include <QCoreApplication>

#include "common/ParallelChunks.h"
#include "scoring/CompiledModel.h"
#include "scoring/LeadReplay.h"
#include "scoring/ScoringInput.h"

namespace LeadStage {

namespace {

// Watches one lead's replay: commits the engagement of a moment when the next moment
// begins, so points paid and taken within one second count as their sum.
struct ReachSink
{
    static constexpr bool enabled = true;

    bool requiresIntent = true;
    std::int64_t windowStart = 0;
    std::int64_t moment = noTime; // the back-test moment, noTime when not a case

    std::int64_t pendingAt = noTime;
    std::int64_t pendingEngagement = 0;
    bool intent = false;
    std::int64_t firstTriggerAt = noTime;
    std::int64_t mqlStageAt = noTime;
    LeadReach reach;

    void start(std::int64_t leadMoment)
    {
        moment = leadMoment;
        pendingAt = noTime;
        pendingEngagement = 0;
        intent = false;
        firstTriggerAt = mqlStageAt = noTime;
        reach = {};
    }

    void record(const ReplayStep &step)
    {
        if (step.at != pendingAt)
            commit();
        pendingAt = step.at;
        pendingEngagement = step.totals.engagement();
        if (step.cause == ReplayCause::Trigger) {
            intent = true;
            if (firstTriggerAt == noTime)
                firstTriggerAt = step.at;
        } else if (step.track == Track::Intent && step.points > 0 && step.cause != ReplayCause::Decay) {
            intent = true;
        }
        if (step.cause == ReplayCause::Stage && step.ref == std::int32_t(Stage::MQL))
            mqlStageAt = step.at;
    }

    void commit()
    {
        if (pendingAt == noTime || (requiresIntent && !intent))
            return;
        const std::int64_t engagement = pendingEngagement;
        reach.peakByEnd = std::max(reach.peakByEnd, engagement);
        if (pendingAt <= windowStart)
            reach.peakBefore = std::max(reach.peakBefore, engagement);
        if (moment != noTime && pendingAt <= moment)
            reach.peakByMoment = std::max(reach.peakByMoment, engagement);
    }
};

// One thread's replay to the analysis date, with the sink that watches its peaks.
struct Worker
{
    ReachSink sink;
    LeadReplay<ReachSink> replay;

    Worker(const CompiledModel &model, const ScoringInput &input, std::int64_t dataEnd, std::int64_t windowStart)
        : replay(model, input, dataEnd, sink)
    {
        sink.requiresIntent = model.thresholds().mqlRequiresIntent;
        sink.windowStart = windowStart;
    }
};

} // namespace

Result<ThresholdReach> ThresholdReach::collect(const ScoringModel &model, const ScoringInput &input,
                                               const BackTestPopulation &population, int months, Progress *progress,
                                               unsigned threads)
{
    if (months < 1 || months > 120)
        return Error{
            QCoreApplication::translate("TuningError", "the window must be 1 to 120 months (%1 given)").arg(months),
            QString()};
    ThresholdReach reach;
    reach.months = months;
    reach.windowEnd = population.dataEnd;
    reach.windowStart = population.dataEnd - std::int64_t(months) * secondsPerDecayMonth;
    reach.modelThreshold = model.thresholds.mql;
    reach.lowestThreshold = std::max(model.thresholds.iql, model.thresholds.mqlIcp.value_or(0)) + 1;
    std::vector<std::int64_t> moments(input.leads.size(), noTime);
    for (const BackTestCase &c : population.cases)
        moments[c.lead] = c.scoredAt;
    const CompiledModel compiled(model, input, progress);
    if (progress && progress->cancelled())
        return Error{QCoreApplication::translate("TuningError", "the capacity curve was cancelled"), QString()};
    reach.leads.resize(input.leads.size());
    const bool icp = compiled.thresholds().mqlIcp.has_value();
    runInChunks(
        reach.leads.size(), threads, progress,
        [&] { return Worker(compiled, input, population.dataEnd, reach.windowStart); },
        [&](Worker &worker, std::size_t first, std::size_t last) {
            for (std::size_t lead = first; lead < last; ++lead) {
                worker.sink.start(moments[lead]);
                const LeadScore score = worker.replay.run(lead);
                worker.sink.commit();
                LeadReach leadReach = worker.sink.reach;
                leadReach.mqlAt = score.mqlAt;
                if (icp && (score.grade == Grade::A || score.grade == Grade::B)) {
                    // Its own threshold decides: MQL at the same moment whatever the MQL threshold.
                    leadReach.fixedMqlAt = score.mqlAt;
                    leadReach.peakBefore = leadReach.peakByEnd = leadReach.peakByMoment = 0;
                } else {
                    leadReach.fixedMqlAt = worker.sink.firstTriggerAt;
                }
                reach.leads[lead] = leadReach;
            }
        });
    if (progress && progress->cancelled())
        return Error{QCoreApplication::translate("TuningError", "the capacity curve was cancelled"), QString()};
    return reach;
}

std::int64_t ThresholdReach::modelMqlsInWindow() const
{
    std::int64_t count = 0;
    for (const LeadReach &lead : leads)
        count += lead.mqlAt != noTime && lead.mqlAt > windowStart && lead.mqlAt <= windowEnd ? 1 : 0;
    return count;
}

} // namespace LeadStage
