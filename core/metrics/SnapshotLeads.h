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

    // What read() took in besides the leads.
    enum class Months {
        Added,      // every IQL lead's months with events
        NotStored,  // none: the file is older than version 11 (or read as such); read the events
        MissingOne, // an IQL lead's row lacks them (scored before version 11): the read
                    // stopped there, so the snapshot is incomplete; read it again without them
    };

    // The workspace's lowest and highest lead id; nullopt without leads.
    static Result<std::optional<Range>> idRange(Database &database);
    // Appends the leads of `range` to `snapshot` in id order, with their months with
    // events from schema version 11 (pass 10 to read without them). `keepGoing(rows)` is
    // asked every 65536 rows; false cancels.
    // From schema version 13 the leads come from their packed copy (LeadBlocks) when it
    // is there, and only the scores from lead_state.
    static Result<Months> read(Database &database, int schemaVersion, MetricsSnapshot &snapshot, Range range,
                               const std::function<bool(std::int64_t rows)> &keepGoing);

private:
    static Result<std::optional<Months>> readWithBlocks(Database &database, MetricsSnapshot &snapshot, Range range,
                                                        const std::function<bool(std::int64_t rows)> &keepGoing);
};

} // namespace LeadStage
