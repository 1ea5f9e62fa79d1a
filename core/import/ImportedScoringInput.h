#pragma once

#include "common/PagesAhead.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/LeadColumns.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace LeadStage {

// What the rescore after a first import (into a workspace without leads) would read
// back from the store, gathered while the import writes: each lead's cells on the
// reading thread, each stored event's ids on the writing one. A row it cannot follow
// exactly (a lead updated, skipped or rejected while writing, a lead made for an event,
// an event skipped in a group) makes it give up; the rescore then reads the store.
class ImportedScoringInput
{
public:
    explicit ImportedScoringInput(std::int64_t firstLeadId)
        : m_nextLeadId(firstLeadId)
    {}

    // Reading thread, in file order: a lead row the reading half passed. The id is
    // the one the writer gives it, as long as it inserts every such row.
    void addLead(LeadColumns::Cells cells);
    std::int64_t nextLeadId() const { return m_nextLeadId; }

    // Writing thread: an event row as stored.
    void addEvent(std::int64_t leadId, std::int64_t time, std::int64_t activityId, std::int64_t detailId);
    void reserveEvents(std::size_t events);

    // Writing thread: a row went where these columns cannot follow.
    void giveUp();
    // After the import's threads have finished: whether the columns hold every stored
    // lead and event, checked against the number of leads the import inserted.
    bool complete(std::int64_t leadsStored) const;

    LeadColumns takeLeads() { return std::move(m_leads); }
    std::vector<EventColumnsLoader::EventRow> takeEvents();

private:
    static constexpr std::size_t eventsPerFollow = std::size_t(1) << 16;
    void followEvents();

    std::atomic<bool> m_givenUp{false};
    std::int64_t m_nextLeadId;
    LeadColumns m_leads;
    std::vector<EventColumnsLoader::EventRow> m_events;
    // Declared after the events: stopped before they go. The rows fill about 30 MB a
    // second, the pages are faulted in ten times as fast: a small window keeps ahead.
    PagesAhead m_eventPages{std::size_t(16) << 20};
};

} // namespace LeadStage
