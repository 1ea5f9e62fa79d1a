#pragma once

#include "common/Result.h"

#include <cstdint>
#include <optional>

namespace LeadStage {

class Database;

// The workspace's analysis date ("as of"): the one the user chose, kept in the
// workspace until changed, or else the latest moment of any event, lead creation or
// outcome in it, so that the same data always gives the same answers.
class AnalysisDate
{
public:
    struct Resolved
    {
        std::int64_t asOf = 0; // UTC seconds; 0 for a workspace without data
        bool chosen = false;   // the user's date, not the latest moment of the data
    };

    static Result<Resolved> resolve(Database &database);
    // The date the user chose (kept in workspace_settings); nullopt when none.
    static Result<std::optional<std::int64_t>> chosen(Database &database);
    // Inside the caller's transaction: keeps `asOf`, or with nullopt goes back to the
    // latest moment of the data.
    static Status choose(Database &database, std::optional<std::int64_t> asOf);

    // The latest event, lead creation, outcome (SQL, opportunity, customer, lost) or
    // stage the CRM recorded; 0 when empty.
    static Result<std::int64_t> latestMoment(Database &database);
    // The latest outcome or recorded stage alone: small tables, read where the rest is
    // already in memory.
    static Result<std::int64_t> latestOutcome(Database &database);
};

} // namespace LeadStage
