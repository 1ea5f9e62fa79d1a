#include "EventColumnsLoader.h"

#include "EventRanges.h"

#include "Moments.h"
#include "common/SideBySide.h"
#include "store/AnalysisDate.h"
#include "store/Database.h"
#include "store/EventSequence.h"
#include "store/ReadSnapshot.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <limits>
#include <memory>
#include <new>
#include <thread>

namespace LeadStage {

namespace {

constexpr std::int64_t rowsPerReport = 1 << 16;
// Ranges of lead ids the event readers take in turn: enough that they finish together.
constexpr std::size_t rangesPerLoad = 64;
constexpr std::uint16_t unknownActivity = 0xFFFF;
constexpr std::uint32_t unknownDetail = 0xFFFFFFFF;
constexpr std::size_t maxDenseDetailId = std::size_t(1) << 26; // beyond: looked up each time, still right

Error cancelled()
{
    return Error{QCoreApplication::translate("ScoringError", "loading was cancelled"), QString()};
}

} // namespace

EventColumnsLoader::EventColumnsLoader(Database &database)
    : m_database(database)
    , m_leads(database)
{}

Status EventColumnsLoader::loadActivityTypes(EventColumns &events)
{
    auto query = m_database.prepare("SELECT id, key FROM activity_types ORDER BY id");
    if (!query)
        return query.error();
    m_activityById.clear();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const auto id = std::size_t(std::max<std::int64_t>(0, query->int64(0)));
        if (id >= 65535 || events.activityKeys().size() >= 65534)
            return Error{QCoreApplication::translate("ScoringError", "too many activity types (at most 65535)"),
                         m_database.path()};
        m_activityById.resize(std::max(m_activityById.size(), id + 1), unknownActivity);
        m_activityById[id] = events.activityIndex(query->text(1));
    }
}

std::uint16_t EventColumnsLoader::activityOf(std::int64_t activityId, EventColumns &events) const
{
    const auto id = std::size_t(activityId);
    const std::uint16_t activity = id < m_activityById.size() ? m_activityById[id] : unknownActivity;
    // Foreign keys prevent an unknown activity; should one appear, it stays inert.
    return activity != unknownActivity ? activity : events.activityIndex(u"(unknown activity)"_qs);
}

Result<std::uint32_t> EventColumnsLoader::detailOf(std::int64_t storedId, Statement &detailText, EventColumns &events)
{
    if (storedId <= 0)
        return std::uint32_t(0);
    const auto at = std::size_t(storedId);
    if (at < m_detailById.size() && m_detailById[at] != unknownDetail)
        return m_detailById[at];
    detailText.bind(1, storedId);
    auto row = detailText.step();
    if (!row)
        return row.error();
    // Foreign keys prevent an unknown detail id; should one appear, it reads as no detail.
    const std::uint32_t id = *row ? events.detailId(detailText.text(0)) : 0;
    detailText.reset();
    if (at < maxDenseDetailId) {
        m_detailById.resize(std::max(m_detailById.size(), at + 1), unknownDetail);
        m_detailById[at] = id;
    }
    return id;
}

Result<Statement> EventColumnsLoader::prepareDetailText(Database &database)
{
    return database.prepare("SELECT text FROM event_details WHERE id = ?1");
}

// Appends the rows of an events query (lead_id, occurred_at, activity_id, detail_id)
// ordered by lead; each lead of `leadIds` (ascending) gets its run of events.
Status EventColumnsLoader::appendEvents(Statement &query, Statement &detailText, EventColumns &events,
                                        const std::vector<std::int64_t> &leadIds, Progress *progress)
{
    std::size_t begun = events.leadCount();
    const std::size_t leadsBefore = begun;
    std::int64_t rows = 0;
    for (;;) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t leadId = query.int64(0);
        while (begun - leadsBefore < leadIds.size() && leadIds[begun - leadsBefore] <= leadId) {
            events.beginLead();
            ++begun;
        }
        auto detail = detailOf(query.int64(3), detailText, events);
        if (!detail)
            return detail.error();
        events.add(query.int64(1), activityOf(query.int64(2), events), *detail);
        if (++rows % rowsPerReport == 0 && progress && !progress->report(rows, -1))
            return cancelled();
    }
    query.reset();
    for (; begun - leadsBefore < leadIds.size(); ++begun)
        events.beginLead();
    return {};
}

