#pragma once

#include "EventRanges.h"
#include "common/Result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace LeadStage {

class Database;

// The events a second time, packed by range of leads in the order a full load reads them
// (schema version 12's event_blocks): the load decodes a few dozen blobs instead of
// stepping ten million rows. Derived, like lead_state: a full rescore writes them, and
// any change to the events drops them (triggers, so a writer outside LeadStage does
// too); a load that finds none reads the rows.
namespace EventBlocks {

struct Block
{
    std::int64_t firstLead = 0, lastLead = 0; // the range's lead ids; the last block's is open above
    std::int64_t events = 0;
    std::vector<std::byte> data;
};

// One range's rows packed; unpack() gives them back exactly. A blob that does not
// decode (a damaged file) is an Error, never rows.
std::vector<std::byte> pack(const EventRanges::Rows &rows);
Status unpack(std::span<const std::byte> data, EventRanges::Rows &rows);

// The stored blocks' lead ranges, in order: none in a file without them (or older than
// version 12), nor when a trigger that keeps them true is missing or they do not follow
// one another as written.
Result<std::vector<std::pair<std::int64_t, std::int64_t>>> ranges(Database &database);
// The block of the range beginning at `firstLead`, read on `connection` into `rows`;
// false (and no rows) when it does not decode into what its row says it holds.
Result<bool> read(Database &connection, std::int64_t firstLead, EventRanges::Rows &rows);
// What a load says of a block read() found damaged.
Error damaged(const QString &where);
// Replaces the stored blocks with these, in the caller's write transaction, with the
// triggers that drop them as soon as an event is inserted, changed or deleted. False
// when they were not written (too large, a full disk): nothing of them is then left. An
// Error only when SQLite ended the caller's transaction meanwhile.
Result<bool> write(Database &database, const std::vector<Block> &blocks);
// Drops the blocks and their triggers: a bulk writer of events calls it first, in its
// transaction, so that its rows fire no trigger each.
Status forget(Database &database);

} // namespace EventBlocks

} // namespace LeadStage
