#include "TriggerCounter.h"

namespace LeadStage {

bool TriggerCounter::countsInWindow(const CompiledTrigger &trigger, std::int64_t at)
{
    m_times.push_back(at);
    // Unsigned: the distance between two ordered times cannot overflow.
    const auto window = std::uint64_t(trigger.windowSeconds);
    while (std::uint64_t(at) - std::uint64_t(m_times[m_first]) > window)
        ++m_first;
    if (m_times.size() - m_first >= trigger.count)
        return true;
    // Matches that left the window are dropped now and then, so the list stays within
    // twice the matches inside it.
    if (m_first >= 64 && m_first * 2 >= m_times.size()) {
        m_times.erase(m_times.begin(), m_times.begin() + std::ptrdiff_t(m_first));
        m_first = 0;
    }
    return false;
}

} // namespace LeadStage
