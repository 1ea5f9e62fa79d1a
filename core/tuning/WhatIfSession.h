#pragma once

#include "DraftComparison.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "metrics/MetricsFilter.h"
#include "metrics/MetricsSnapshot.h"
#include "metrics/Period.h"
#include "scoring/ModelInForce.h"
#include "scoring/ScoringInput.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace LeadStage {

class Database;

// How a WhatIfSession is loaded.
struct WhatIfOptions
{
    // Default: the date lead_state was scored at (what the dashboard shows), else
    // the latest event, as a rescore would choose.
    std::optional<std::int64_t> asOf;
    unsigned threads = 0; // replay threads; 0 = one per core
};

// The live what-if of the rule editor: a workspace's leads and events held in
// memory once, the active model's scores beside them, and for any draft model the
// dashboard's numbers under both, computed without writing anything.
//
// The numbers are the dashboard's own: the draft's scores become a MetricsSnapshot
// exactly as lead_state would after a rescore (ScoredSnapshot), and FunnelMetrics
// computes both sides for the same filter and bucket. The active side is the active
// model replayed at the same analysis date; it equals the dashboard whenever
// lead_state is up to date with the active model.
//
// Use from the GUI (one session per open workspace, shared with worker threads):
//
//     // on a worker, with the worker's own read-only connection:
//     auto session = WhatIfSession::load(database, &progress);        // ~1.5 s per 100 k leads
//     // on every edit, from the GUI thread:
//     const WhatIfRequests::Ticket ticket = m_requests.next();         // cancels the stale one
//     auto future = QtConcurrent::run([session, draft, filter, ticket] {
//         return session->compare(draft, filter, Bucket::Month, ticket.progress.get());
//     });
//     // in the QFutureWatcher's finished(): drop it unless m_requests.isLatest(ticket.generation)
//
// compare() is const and reads only memory, so any number of calls may run at once.
class WhatIfSession
{
public:
    // Reads leads, outcomes and events and scores them under the active model (the
    // built-in default when the workspace has none yet). Read-only. A cancel through
    // `progress` returns an Error.
    static Result<std::shared_ptr<const WhatIfSession>> load(Database &database, Progress *progress = nullptr,
                                                             const WhatIfOptions &options = {});
    // The same from columns already loaded, for a known active model and date.
    static Result<std::shared_ptr<const WhatIfSession>> fromInput(ScoringInput input, ModelInForce active,
                                                                  std::int64_t asOf, Progress *progress = nullptr,
                                                                  unsigned threads = 0);

    const ModelInForce &active() const { return m_active; }
    std::int64_t asOf() const { return m_asOf; }
    std::size_t leadCount() const { return m_input.leads.size(); }
    std::size_t eventCount() const { return m_input.events.eventCount(); }
    const ScoringInput &input() const { return m_input; }

    // The draft beside the active model for one dashboard question. An Error only
    // when cancelled through `progress` (a newer edit replaced the request).
    Result<DraftComparison> compare(const ScoringModel &draft, const MetricsFilter &filter = {},
                                    Bucket bucket = Bucket::Month, Progress *progress = nullptr) const;

private:
    // The active side of the last question asked: it stays the same while only the
    // draft changes, which is every edit but a filter change.
    struct ActiveAnswer
    {
        MetricsFilter filter;
        Bucket bucket = Bucket::Month;
        FunnelReport report;
        std::vector<std::uint8_t> counted; // per lead: in the active side's stage counts
    };

    std::shared_ptr<const ActiveAnswer> activeAnswer(const MetricsFilter &filter, Bucket bucket) const;

    WhatIfSession(ScoringInput input, ModelInForce active, std::int64_t asOf, unsigned threads);

    ScoringInput m_input;
    ModelInForce m_active;
    std::int64_t m_asOf = 0;
    unsigned m_threads = 0;
    std::vector<std::int64_t> m_leadIds; // in input order
    std::vector<Stage> m_activeStages;   // likewise
    std::optional<MetricsSnapshot> m_activeSnapshot;
    mutable std::mutex m_cacheMutex;
    mutable std::shared_ptr<const ActiveAnswer> m_lastActive;
};

} // namespace LeadStage
