#pragma once

#include "MetricsSnapshot.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "scoring/ScoringInput.h"

#include <functional>
#include <vector>

namespace LeadStage {

class Database;

// Reads a workspace into a MetricsSnapshot: leads with their lead_state and
// outcomes, and the event months of every lead that reached IQL. Read-only; run it
// on a worker thread with that thread's own connection.
class SnapshotLoader
{
public:
    explicit SnapshotLoader(Database &database);

    Result<MetricsSnapshot> load(Progress *progress = nullptr);
    // The same snapshot with the IQL leads' events read on `events`, other read-only
    // connections to the same workspace, each on a thread of its own for one slice of
    // the lead ids, while this one reads the leads: the events are most of the work, so
    // two connections for them and this one for the leads keep two cores busy to the
    // end. Fails (changedWhileRead) when the reads saw different scores, i.e. a rescore
    // landed between them.
    Result<MetricsSnapshot> load(const std::vector<Database *> &events, Progress *progress = nullptr);

    // What load() reads besides the leads' own columns: lead_state and the recorded
    // stages, for fromColumns().
    struct ScoredStates
    {
        struct Recorded
        {
            std::int64_t leadId;
            int slot;
            std::int64_t at;
        };
        std::int64_t asOf = 0;
        std::vector<std::int64_t> leadIds, iqlAt, mqlAt, pqlAt; // lead id order
        std::vector<Grade> grades;
        std::vector<Recorded> recorded; // lead id order
    };
    Result<ScoredStates> readScoredStates();
    // load()'s snapshot from columns loadAll() read (the report's back-test reads them
    // anyway) and the states read beside them: no second pass over leads or events.
    // Fails when the columns hold other leads than `states` knows: the workspace changed
    // between the two reads.
    static Result<MetricsSnapshot> fromColumns(const ScoredStates &states, const ScoringInput &input);

private:
    Result<std::int64_t> scoredAsOf();
    Status loadLeads(MetricsSnapshot &snapshot, Progress *progress);
    Status loadEvents(MetricsSnapshot &snapshot, Progress *progress);
    // The first event of each month in each IQL lead's window, in lead id order.
    struct EventMonths
    {
        std::vector<std::int64_t> leadIds, iqlAt, mqlAt; // one per lead with events
        std::vector<std::uint32_t> start{0};             // lead i's times: [start[i], start[i + 1])
        std::vector<std::int64_t> firstTimes;
    };
    // Of the leads with ids in [firstId, endId).
    static Result<EventMonths> readEventMonths(Database &database, std::int64_t asOf, std::int64_t firstId,
                                               std::int64_t endId, const std::function<bool()> &stopped);
    static Status addEventMonths(MetricsSnapshot &snapshot, const EventMonths &months);
    Status loadRecorded(MetricsSnapshot &snapshot);
    Status readRecorded(const std::function<void(std::int64_t leadId, int slot, std::int64_t at)> &take);
    Result<bool> hasVersion8();

    Database &m_database;
};

} // namespace LeadStage
