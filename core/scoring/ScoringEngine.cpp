#include "ScoringEngine.h"

#include <QCoreApplication>

#include "CompiledModel.h"
#include "FieldAddress.h"
#include "LeadReplay.h"
#include "common/HugePages.h"
#include "common/ParallelChunks.h"

namespace LeadStage {

namespace {

// One thread's replay, with the sink it reports to and room for a chunk's fits.
struct Worker
{
    NoReplaySink sink;
    LeadReplay<NoReplaySink> replay;
    std::vector<std::int32_t> fits;

    Worker(const CompiledModel &model, const ScoringInput &input, std::int64_t asOf)
        : replay(model, input, asOf, sink)
    {}
};

} // namespace

ScoringEngine::ScoringEngine(ScoringModel model)
    : m_model(std::move(model))
{}

Result<std::vector<LeadScore>> ScoringEngine::score(const ScoringInput &input, std::int64_t asOf, Progress *progress,
                                                    unsigned threads) const
{
    return run(input, asOf, {}, {}, progress, threads);
}

Result<std::vector<LeadScore>> ScoringEngine::score(const ScoringInput &input, std::int64_t asOf,
                                                    std::vector<LeadScore> memory, Progress *progress,
                                                    unsigned threads) const
{
    return run(input, asOf, {}, std::move(memory), progress, threads);
}

Result<std::vector<LeadScore>> ScoringEngine::scoreEachAt(const ScoringInput &input, std::span<const std::int64_t> asOf,
                                                          Progress *progress, unsigned threads) const
{
    if (asOf.size() != input.leads.size())
        return Error{QCoreApplication::translate("ScoringError", "one date per lead is needed (%1 dates for %2 leads)")
                         .arg(asOf.size())
                         .arg(input.leads.size()),
                     QString()};
    return run(input, 0, asOf, {}, progress, threads);
}

Result<std::vector<LeadScore>> ScoringEngine::run(const ScoringInput &input, std::int64_t asOf,
                                                  std::span<const std::int64_t> eachAsOf, std::vector<LeadScore> memory,
                                                  Progress *progress, unsigned threads) const
{
    // A load for one model keeps only the lead cells it names (FieldAddress::namedBy).
    if (!input.leads.kept().covers(FieldAddress::namedBy(m_model)))
        return Error{
            QCoreApplication::translate("ScoringError", "the leads were loaded without a field that model %1 names")
                .arg(m_model.name),
            QString()};
    const CompiledModel compiled(m_model, input, progress);
    if (progress && progress->cancelled())
        return Error{QCoreApplication::translate("ScoringError", "scoring was cancelled"), QString()};
    // Every lead is written when all are scored; scoreEachAt leaves some as they start.
    std::vector<LeadScore> scores = std::move(memory);
    if (scores.capacity() < input.leads.size()) {
        // Fresh results (88 MB for a million leads) faulted in 2 MB at a time.
        scores.reserve(input.leads.size());
        adviseHugePages(scores.data(), scores.capacity() * sizeof(LeadScore));
    }
    if (eachAsOf.empty())
        scores.resize(input.leads.size());
    else
        scores.assign(input.leads.size(), LeadScore());
    runInChunks(
        scores.size(), threads, progress, [&] { return Worker(compiled, input, asOf); },
        [&](Worker &worker, std::size_t first, std::size_t last) {
            worker.fits.resize(last - first);
            compiled.fitOf(first, worker.fits);
            if (eachAsOf.empty()) {
                for (std::size_t lead = first; lead < last; ++lead)
                    scores[lead] = worker.replay.runWithFit(lead, worker.fits[lead - first]);
            } else {
                for (std::size_t lead = first; lead < last; ++lead)
                    if (eachAsOf[lead] != noTime)
                        scores[lead] = worker.replay.runWithFitAt(lead, worker.fits[lead - first], eachAsOf[lead]);
            }
        });
    if (progress && progress->cancelled())
        return Error{QCoreApplication::translate("ScoringError", "scoring was cancelled"), QString()};
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
