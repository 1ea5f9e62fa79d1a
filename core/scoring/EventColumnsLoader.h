#pragma once

#include "EventBlocks.h"
#include "EventRanges.h"
#include "LeadBlocks.h"
#include "LeadLoader.h"
#include "ScoringInput.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "store/Statement.h"

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace LeadStage {

class Database;
class Statement;

// Reads a workspace's leads, outcomes, activity types and events into the compact
// columns the engine scores. A full load reads the events in the order they are
// stored, by lead and time (EventRanges), on the connections it is given at once.
class EventColumnsLoader
{
public:
    explicit EventColumnsLoader(Database &database);
    // loadAll() then reads the events through this further connection to the same
    // workspace (call it again for more: ranges of leads are shared out among them),
    // a thread each, while it reads the leads (the later half of them on the last one). The caller must hold a write
    // transaction on the first connection (nobody can commit in between), so all see the same data.
    void readEventsOn(Database &connection) { m_eventsDatabases.push_back(&connection); }
    // The lead cells loadAll() and loadLeads() keep (all by default): a load for one
    // model needs only what it names (FieldAddress::namedBy).
    void keepLeadFields(const LeadFieldChoice &choice) { m_leadFields = choice; }

    // loadAll() keeps the events and the leads it read from the rows packed (EventBlocks,
    // LeadBlocks: then every lead cell is read), for a caller that holds the write
    // transaction to store them: takePackedEvents() and takePackedLeads() after it.
    void packWhatIsRead() { m_packBlocks = true; }
    std::vector<EventBlocks::Block> takePackedEvents() { return std::move(m_packed); }
    std::vector<LeadBlocks::Block> takePackedLeads() { return std::move(m_packedLeads); }
    // Whether the last loadAll() found a packed copy damaged and read the rows instead.
    bool foundDamagedPackedEvents() const { return m_blocksDamaged; }
    bool foundDamagedPackedLeads() const { return m_leads.foundDamagedBlocks(); }

    // Every lead, in id order; a cancel through `progress` returns an Error. The events
    // and the leads come from their packed copies when the workspace has them
    // (EventBlocks, LeadBlocks), else from the rows.
    Result<ScoringInput> loadAll(Progress *progress = nullptr);
    // Only these leads (ids missing from the workspace are skipped), in id order.
    Result<ScoringInput> loadLeads(std::vector<std::int64_t> leadIds, Progress *progress = nullptr);
    // The workspace's analysis date (AnalysisDate): the one the user chose, else the
    // latest event, lead creation or outcome, so the same data gives the same answers.
    Result<std::int64_t> defaultAsOf();
    // The same from the columns loadAll() read: the events table is not scanned again.
    Result<std::int64_t> defaultAsOf(const ScoringInput &loaded);
    // The latest event, lead creation or outcome (but a lost date, which the columns do
    // not hold: AnalysisDate::latestOutcome) in columns loaded by loadAll(), without another scan.
    static std::int64_t latestMoment(const ScoringInput &input);

    // One event as read: in the store's ids (activity_types.id, event_details.id), or,
    // once read, the columns' own (activity index, detail pool id). Lead ids and times
    // (seconds since 1970) in 32 bits, as a first import's are (its maker gives up on
    // others): sixteen bytes, ten million rows 157 MB of fresh memory rather than 235.
    struct EventRow
    {
        std::uint32_t leadId;
        std::uint32_t time;
        std::uint32_t detail;
        std::uint16_t activity;
    };
    static_assert(sizeof(EventRow) == 16);
    // What loadAll() returns, from rows the caller holds already exactly as the store
    // has them (a first import's own): every lead in id order, every event in the
    // store's ids and in insertion order. Only activity and detail ids are looked up.
    Result<ScoringInput> loadFrom(LeadColumns leads, std::vector<EventRow> storedEvents);
    // loadFrom() in two halves, for a caller that reads the store on one thread and
    // does the rest on another: readForLoadFrom() reads the activity types and the
    // texts of the details the rows name (loadFrom's only reads), loadFromRead() then
    // touches no connection. Both are given the same rows.
    Status readForLoadFrom(const std::vector<EventRow> &storedEvents);
    Result<ScoringInput> loadFromRead(LeadColumns leads, std::vector<EventRow> storedEvents);

private:
    Result<ScoringInput> loadAllOnce(Progress *progress, bool mayReadBlocks);
    Status loadActivityTypes(EventColumns &events);
    Status appendEvents(Statement &query, Statement &detailText, EventColumns &events,
                        const std::vector<std::int64_t> &leadIds, Progress *progress);
    Result<std::vector<Statement>> prepareDetailTexts();
    Status appendRange(const EventRanges::Rows &rows, Statement &detailText, EventColumns &events,
                       std::vector<std::pair<std::int64_t, std::size_t>> &runs);
    static void placeLeads(EventColumns &events, std::vector<std::pair<std::int64_t, std::size_t>> &runs,
                           const std::vector<std::int64_t> &leadIds);
    static void bucketEvents(EventColumns &events, const std::vector<EventRow> &rows,
                             const std::vector<std::int64_t> &leadIds);
    Status readInParallel(ScoringInput &input, const LeadLoader::Readers &leadReaders, std::vector<std::int64_t> &ids,
                          EventRanges &ranges, Progress *progress);
    std::uint16_t activityOf(std::int64_t activityId, EventColumns &events) const;
    static Result<Statement> prepareDetailText(Database &database);
    Result<std::uint32_t> detailOf(std::int64_t storedId, Statement &detailText, EventColumns &events);
    std::uint32_t detailRead(std::int64_t storedId) const;

    Database &m_database;
    LeadLoader m_leads;
    std::vector<Database *> m_eventsDatabases;
    LeadFieldChoice m_leadFields = LeadFieldChoice::all();
    bool m_packBlocks = false;
    bool m_readBlocks = false;                // the last load read the packed copy
    bool m_blocksDamaged = false;             // ... and found a block damaged
    std::vector<EventBlocks::Block> m_packed; // the last load's rows, packed (packWhatIsRead())
    std::vector<LeadBlocks::Block> m_packedLeads;
    // One range's activities and details as the columns number them (appendRange).
    std::vector<std::uint16_t> m_rangeActivities;
    std::vector<std::uint32_t> m_rangeDetails;
    std::vector<std::uint16_t> m_activityById; // activity_types.id -> activity index
    // event_details.id -> pool id, each text read when an event first names it: a
    // handful of distinct details among millions of rows cost an array lookup each.
    std::vector<std::uint32_t> m_detailById;
    // What readForLoadFrom() read: the activity types and details already in the
    // columns to fill, the details numbered in m_detailById and, past its dense
    // range, here.
    EventColumns m_readEvents;
    std::unordered_map<std::int64_t, std::uint32_t> m_sparseDetails;
};

} // namespace LeadStage
