#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace LeadStage {

class Database;

// Whether lead_state follows the data. A write that changes leads, events or outcomes
// marks the scores stale in its own transaction, and the rescore that catches up clears
// the mark in its own: a crash between the two leaves the mark, so every reader can say
// the scores are out of date instead of showing wrong numbers (schema version 6).
class ScoreStatus
{
public:
    // Why the scores are stale, as stored in score_status.reason.
    static constexpr const char *importReason = "import";     // an import's rescore has not finished
    static constexpr const char *unscoredReason = "unscored"; // leads never scored (found by the migration)
    static constexpr const char *undoReason = "undo";         // an undone import's rescore has not finished

    struct Stale
    {
        std::int64_t since = 0; // UTC seconds
        QString reason;         // importReason, unscoredReason, undoReason
    };

    // nullopt: the scores follow the data. A file older than version 6 (read without
    // upgrading) is judged as the migration would: stale when a lead has no scores.
    static Result<std::optional<Stale>> read(Database &database);
    // Inside the caller's transaction, with the write that makes the scores stale.
    static Status markStale(Database &database, const char *reason);
    // Inside the rescore's transaction.
    static Status markFresh(Database &database);

    // "its scores are out of date: an import changed the data on … and stopped before …"
    static QString describe(const Stale &stale);
};

} // namespace LeadStage
