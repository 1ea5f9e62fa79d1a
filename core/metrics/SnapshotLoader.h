#pragma once

#include "MetricsSnapshot.h"
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

private:
    Result<std::int64_t> scoredAsOf();
    Status loadLeads(MetricsSnapshot &snapshot, Progress *progress);
    Status loadEvents(MetricsSnapshot &snapshot, Progress *progress);
    Status loadRecorded(MetricsSnapshot &snapshot);
    Result<bool> hasVersion8();

    Database &m_database;
};

} // namespace LeadStage