namespace {

// Lead row id -> index into the loaded leads: a direct table when the ids are dense.
class LeadIndex
{
public:
    explicit LeadIndex(const std::vector<std::int64_t> &ids)
        : m_ids(ids)
    {
        const std::int64_t maxId = ids.empty() ? 0 : ids.back();
        if (maxId >= 0 && std::uint64_t(maxId) <= 4 * ids.size() + 1024) {
            m_dense.assign(std::size_t(maxId) + 1, notFound);
            for (std::size_t i = 0; i < ids.size(); ++i)
                m_dense[std::size_t(ids[i])] = std::uint32_t(i);
        }
    }

    std::uint32_t find(std::int64_t id) const
    {
        if (!m_dense.empty())
            return id >= 0 && std::size_t(id) < m_dense.size() ? m_dense[std::size_t(id)] : notFound;
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        return it != m_ids.end() && *it == id ? std::uint32_t(it - m_ids.begin()) : notFound;
    }

    static constexpr std::uint32_t notFound = 0xFFFFFFFF;

private:
    const std::vector<std::int64_t> &m_ids;
    std::vector<std::uint32_t> m_dense;
};

} // namespace

// Buckets the rows by lead; a stable sort by time within each lead then keeps import
// order within a second.
void EventColumnsLoader::bucketEvents(EventColumns &events, const std::vector<EventRow> &rows,
                                      const std::vector<std::int64_t> &leadIds)
{
    // Rows already grouped by lead in id order (an import of a file sorted by lead) go
    // straight in: no lead lookup per row, and none of the 80 MB of fresh memory per ten
    // million rows that ordering them takes.
    const auto byLead = [](const EventRow &a, const EventRow &b) { return a.leadId < b.leadId; };
    if (std::is_sorted(rows.begin(), rows.end(), byLead) && std::is_sorted(leadIds.begin(), leadIds.end())) {
        events.reserve(leadIds.size(), rows.size());
        auto row = rows.begin();
        for (const std::int64_t lead : leadIds) {
            while (row != rows.end() && row->leadId < lead)
                ++row; // an orphan: scores nobody, as below
            events.beginLead();
            for (; row != rows.end() && row->leadId == lead; ++row)
                events.add(row->time, row->activity, row->detail);
        }
        events.sortWithinLeads();
        return;
    }
    const LeadIndex index(leadIds);
    std::vector<std::uint32_t> leadOf(rows.size());
    std::vector<std::uint32_t> perLead(leadIds.size() + 1, 0);
    for (std::size_t row = 0; row < rows.size(); ++row) {
        leadOf[row] = index.find(rows[row].leadId);
        // Foreign keys prevent an orphan event; should one appear, it scores nobody.
        if (leadOf[row] != LeadIndex::notFound)
            ++perLead[leadOf[row] + 1];
    }
    for (std::size_t lead = 1; lead < perLead.size(); ++lead)
        perLead[lead] += perLead[lead - 1];
    std::vector<std::uint32_t> order(perLead.back());
    std::vector<std::uint32_t> next(perLead.begin(), perLead.end() - 1);
    for (std::uint32_t row = 0; row < rows.size(); ++row)
        if (leadOf[row] != LeadIndex::notFound)
            order[next[leadOf[row]]++] = row;
    events.reserve(leadIds.size(), order.size());
    for (std::size_t lead = 0; lead < leadIds.size(); ++lead) {
        events.beginLead();
        for (std::uint32_t at = perLead[lead]; at < perLead[lead + 1]; ++at) {
            const EventRow &row = rows[order[at]];
            events.add(row.time, row.activity, row.detail);
        }
    }
    events.sortWithinLeads();
}

