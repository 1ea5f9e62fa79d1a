#pragma once

#include "LeadScore.h"
#include "ScoringInput.h"
#include "ScoringModel.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <span>
#include <vector>

namespace LeadStage {

// Scores every lead of a ScoringInput under one model at an analysis date, on all
// cores: compiles the model once, then replays leads in parallel chunks.
class ScoringEngine
{
public:
    explicit ScoringEngine(ScoringModel model);

    const ScoringModel &model() const { return m_model; }

    // One LeadScore per lead, in input order. An Error only when cancelled through
    // `progress`. `threads` 0 means one per core.
    Result<std::vector<LeadScore>> score(const ScoringInput &input, std::int64_t asOf, Progress *progress = nullptr,
                                         unsigned threads = 0) const;
    // The same, written into `memory` (a previous result, whose contents do not matter):
    // a rescore in a loop then takes no fresh pages. Fresh results for a million leads are
    // 88 MB, and the kernel's faulting them in costs more than the replay itself.
    Result<std::vector<LeadScore>> score(const ScoringInput &input, std::int64_t asOf, std::vector<LeadScore> memory,
                                         Progress *progress = nullptr, unsigned threads = 0) const;

    // Each lead at its own date, `asOf[lead]`; a lead whose date is noTime is not scored
    // (its LeadScore stays default). For back-tests at stage entry.
    Result<std::vector<LeadScore>> scoreEachAt(const ScoringInput &input, std::span<const std::int64_t> asOf,
                                               Progress *progress = nullptr, unsigned threads = 0) const;

    // One lead, on the calling thread (the lead is its position in the input).
    LeadScore scoreLead(const ScoringInput &input, std::size_t lead, std::int64_t asOf) const;

private:
    Result<std::vector<LeadScore>> run(const ScoringInput &input, std::int64_t asOf,
                                       std::span<const std::int64_t> eachAsOf, std::vector<LeadScore> memory,
                                       Progress *progress, unsigned threads) const;

    ScoringModel m_model;
};

} // namespace LeadStage
