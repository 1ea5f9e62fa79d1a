#pragma once

#include "MetricsSnapshot.h"
#include "SnapshotLeads.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "scoring/ScoringInput.h"

#include <functional>
#include <future>
#include <optional>
#include <span>
#include <utility>
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
    // The same snapshot with the work shared with `events`, other read-only connections
    // to the same workspace, each on a thread of its own, so that two cores are busy to
    // the end. From schema version 11 the leads are read in two halves of the lead ids,
    // this connection and the first of `events`; before it (or while some IQL lead's row
    // was scored before it), this one reads the leads while the others read slices of the
    // IQL leads' events. Fails (changedWhileRead) when the reads may have seen different
    // data, i.e. an import or rescore landed between them. None of the connections may be
    // inside a transaction (it would read an older workspace than the others).
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
    // The first event of each month in each IQL lead's window, in lead id order.
    struct FirstEvents
    {
        std::vector<std::int64_t> leadIds, iqlAt, mqlAt; // one per lead with events
        std::vector<std::uint32_t> start{0};             // lead i's times: [start[i], start[i + 1])
        std::vector<std::int64_t> firstTimes;
    };

    Result<std::int64_t> scoredAsOf();
    Result<std::pair<std::int64_t, int>> scoredAsOfAndVersion();
    Result<std::int64_t> dataVersion();
    static void reserve(MetricsSnapshot &snapshot, SnapshotLeads::Range range, int version);
    Result<SnapshotLeads::Months> loadLeads(MetricsSnapshot &snapshot, int version, SnapshotLeads::Range range,
                                            Progress *progress, const std::function<bool()> &stopped = {});
    Result<SnapshotLeads::Months> loadLeadHalves(MetricsSnapshot &snapshot, Database &other, int version,
                                                 Progress *progress);
    Status loadLeadsBesideEvents(MetricsSnapshot &snapshot, const std::vector<Database *> &events, int version,
                                 Progress *progress);
    Status loadEvents(MetricsSnapshot &snapshot, Progress *progress);
    Result<std::vector<std::future<Result<FirstEvents>>>>
    startEventReads(const std::vector<Database *> &events, std::int64_t asOf, const std::function<bool()> &stopped);
    // Of the leads with ids in [firstId, endId).
    static Result<FirstEvents> readEventMonths(Database &database, std::int64_t asOf, std::int64_t firstId,
                                               std::int64_t endId, const std::function<bool()> &stopped);
    static Status addEventMonths(MetricsSnapshot &snapshot, const FirstEvents &months);
    Status loadRecorded(MetricsSnapshot &snapshot);
    Status readRecorded(const std::function<void(std::int64_t leadId, int slot, std::int64_t at)> &take);
    Result<bool> hasVersion8();

    Database &m_database;
};

} // namespace LeadStage
