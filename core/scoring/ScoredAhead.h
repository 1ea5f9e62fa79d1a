#pragma once

#include "LeadScore.h"
#include "ScoringInput.h"
#include "ScoringModel.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

// A full rescore's input and scores worked out before WorkspaceScorer runs (a first
// import's, while the import commits: RescoreAhead), with the model and the date they
// were scored with, for WorkspaceScorer to check against its own choice.
struct ScoredAhead
{
    ScoringInput input;
    ScoringModel model;
    std::int64_t asOf = 0;
    std::vector<LeadScore> scores;
};

} // namespace LeadStage
