#pragma once

#include "MetricsSnapshot.h"
#include "common/Result.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>

namespace LeadStage {

class Database;

// SnapshotLoader's pass over the leads of one range of ids: their filter fields, scores,
// outcomes and, from schema version 11, their months with events (EventMonths), so that
// two connections can each read a half and the halves be joined (MetricsSnapshot::append).
class SnapshotLeads
{
public:
    struct Range
    {
        std::int64_t first = std::numeric_limits<std::int64_t>::min();
        std::int64_t last = std::numeric_limits<std::int64_t>::max(); // inclusive
    };

    // The workspace's lowest and highest lead id; nullopt without leads.
    static Result<std::optional<Range>> idRange(Database &database);
    // Appends the leads of `range` to `snapshot` in id order. True when it also added
    // every IQL lead's months with events; false when some row lacks them (scored before
    // version 11, or the file is older): the snapshot then holds no events, which the
    // caller reads. `keepGoing(rows)` is asked every 65536 rows; false cancels.
    static Result<bool> read(Database &database, int schemaVersion, MetricsSnapshot &snapshot, Range range,
                             const std::function<bool(std::int64_t rows)> &keepGoing);
};

} // namespace LeadStage
