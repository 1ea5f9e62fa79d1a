#pragma once

#include "MetricsSnapshot.h"
#include "scoring/ScoringInput.h"
#include "common/Progress.h"
#include "common/Result.h"

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

    // load() in two steps, for a caller that reads every event into columns anyway (the
    // report, for its back-test): the leads and recorded stages now, unfinished; then
    // the IQL leads' events taken from `input` (every lead in id order, as loadAll()
    // reads them) instead of a second pass over the events table. The result equals
    // load()'s. It fails when `input` holds other leads: the workspace changed between.
    Result<MetricsSnapshot> loadWithoutEvents(Progress *progress = nullptr);
    static Status finishWithEvents(MetricsSnapshot &snapshot, const ScoringInput &input);

private:
    Result<std::int64_t> scoredAsOf();
    Status loadLeads(MetricsSnapshot &snapshot, Progress *progress);
    Status loadEvents(MetricsSnapshot &snapshot, Progress *progress);
    Status loadRecorded(MetricsSnapshot &snapshot);
    Result<bool> hasVersion8();

    Database &m_database;
};

} // namespace LeadStage
