#pragma once

#include "LeadScore.h"
#include "common/Result.h"

#include <optional>
#include <vector>

namespace LeadStage {

class Database;
class LeadStateRow;
struct ScoringInput;

// Which rows of a full rescore differ from lead_state, compared on several connections
// at once: a rescore of unchanged data (or a model change that moves a few leads)
// then writes only those.
class ChangedScores
{
public:
    // A full rescore that changes at most this share of the rows writes only those.
    static constexpr std::size_t shareForFewRows = 4; // one row in four

    // The indexes of the leads whose rows differ or are missing, ascending; nullopt when
    // more than one in shareForFewRows do, or lead_state holds a lead the scores lack
    // (then every row is written anew). The connections (at least one) read parts of
    // lead_state, a thread each, and must all see the same lead_state.
    static Result<std::optional<std::vector<std::size_t>>> find(const std::vector<Database *> &connections,
                                                                const std::vector<LeadScore> &scores,
                                                                const ScoringInput &input, const LeadStateRow &row);
};

} // namespace LeadStage
