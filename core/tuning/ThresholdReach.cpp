#include "ThresholdReach.h"

#include "scoring/CompiledModel.h"
#include "scoring/LeadReplay.h"
#include "scoring/ScoringInput.h"

#include <atomic>
#include <thread>

namespace LeadStage {

namespace {

constexpr std::size_t chunkSize = 16384;

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

struct SharedWork
{
    const CompiledModel &model;
    const ScoringInput &input;
    std::int64_t dataEnd;
    std::int64_t windowStart;
    const std::vector<std::int64_t> &moments;
    std::vector<LeadReach> &leads;
    Progress *progress;
    std::atomic<std::size_t> nextChunk{0};
    std::atomic<std::size_t> leadsDone{0};
};

void work(SharedWork &shared, bool reports)
{
    ReachSink sink;
    sink.requiresIntent = shared.model.thresholds().mqlRequiresIntent;
    sink.windowStart = shared.windowStart;
    LeadReplay<ReachSink> replay(shared.model, shared.input, shared.dataEnd, sink);
    const bool icp = shared.model.thresholds().mqlIcp.has_value();
    const std::size_t leads = shared.leads.size();
    for (;;) {
        if (shared.progress && shared.progress->cancelled())
            return;
        const std::size_t first = shared.nextChunk.fetch_add(1, std::memory_order_relaxed) * chunkSize;
        if (first >= leads)
            return;
        const std::size_t last = std::min(leads, first + chunkSize);
        for (std::size_t lead = first; lead < last; ++lead) {
            sink.start(shared.moments[lead]);
            const LeadScore score = replay.run(lead);
            sink.commit();
            LeadReach reach = sink.reach;
            reach.mqlAt = score.mqlAt;
            if (icp && (score.grade == Grade::A || score.grade == Grade::B)) {
                // Its own threshold decides: MQL at the same moment whatever the MQL threshold.
                reach.fixedMqlAt = score.mqlAt;
                reach.peakBefore = reach.peakByEnd = reach.peakByMoment = 0;
            } else {
                reach.fixedMqlAt = sink.firstTriggerAt;
            }
            shared.leads[lead] = reach;
        }
        const std::size_t done = shared.leadsDone.fetch_add(last - first, std::memory_order_relaxed) + last - first;
        if (reports && shared.progress)
            shared.progress->report(std::int64_t(done), std::int64_t(leads));
    }
}

} // namespace

Result<ThresholdReach> ThresholdReach::collect(const ScoringModel &model, const ScoringInput &input,
                                               const BackTestPopulation &population, int months, Progress *progress,
                                               unsigned threads)
{
    if (months < 1 || months > 120)
        return Error{u"the window must be 1 to 120 months (%1 given)"_qs.arg(months), QString()};
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
        return Error{u"the capacity curve was cancelled"_qs, QString()};
    reach.leads.resize(input.leads.size());
    SharedWork shared{compiled, input, population.dataEnd, reach.windowStart, moments, reach.leads, progress};
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t chunks = (reach.leads.size() + chunkSize - 1) / chunkSize;
    threads = unsigned(std::min<std::size_t>(threads, std::max<std::size_t>(1, chunks)));
    {
        std::vector<std::jthread> helpers;
        for (unsigned i = 1; i < threads; ++i)
            helpers.emplace_back([&shared] { work(shared, false); });
        work(shared, true);
    }
    if (progress && progress->cancelled())
        return Error{u"the capacity curve was cancelled"_qs, QString()};
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
