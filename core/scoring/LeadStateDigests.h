#pragma once

#include "LeadScore.h"
#include "common/Result.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

class Database;
class LeadStateRow;
struct ScoringInput;

// A digest of lead_state's rows, a range of leads at a time, as a full rescore wrote
// them (schema version 12's lead_state_digests): when the next full rescore's rows
// digest the same, it writes nothing and reads nothing back; when any differs, it
// compares every row as before. Derived, like event_blocks: triggers delete the digests
// as soon as a lead_state row is inserted, changed or deleted, and a writer of rows drops
// them with their triggers first.
namespace LeadStateDigests {

struct Range
{
    std::int64_t firstLead = 0, lastLead = 0; // lead ids; the first range open below, the last above
    std::int64_t rows = 0;
    std::uint64_t digestA = 0, digestB = 0; // two lanes: 128 bits

    bool operator==(const Range &) const = default;
};

// Whether the file has the table (version 12 and up, unless dropped by hand).
bool hasTable(Database &database);
// The digests of the rows `row` makes of `scores` (one per lead of `input`, in id order),
// on two threads (one with `besideOtherWork`, which leaves the other core to the caller's
// work); nullopt when they cannot be worked out (memory): the rows are compared.
std::optional<std::vector<Range>> of(const std::vector<LeadScore> &scores, const ScoringInput &input,
                                     const LeadStateRow &row, bool besideOtherWork = false);
// The stored digests, in order, when all three triggers that keep them true exist;
// nullopt otherwise, and when they cannot be read: the rows are then compared, which
// says any real fault of the file.
std::optional<std::vector<Range>> trusted(Database &database);
// Replaces the stored digests with these, with their triggers, in the caller's write
// transaction: true when written; false when not (a full disk), nothing of them left. An
// Error only when SQLite ended the caller's transaction meanwhile.
Result<bool> write(Database &database, const std::vector<Range> &ranges);
// Drops the digests and their triggers: before lead_state rows are written or deleted.
Status forget(Database &database);

} // namespace LeadStateDigests

} // namespace LeadStage
