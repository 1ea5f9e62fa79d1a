#include "ImportedScoringInput.h"

#include <limits>

namespace LeadStage {

void ImportedScoringInput::addLead(LeadColumns::Cells cells)
{
    if (m_givenUp.load(std::memory_order_relaxed))
        return;
    cells.id = m_nextLeadId++;
    m_leads.append(cells);
}

void ImportedScoringInput::addEvent(std::int64_t leadId, std::int64_t time, std::int64_t activityId,
                                    std::int64_t detailId)
{
    if (m_givenUp.load(std::memory_order_relaxed))
        return;
    // EventRow keeps values in these widths; a store beyond them is read back instead.
    constexpr auto most32 = std::int64_t(std::numeric_limits<std::uint32_t>::max());
    if (activityId < 0 || activityId >= std::numeric_limits<std::uint16_t>::max() || detailId < 0 || detailId > most32
        || leadId < 0 || leadId > most32 || time < 0 || time > most32)
        return giveUp();
    if (m_events.size() == m_events.capacity())
        m_eventPages.release(); // the vector is about to move
    m_events.push_back(
        {std::uint32_t(leadId), std::uint32_t(time), std::uint32_t(detailId), std::uint16_t(activityId)});
    if (m_events.size() % eventsPerFollow == 0)
        followEvents();
}

void ImportedScoringInput::reserveEvents(std::size_t events)
{
    m_eventPages.release();
    m_events.reserve(events);
    followEvents();
}

// The events' pages are faulted in ahead of the writing thread, on the thread of
// m_eventPages: ten million rows are 157 MB of fresh memory.
void ImportedScoringInput::followEvents()
{
    constexpr std::size_t rowBytes = sizeof(EventColumnsLoader::EventRow);
    m_eventPages.follow(m_events.data(), m_events.capacity() * rowBytes, m_events.size() * rowBytes);
}

std::vector<EventColumnsLoader::EventRow> ImportedScoringInput::takeEvents()
{
    m_eventPages.release();
    return std::move(m_events);
}

void ImportedScoringInput::giveUp()
{
    if (m_givenUp.exchange(true))
        return;
    m_eventPages.release();
    m_events = {}; // ten million rows: not kept for nothing
}

bool ImportedScoringInput::complete(std::int64_t leadsStored) const
{
    return !m_givenUp.load() && std::int64_t(m_leads.size()) == leadsStored;
}

} // namespace LeadStage
