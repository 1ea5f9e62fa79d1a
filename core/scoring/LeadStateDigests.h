#pragma once

#include "LeadScore.h"
#include "common/Result.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

class Database;
class LeadStateRow;
struct ScoringInput;

// A digest of lead_state's rows, a range of leads at a time, as a full rescore wrote
// them (schema version 12's lead_state_digests): the next full rescore compares its own
// rows' digests with them instead of reading a million rows back, and reads the rows
// only where a digest differs. Derived, like event_blocks: triggers delete the digests
// as soon as a lead_state row is inserted, changed or deleted, and a writer of many
// rows drops them with their triggers first.
namespace LeadStateDigests {

struct Range
{
    std::int64_t firstLead = 0, lastLead = 0; // lead ids; the first range open below, the last above
    std::int64_t rows = 0;
    std::uint64_t digest = 0;

    bool operator==(const Range &) const = default;
};

// The digests of the rows `row` makes of `scores` (one per lead of `input`, in id order).
std::vector<Range> of(const std::vector<LeadScore> &scores, const ScoringInput &input, const LeadStateRow &row);
// The stored digests, in order; none in a file without them, nor when a trigger that keeps
// them true is missing.
Result<std::vector<Range>> stored(Database &database);
// Replaces the stored digests with these, with their triggers, in the caller's write
// transaction. False when they were not written (a full disk): nothing of them is left.
bool write(Database &database, const std::vector<Range> &ranges);
// Drops the digests and their triggers: before lead_state rows are written or deleted.
Status forget(Database &database);

} // namespace LeadStateDigests

} // namespace LeadStage
