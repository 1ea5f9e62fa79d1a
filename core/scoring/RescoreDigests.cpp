#include "RescoreDigests.h"

#include <new>
#include <system_error>
#include <utility>

namespace LeadStage {

RescoreDigests::RescoreDigests(Database &database, const std::vector<LeadScore> &scores, const ScoringInput &input,
                               const LeadStateRow &row)
{
    if (!LeadStateDigests::hasTable(database))
        return;
    if (const auto stored = LeadStateDigests::trusted(database)) {
        m_digests = LeadStateDigests::of(scores, input, row);
        m_unchanged = m_digests && *stored == *m_digests;
        return;
    }
    // One thread: the other core is the writing's. A tenth of a second of a million-lead
    // import's rescore, which used to come before its writing.
    const auto work = [this, &scores, &input, &row] {
        try {
            m_digests = LeadStateDigests::of(scores, input, row, true);
        } catch (const std::bad_alloc &) {
            m_digests.reset(); // nothing may escape a thread: no digests, the rows are compared
        }
    };
    try {
        m_beside = std::jthread(work);
    } catch (const std::system_error &) {
        work();
    }
}

std::optional<std::vector<LeadStateDigests::Range>> RescoreDigests::take()
{
    if (m_beside.joinable())
        m_beside.join();
    return std::exchange(m_digests, std::nullopt);
}

} // namespace LeadStage
