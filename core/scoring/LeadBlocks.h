#pragma once

#include "LeadColumns.h"
#include "common/Result.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace LeadStage {

class Database;

// The leads' cells and outcomes a second time, packed by range of leads (schema version
// 13's lead_blocks): a full load decodes a few dozen blobs, each text field as its
// distinct values and a small code per lead, instead of stepping a million rows and
// hashing every cell. Derived, like lead_state: a full rescore that read the rows writes
// them, and any change to leads or outcomes drops them (triggers, so a writer outside
// LeadStage does too); a load that finds none reads the rows.
namespace LeadBlocks {

struct Block
{
    std::int64_t firstLead = 0, lastLead = 0; // the first's is open below, the last's above
    std::int64_t leads = 0;
    std::vector<std::byte> data;
};

// A range of lead ids and how many leads its block holds.
struct Range
{
    std::int64_t firstLead = 0, lastLead = 0, leads = 0;
};

// Leads (every cell, outcomes merged) in ascending ids into blocks that follow one
// another from `from` to `to`: a load's reader packs the leads it reads.
class Packer
{
public:
    Packer(std::int64_t from, std::int64_t to);
    void add(const LeadColumns::Cells &lead);
    // The blocks; the last ends at `to` (one empty block when no lead was added).
    std::vector<Block> finish();

private:
    void close(std::int64_t lastLead);

    LeadColumns m_pending;
    std::int64_t m_first, m_to;
    std::vector<Block> m_blocks;
};

// Leads that keep every cell, packed; unpack() gives back the cells `kept` names (the
// texts as views into `data`), exactly as LeadColumns numbered them. A blob that does
// not decode (a damaged file) is an Error, never leads.
std::vector<std::byte> pack(const LeadColumns &leads);
Status unpack(std::span<const std::byte> data, const LeadFieldChoice &kept, LeadColumns::Coded &leads);

// The stored blocks' ranges, in order: none in a file without them (or older than
// version 13), nor when a trigger that keeps them true is missing, their ranges do not
// cover every id one after another, as written, or one says it holds more leads than
// a block does.
Result<std::vector<Range>> ranges(Database &database);
// Every block of `stored` appended to `leads` (the cells it keeps) and `ids`; false when
// one does not decode into what its row says it holds (then what was appended is partial).
Result<bool> read(Database &database, const std::vector<Range> &stored, LeadColumns &leads,
                  std::vector<std::int64_t> &ids);

enum class Visit { Absent, Read, Damaged };
// The stored blocks whose ranges meet [first, last], in order, each decoded (the cells
// `kept` names) and handed to `take` whole, leads outside the range included; `take`
// returns false to stop. Absent when there is no trusted copy (ranges() found none),
// Damaged when a block does not decode into what its row says it holds.
Result<Visit> visit(Database &database, std::int64_t first, std::int64_t last, const LeadFieldChoice &kept,
                    const std::function<bool(const LeadColumns::Coded &)> &take);
// What a load says of blocks read() found damaged.
Error damaged(const QString &where);
// Replaces the stored blocks with these, in the caller's write transaction, with the
// triggers that drop them as soon as a lead or an outcome is inserted, changed or
// deleted. False when they were not written (too large, a full disk): nothing of them
// is then left. An Error only when SQLite ended the caller's transaction meanwhile.
Result<bool> write(Database &database, const std::vector<Block> &blocks);
// Drops the blocks and their triggers: a bulk writer of leads or outcomes calls it
// first, in its transaction, so that its rows fire no trigger each.
Status forget(Database &database);

} // namespace LeadBlocks

} // namespace LeadStage
