#pragma once

#include "common/Result.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace LeadStage {

class Database;
class WatchedCopy;

// What the packed copies (EventBlocks, LeadBlocks) have in common: rows of a range of
// lead ids, how many events or leads the range holds, and their blob.
namespace PackedBlockTable {

struct Row
{
    std::int64_t firstLead = 0, lastLead = 0, count = 0;
    std::span<const std::byte> data;
};

// Replaces the copy's rows with these through WatchedCopy::replace(), with `insert` (the
// program's own statement, binding ?1..?4 as Row's fields). A block beyond what SQLite
// stores in one value (lead ids so uneven that one range holds nearly everything) is not
// written: the copy is forgotten and the loads read the rows, as before.
Result<bool> write(Database &database, const WatchedCopy &copy, const char *insert, const std::vector<Row> &rows,
                   const QString &what);

// The copy's rows whose range meets [first, last], by first lead, each handed to `each`
// (its data valid during the call) until it answers false. `table` and `countColumn`
// are the program's own names. From a file through a statement; from a server through a
// binary COPY: as text, a blob travels as hex, twice its bytes, decoded again here.
Status read(Database &database, const char *table, const char *countColumn, std::int64_t first, std::int64_t last,
            const std::function<Result<bool>(const Row &row)> &each);

} // namespace PackedBlockTable

} // namespace LeadStage
