#include "ScoreProgress.h"

#include "store/Database.h"
#include "store/EventSequence.h"

#include <algorithm>

namespace LeadStage::Commands {

ScoreProgress::ScoreProgress(std::int64_t expectedEvents)
    : m_expectedEvents(expectedEvents)
{}

std::int64_t ScoreProgress::expectedEvents(Database &database)
{
    auto largest = EventSequence::largestId(database);
    return largest ? *largest : 0;
}

void ScoreProgress::update(std::int64_t done, std::int64_t total)
{
    // The write phase counts leads from the start again, after scoring reached them all.
    const bool writing = m_phase == Phase::Writing || (m_phase == Phase::Scoring && done < m_lastDone);
    const Phase phase = total < 0 ? Phase::Loading : writing ? Phase::Writing : Phase::Scoring;
    if (phase != m_phase)
        start(phase);
    m_lastDone = done;
    if (phase == Phase::Loading)
        m_line->update(done, std::max(done, m_expectedEvents));
    else
        m_line->update(done, total);
}

void ScoreProgress::finish()
{
    m_line.reset();
}

void ScoreProgress::start(Phase phase)
{
    m_line.reset(); // clears the previous phase's line first
    static const QString labels[] = {QString(), u"Loading"_qs, u"Scoring"_qs, u"Writing lead_state"_qs};
    m_line =
        std::make_unique<TerminalProgress>(labels[int(phase)], phase == Phase::Loading ? u"events"_qs : u"leads"_qs);
    m_phase = phase;
    m_lastDone = 0;
}

} // namespace LeadStage::Commands
