#pragma once

#include "common/Result.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace LeadStage {

class Database;
class LeadStateRow;
class Progress;
struct LeadScore;
struct ScoringInput;

// A rescore's lead_state on a server workspace, inside the rescore's transaction: the
// rows go through COPY into a staging table of the session (dropped at commit), then
// replace the stored rows of the same leads (every row, for a full rescore) in two
// statements. Readers see the old rows until the transaction commits (MVCC).
namespace LeadStateCopy {

// `only`: the indexes into `scores` to write; nullopt for all, replacing every row.
// event_months is written where the workspace keeps it (Schema::serverEventMonthsVersion).
Status write(Database &database, const std::vector<LeadScore> &scores, const ScoringInput &input,
             const LeadStateRow &row, const std::optional<std::vector<std::size_t>> &only, Progress *progress);

} // namespace LeadStateCopy
} // namespace LeadStage
