#pragma once

#include "common/Result.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ScoredAhead.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <thread>

namespace LeadStage {

class Database;
class ImportedScoringInput;

// The rescore after a first import, worked out on a thread of its own while the import
// commits: the commit copies SQLite's page cache into the file (0.1–0.6 s for a million
// leads) with the other core idle. What the scoring reads from the store (the model the
// rescore will use, the analysis date, the activity types and detail texts) is read
// first, inside the import's transaction; WorkspaceScorer uses the scores only when its
// own choice of model and date after the commit is the same (Options::scoredAhead).
// For a workspace file only: on a server a failed read would abort the import's
// transaction.
class RescoreAhead
{
public:
    // Reads the model and the date; on an error `imported` keeps its rows. Then takes
    // them, reads what they name and starts the thread: an error from there on is
    // take()'s.
    static Result<std::unique_ptr<RescoreAhead>> start(Database &database, ImportedScoringInput &imported);
    ~RescoreAhead(); // waits for the thread
    RescoreAhead(const RescoreAhead &) = delete;
    RescoreAhead &operator=(const RescoreAhead &) = delete;

    // Waits for the thread (or, when none could be started, does its work). Once only.
    Result<ScoredAhead> take();

private:
    explicit RescoreAhead(Database &database);
    void run();

    EventColumnsLoader m_loader;
    ScoringModel m_model;
    std::optional<std::int64_t> m_chosenDate; // else the latest moment of the data
    std::int64_t m_latestOutcome = 0;
    LeadColumns m_leads;
    std::vector<EventColumnsLoader::EventRow> m_events;
    std::optional<Result<ScoredAhead>> m_result;
    bool m_taken = false;
    std::thread m_thread;
};

} // namespace LeadStage
