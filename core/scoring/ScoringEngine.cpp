#include "ScoringEngine.h"

#include "CompiledModel.h"
#include "LeadReplay.h"

#include <atomic>
#include <thread>

namespace LeadStage {

namespace {

// Leads per unit of work: large enough to keep the shared counter cold, small
// enough that both cores finish together and a cancel is seen within milliseconds.
constexpr std::size_t chunkSize = 16384;

struct SharedWork
{
    const CompiledModel &model;
    const ScoringInput &input;
    std::int64_t asOf;
    std::span<const std::int64_t> eachAsOf; // empty: every lead at asOf
    std::vector<LeadScore> &scores;
    Progress *progress;
    std::atomic<std::size_t> nextChunk{0};
    std::atomic<std::size_t> leadsDone{0};
};

void work(SharedWork &shared, bool reports)
{
    NoReplaySink sink;
    LeadReplay<NoReplaySink> replay(shared.model, shared.input, shared.asOf, sink);
    const std::size_t leads = shared.scores.size();
    for (;;) {
        if (shared.progress && shared.progress->cancelled())
            return;
        const std::size_t first = shared.nextChunk.fetch_add(1, std::memory_order_relaxed) * chunkSize;
        if (first >= leads)
            return;
        const std::size_t last = std::min(leads, first + chunkSize);
        if (shared.eachAsOf.empty()) {
            for (std::size_t lead = first; lead < last; ++lead)
                shared.scores[lead] = replay.run(lead);
        } else {
            for (std::size_t lead = first; lead < last; ++lead)
                if (shared.eachAsOf[lead] != noTime)
                    shared.scores[lead] = replay.runAt(lead, shared.eachAsOf[lead]);
        }
        const std::size_t done = shared.leadsDone.fetch_add(last - first, std::memory_order_relaxed) + last - first;
        // Only the calling thread reports, so a Progress callback never runs concurrently.
        if (reports && shared.progress)
            shared.progress->report(std::int64_t(done), std::int64_t(leads));
    }
}

} // namespace

ScoringEngine::ScoringEngine(ScoringModel model)
    : m_model(std::move(model))
{}

Result<std::vector<LeadScore>> ScoringEngine::score(const ScoringInput &input, std::int64_t asOf, Progress *progress,
                                                    unsigned threads) const
{
    return run(input, asOf, {}, progress, threads);
}

Result<std::vector<LeadScore>> ScoringEngine::scoreEachAt(const ScoringInput &input, std::span<const std::int64_t> asOf,
                                                          Progress *progress, unsigned threads) const
{
    if (asOf.size() != input.leads.size())
        return Error{u"one date per lead is needed (%1 dates for %2 leads)"_qs.arg(asOf.size()).arg(input.leads.size()),
                     QString()};
    return run(input, 0, asOf, progress, threads);
}

Result<std::vector<LeadScore>> ScoringEngine::run(const ScoringInput &input, std::int64_t asOf,
                                                  std::span<const std::int64_t> eachAsOf, Progress *progress,
                                                  unsigned threads) const
{
    const CompiledModel compiled(m_model, input, progress);
    if (progress && progress->cancelled())
        return Error{u"scoring was cancelled"_qs, QString()};
    std::vector<LeadScore> scores(input.leads.size());
    SharedWork shared{compiled, input, asOf, eachAsOf, scores, progress};
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t chunks = (scores.size() + chunkSize - 1) / chunkSize;
    threads = unsigned(std::min<std::size_t>(threads, std::max<std::size_t>(1, chunks)));
    {
        // Joined when the block ends, also when the calling thread's share throws.
        std::vector<std::jthread> helpers;
        for (unsigned i = 1; i < threads; ++i)
            helpers.emplace_back([&shared] { work(shared, false); });
        work(shared, true);
    }
    if (progress && progress->cancelled())
        return Error{u"scoring was cancelled"_qs, QString()};
    return scores;
}

LeadScore ScoringEngine::scoreLead(const ScoringInput &input, std::size_t lead, std::int64_t asOf) const
{
    const CompiledModel compiled(m_model, input);
    NoReplaySink sink;
    LeadReplay<NoReplaySink> replay(compiled, input, asOf, sink);
    return replay.run(lead);
}

} // namespace LeadStage
