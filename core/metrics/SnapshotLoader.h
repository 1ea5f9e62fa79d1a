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
    Status loadRecorded(MetricsSnapshot &snapshot);
    Status readRecorded(const std::function<void(std::int64_t leadId, int slot, std::int64_t at)> &take);
    Result<bool> hasVersion8();

    Database &m_database;
};

} // namespace LeadStage