// The events on the connections readEventsOn() gave, a thread each, while this thread
// reads the leads (or, with none given, on this connection after the leads). With a
// reader of the later half (on the last of those connections) that connection's thread
// first reads the later half of the leads, then joins the events. Progress is told from
// this thread only, the caller's callback never runs on another.
Status EventColumnsLoader::readInParallel(ScoringInput &input, const LeadLoader::Readers &leadReaders,
                                          std::vector<std::int64_t> &ids, EventRanges &ranges, Progress *progress)
{
    const bool aside = !m_eventsDatabases.empty();
    Status leadsStatus, laterStatus;
    if (!aside) {
        leadsStatus = leadReaders.first(input.leads, ids);
        if (!leadsStatus)
            return leadsStatus;
    }
    const std::vector<Database *> connections = aside ? m_eventsDatabases : std::vector<Database *>{&m_database};
    std::vector<Status> eventsStatus(connections.size());
    LeadColumns later;
    later.keepOnly(m_leadFields);
    if (leadReaders.later) {
        later.reserve(m_leads.expectedLeads() / 2 + 1);
        input.leads.reserve(m_leads.expectedLeads()); // the later half is appended without moving
    }
    std::vector<std::int64_t> laterIds;
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> running{connections.size()};
    // The reader that failed first: the others then stop and say "cancelled", which
    // must not hide its error.
    std::atomic<std::size_t> failedFirst{connections.size()};
    {
        std::vector<std::jthread> readers;
        for (std::size_t i = 0; i < connections.size(); ++i)
            readers.emplace_back([&, i] {
                try {
                    if (leadReaders.later && i + 1 == connections.size()) {
                        laterStatus = leadReaders.later(later, laterIds);
                        if (!laterStatus)
                            stop.store(true);
                    }
                    if (!stop.load())
                        eventsStatus[i] = ranges.readOn(*connections[i], i, stop);
                } catch (const std::bad_alloc &) {
                    eventsStatus[i] =
                        Error{QCoreApplication::translate("ScoringError", "not enough memory to load the events"),
                              connections[i]->path()};
                }
                if (!eventsStatus[i] && !stop.exchange(true)) {
                    std::size_t none = connections.size();
                    failedFirst.compare_exchange_strong(none, i);
                }
                running.fetch_sub(1);
            });
        if (aside)
            leadsStatus = leadReaders.first(input.leads, ids);
        while (running.load() > 0) {
            if (!leadsStatus || (progress && !progress->report(ranges.rowsRead(), -1)))
                stop.store(true);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    if (!leadsStatus)
        return leadsStatus;
    if (!laterStatus)
        return laterStatus;
    if (progress && progress->cancelled())
        return cancelled();
    if (failedFirst.load() < connections.size())
        return eventsStatus[failedFirst.load()];
    for (const Status &status : eventsStatus)
        if (!status)
            return status;
    input.leads.appendColumns(later);
    ids.insert(ids.end(), laterIds.begin(), laterIds.end());
    // The whole count at the end, so a bar shown against a total reaches it.
    if (progress)
        progress->report(ranges.rowsRead(), -1);
    return {};
}

// Where each lead of `leadIds` (ascending) begins in columns that hold every read lead's
// events, run by run (`runs`: lead id and first event, ascending). A lead without events
// begins where the next run does; the run of a lead not in `leadIds` (an orphan, which
// foreign keys prevent) is dropped, for it would score nobody.
void EventColumnsLoader::placeLeads(EventColumns &events, std::vector<std::pair<std::int64_t, std::size_t>> &runs,
                                    const std::vector<std::int64_t> &leadIds)
{
    const auto place = [&](bool dropOrphans) {
        std::vector<std::size_t> offsets(leadIds.size());
        std::size_t run = 0;
        for (std::size_t lead = 0; lead < leadIds.size(); ++lead) {
            for (; run < runs.size() && runs[run].first < leadIds[lead]; ++run)
                if (!dropOrphans)
                    return false;
            offsets[lead] = run < runs.size() ? runs[run].second : events.eventCount();
            if (run < runs.size() && runs[run].first == leadIds[lead])
                ++run;
        }
        if (run < runs.size() && !dropOrphans)
            return false;
        events.setLeadOffsets(std::move(offsets));
        return true;
    };
    if (place(false))
        return;
    std::vector<std::pair<std::int64_t, std::size_t>> kept;
    for (std::size_t run = runs.size(); run-- > 0;) {
        const std::size_t end = run + 1 < runs.size() ? runs[run + 1].second : events.eventCount();
        if (std::binary_search(leadIds.begin(), leadIds.end(), runs[run].first))
            kept.emplace_back(runs[run].first, end - runs[run].second);
        else
            events.eraseEvents(runs[run].second, end);
    }
    runs.clear();
    std::size_t first = 0;
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
        runs.emplace_back(it->first, first);
        first += it->second;
    }
    place(true);
}

// A statement for details' texts on each connection the events are read on.
Result<std::vector<Statement>> EventColumnsLoader::prepareDetailTexts()
{
    std::vector<Statement> detailTexts;
    for (Database *connection : m_eventsDatabases.empty() ? std::vector<Database *>{&m_database} : m_eventsDatabases) {
        auto prepared = prepareDetailText(*connection);
        if (!prepared)
            return prepared.error();
        detailTexts.push_back(std::move(*prepared));
    }
    return detailTexts;
}

// One range's events (EventRanges' sink) after those before it: known ids cost an array
// lookup, the first of each detail a query on `detailText`; `runs` gets each lead's
// first event.
Status EventColumnsLoader::appendRange(const EventRanges::Rows &rows, Statement &detailText, EventColumns &events,
                                       std::vector<std::pair<std::int64_t, std::size_t>> &runs)
{
    const std::size_t count = rows.times.size();
    m_rangeActivities.resize(count);
    m_rangeDetails.resize(count);
    for (std::size_t at = 0; at < count; ++at) {
        const std::size_t activity = rows.activities[at], detail = rows.details[at];
        m_rangeActivities[at] = activity < m_activityById.size() && m_activityById[activity] != unknownActivity
                                    ? m_activityById[activity]
                                    : activityOf(std::int64_t(activity), events);
        if (detail < m_detailById.size() && m_detailById[detail] != unknownDetail) {
            m_rangeDetails[at] = m_detailById[detail];
            continue;
        }
        auto looked = detailOf(std::int64_t(detail), detailText, events);
        if (!looked)
            return looked.error();
        m_rangeDetails[at] = *looked;
    }
    std::size_t first = events.eventCount();
    for (const auto &[leadId, leadEvents] : rows.leads) {
        runs.emplace_back(leadId, first);
        first += leadEvents;
    }
    events.append(rows.times, m_rangeActivities, m_rangeDetails);
    return {};
}

Result<ScoringInput> EventColumnsLoader::loadAll(Progress *progress)
{
    auto input = loadAllOnce(progress, true);
    // A packed block that does not decode (a damaged file) must not stop a load the rows
    // can do; any other failure is the load's own and is said as it is.
    if (!input && (m_blocksDamaged || m_leads.foundDamagedBlocks()) && !(progress && progress->cancelled()))
        return loadAllOnce(progress, false);
    return input;
}

Result<ScoringInput> EventColumnsLoader::loadAllOnce(Progress *progress, bool mayReadBlocks)
{
    ScoringInput input;
    m_detailById.clear(); // pool ids of an earlier load's columns
    m_readBlocks = false;
    if (mayReadBlocks) {
        m_blocksDamaged = false;
        m_leads.forgetDamage();
    }
    m_packed.clear();
    m_packedLeads.clear();
    input.leads.keepOnly(m_leadFields);
    // Outside a transaction, the load reads its leads (the packed copy's ranges, then its
    // blocks), their outcomes and, alone on one connection, its ranges of events in one
    // read transaction, so a commit cannot fall between them.
    // (A file's deferred BEGIN takes no lock a writer waits for; a server's reads one commit.)
    auto oneSnapshot = ReadSnapshot::begin({&m_database});
    if (!oneSnapshot)
        return oneSnapshot.error();
    if (Status status = loadActivityTypes(input.events); !status)
        return status.error();
    m_leads.keepFields(m_leadFields);
    m_leads.packWhatIsRead(m_packBlocks);
    m_leads.readLaterHalfOn(m_eventsDatabases.empty() ? nullptr : m_eventsDatabases.back());
    auto leadReaders = m_leads.readers(mayReadBlocks);
    if (!leadReaders)
        return leadReaders.error();
    std::vector<std::int64_t> ids;
    // Each range's events go straight into the columns once every range before it is
    // in, on the reader that completed it, which looks details up on its own connection.
    auto detailTexts = prepareDetailTexts();
    if (!detailTexts)
        return detailTexts.error();
    if (auto expected = EventSequence::largestId(m_database); expected && *expected > 0)
        input.events.reserve(0, std::size_t(*expected));
    std::vector<std::pair<std::int64_t, std::size_t>> runs; // lead id, its first event
    auto stored = mayReadBlocks ? EventBlocks::ranges(m_database)
                                : Result<std::vector<std::pair<std::int64_t, std::int64_t>>>(
                                    std::vector<std::pair<std::int64_t, std::int64_t>>());
    if (!stored)
        return stored.error();
    m_readBlocks = !stored->empty();
    const bool packing = m_packBlocks && !m_readBlocks;
    std::vector<EventBlocks::Block> packed;
    EventRanges ranges;
    // The sink takes the ranges one at a time, in order: the n-th call is the n-th range.
    const auto append = [&](const EventRanges::Rows &rows, std::size_t reader) {
        if (packing) {
            const auto &[first, last] = ranges.bounds()[packed.size()];
            packed.push_back({first, last, std::int64_t(rows.times.size()), EventBlocks::pack(rows)});
        }
        return appendRange(rows, (*detailTexts)[reader], input.events, runs);
    };
    if (m_readBlocks)
        ranges.planBlocks(std::move(*stored), append);
    else if (Status status = ranges.plan(m_database, rangesPerLoad, append); !status)
        return status.error();
    if (Status status = readInParallel(input, *leadReaders, ids, ranges, progress); !status) {
        m_blocksDamaged = ranges.foundDamagedBlock();
        return status.error();
    }
    if (!ranges.handedOver())
        return cancelled();
    placeLeads(input.events, runs, ids);
    if (packing)
        m_packed = std::move(packed);
    if (leadReaders->packed)
        m_packedLeads = leadReaders->packed();
    return input;
}

Result<ScoringInput> EventColumnsLoader::loadFrom(LeadColumns leads, std::vector<EventRow> storedEvents)
{
    if (Status read = readForLoadFrom(storedEvents); !read)
        return read.error();
    return loadFromRead(std::move(leads), std::move(storedEvents));
}

// Each detail the rows name, numbered where a row first names it (as loadAll() numbers
// them) and its text read once, as detailOf() does for every load.
Status EventColumnsLoader::readForLoadFrom(const std::vector<EventRow> &storedEvents)
{
    m_readEvents = EventColumns();
    m_detailById.clear(); // numbers into m_readEvents only
    m_sparseDetails.clear();
    if (Status status = loadActivityTypes(m_readEvents); !status)
        return status;
    auto detailText = prepareDetailText(m_database);
    if (!detailText)
        return detailText.error();
    for (const EventRow &row : storedEvents) {
        const auto stored = std::int64_t(row.detail);
        const bool sparse = std::size_t(stored) >= maxDenseDetailId;
        if (sparse && m_sparseDetails.contains(stored))
            continue;
        auto detail = detailOf(stored, *detailText, m_readEvents);
        if (!detail)
            return detail.error();
        if (sparse)
            m_sparseDetails.emplace(stored, *detail);
    }
    return {};
}

// What readForLoadFrom() numbered: no detail for an id it was not shown.
std::uint32_t EventColumnsLoader::detailRead(std::int64_t storedId) const
{
    const auto at = std::size_t(storedId);
    if (storedId <= 0)
        return 0;
    if (at < m_detailById.size())
        return m_detailById[at] != unknownDetail ? m_detailById[at] : 0;
    const auto found = m_sparseDetails.find(storedId);
    return found != m_sparseDetails.end() ? found->second : 0;
}

Result<ScoringInput> EventColumnsLoader::loadFromRead(LeadColumns leads, std::vector<EventRow> storedEvents)
{
    ScoringInput input;
    input.leads = std::move(leads);
    input.events = std::move(m_readEvents);
    m_readEvents = EventColumns();
    for (EventRow &row : storedEvents) {
        row.detail = detailRead(row.detail);
        row.activity = activityOf(row.activity, input.events);
    }
    std::vector<std::int64_t> ids(input.leads.size());
    for (std::size_t lead = 0; lead < ids.size(); ++lead)
        ids[lead] = input.leads.id(lead);
    bucketEvents(input.events, storedEvents, ids);
    return input;
}

Result<ScoringInput> EventColumnsLoader::loadLeads(std::vector<std::int64_t> leadIds, Progress *progress)
{
    std::sort(leadIds.begin(), leadIds.end());
    leadIds.erase(std::unique(leadIds.begin(), leadIds.end()), leadIds.end());
    ScoringInput input;
    input.leads.keepOnly(m_leadFields);
    if (Status status = loadActivityTypes(input.events); !status)
        return status.error();
    auto sql = m_leads.query(m_leadFields, "WHERE l.id = ?1");
    if (!sql)
        return sql.error();
    auto leads = m_database.prepare(*sql);
    auto events = m_database.prepare(
        "SELECT lead_id, occurred_at, activity_id, detail_id FROM events WHERE lead_id = ?1 ORDER BY occurred_at, id");
    auto detailText = prepareDetailText(m_database);
    if (!leads || !events || !detailText)
        return !leads ? leads.error() : !events ? events.error() : detailText.error();
    for (const std::int64_t leadId : leadIds) {
        std::vector<std::int64_t> found;
        leads->bind(1, leadId);
        if (Status status = m_leads.readRows(*leads, input.leads, found, false); !status)
            return status.error();
        events->bind(1, leadId);
        if (Status status = appendEvents(*events, *detailText, input.events, found, nullptr); !status)
            return status.error();
        if (progress && progress->cancelled())
            return cancelled();
    }
    return input;
}

std::int64_t EventColumnsLoader::latestMoment(const ScoringInput &input)
{
    std::int64_t latest = 0;
    for (std::size_t event = 0; event < input.events.eventCount(); ++event)
        latest = std::max(latest, input.events.time(event));
    const LeadColumns &leads = input.leads;
    for (std::size_t lead = 0; lead < leads.size(); ++lead)
        for (const std::int64_t moment :
             {leads.createdAt(lead), leads.sqlAt(lead), leads.opportunityAt(lead), leads.customerAt(lead)})
            if (moment != noTime)
                latest = std::max(latest, moment);
    return latest;
}

Result<std::int64_t> EventColumnsLoader::defaultAsOf()
{
    auto date = AnalysisDate::resolve(m_database);
    if (!date)
        return date.error();
    return date->asOf;
}

Result<std::int64_t> EventColumnsLoader::defaultAsOf(const ScoringInput &loaded)
{
    auto chosen = AnalysisDate::chosen(m_database);
    if (!chosen)
        return chosen.error();
    if (*chosen)
        return **chosen;
    auto outcome = AnalysisDate::latestOutcome(m_database);
    if (!outcome)
        return outcome.error();
    return std::max(latestMoment(loaded), *outcome);
}

} // namespace LeadStage
