#pragma once

#include "ScoringInput.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <vector>

namespace LeadStage {

class Database;
class Statement;

// Reads a workspace's leads, outcomes, activity types and events into the compact
// columns the engine scores: one ordered pass over the events_by_lead index.
class EventColumnsLoader
{
public:
    explicit EventColumnsLoader(Database &database);

    // Every lead, in id order; a cancel through `progress` returns an Error.
    Result<ScoringInput> loadAll(Progress *progress = nullptr);
    // Only these leads (ids missing from the workspace are skipped), in id order.
    Result<ScoringInput> loadLeads(std::vector<std::int64_t> leadIds, Progress *progress = nullptr);
    // DESIGN §4's default analysis date: the latest event in the store (or the
    // latest created_at when there are no events), so the same data gives the same answers.
    Result<std::int64_t> defaultAsOf();

private:
    Status loadActivityTypes(EventColumns &events);
    Status appendEvents(Statement &query, EventColumns &events, const std::vector<std::int64_t> &leadIds,
                        Progress *progress);

    Database &m_database;
    std::vector<std::uint16_t> m_activityById; // activity_types.id -> activity index
};

} // namespace LeadStage
