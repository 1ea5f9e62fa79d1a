#pragma once

#include "TerminalProgress.h"

#include <cstdint>
#include <memory>

namespace LeadStage {
class Database;
}

namespace LeadStage::Commands {

// A terminal progress line for WorkspaceScorer, which reports loading (events
// read, total unknown), then scoring and writing lead_state (leads); each phase
// gets its own line, labelled by what it counts.
class ScoreProgress
{
public:
    // `expectedEvents` stands in for the unknown total while loading.
    explicit ScoreProgress(std::int64_t expectedEvents);

    // The largest event id: the event count, or a close upper bound after deletes,
    // known at once where COUNT(*) would scan ten million rows.
    static std::int64_t expectedEvents(Database &database);

    void update(std::int64_t done, std::int64_t total);
    void finish();

private:
    enum class Phase { None, Loading, Scoring, Writing };

    void start(Phase phase);

    std::int64_t m_expectedEvents;
    std::int64_t m_lastDone = 0;
    Phase m_phase = Phase::None;
    std::unique_ptr<TerminalProgress> m_line;
};

} // namespace LeadStage::Commands
