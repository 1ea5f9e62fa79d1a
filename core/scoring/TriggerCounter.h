#pragma once

#include "CompiledModel.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

// One trigger's matches of one lead during replay. Without a window a count is
// enough; with one, the times of the matches still inside it, which never outnumber
// the lead's events: a count of 2^30 costs nothing until a lead has that many
// matches within the window, and then 8 bytes a match.
class TriggerCounter
{
public:
    // Starts afresh when `replay` (a number the replay raises for each lead) is new: only
    // the triggers a lead matches pay for a reset, not every trigger for every lead.
    void startReplay(std::uint64_t replay)
    {
        if (m_replay == replay)
            return;
        m_replay = replay;
        m_matches = 0;
        m_times.clear(); // keeps the capacity for the next lead
        m_first = 0;
        m_fired = false;
    }

    bool fired() const { return m_fired; }
    void fire() { m_fired = true; }

    // Counts a match at `at` (matches come in time order): true when it is the count-th
    // within the window of the first of them (a sliding window; exactly W days counts),
    // or without a window the count-th ever.
    bool counts(const CompiledTrigger &trigger, std::int64_t at)
    {
        if (trigger.windowSeconds == 0)
            return ++m_matches >= trigger.count;
        return countsInWindow(trigger, at);
    }

private:
    bool countsInWindow(const CompiledTrigger &trigger, std::int64_t at);

    std::uint64_t m_replay = 0; // 0: none yet
    std::uint64_t m_matches = 0;
    std::vector<std::int64_t> m_times; // matches inside the window from m_first on
    std::size_t m_first = 0;
    bool m_fired = false;
};

} // namespace LeadStage
