#include "EventColumnsLoader.h"

#include "Moments.h"
#include "common/SideBySide.h"
#include "store/AnalysisDate.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <limits>
#include <thread>

namespace LeadStage {

namespace {

// An undated outcome reads as undatedTime (-9223372036854775807).
constexpr std::string_view selectLeads =
    "SELECT l.id, l.created_at, l.industry, l.employees, l.country, l.job_title, l.email, l.source,"
    " l.campaign, l.company, l.attrs, l.archived_at,"
    " coalesce(o.sql_at, CASE WHEN o.sql_undated = 1 THEN -9223372036854775807 END),"
    " coalesce(o.opportunity_at, CASE WHEN o.opportunity_undated = 1 THEN -9223372036854775807 END),"
    " coalesce(o.customer_at, CASE WHEN o.customer_undated = 1 THEN -9223372036854775807 END)"
    " FROM leads l LEFT JOIN outcomes o ON o.lead_id = l.id ";
// A workspace read without upgrading (read-only, older than version 8) has only dated outcomes.
constexpr std::string_view selectLeadsBefore8 =
    "SELECT l.id, l.created_at, l.industry, l.employees, l.country, l.job_title, l.email, l.source,"
    " l.campaign, l.company, l.attrs, l.archived_at, o.sql_at, o.opportunity_at, o.customer_at"
    " FROM leads l LEFT JOIN outcomes o ON o.lead_id = l.id ";

Result<std::string> leadsQuery(Database &database, std::string_view tail)
{
    auto version8 = Schema::hasUndatedOutcomes(database);
    if (!version8)
        return version8.error();
    return std::string(*version8 ? selectLeads : selectLeadsBefore8) + std::string(tail);
}
constexpr std::int64_t rowsPerReport = 1 << 16;
constexpr std::uint16_t unknownActivity = 0xFFFF;
constexpr std::uint32_t unknownDetail = 0xFFFFFFFF;
constexpr std::size_t maxDenseDetailId = std::size_t(1) << 26; // beyond: looked up each time, still right

LeadColumns::Cells leadFrom(const Statement &row)
{
    LeadColumns::Cells lead;
    lead.id = row.int64(0);
    lead.createdAt = row.int64(1);
    lead.industry = row.utf8(2);
    lead.employees = row.optionalInt64(3);
    lead.country = row.utf8(4);
    lead.jobTitle = row.utf8(5);
    lead.email = row.utf8(6);
    lead.source = row.utf8(7);
    lead.campaign = row.utf8(8);
    lead.company = row.utf8(9);
    lead.attrs = row.utf8(10);
    lead.archived = !row.isNull(11);
    lead.sqlAt = row.optionalInt64(12);
    lead.opportunityAt = row.optionalInt64(13);
    lead.customerAt = row.optionalInt64(14);
    return lead;
}

Error cancelled()
{
    return Error{QCoreApplication::translate("ScoringError", "loading was cancelled"), QString()};
}

Status readLeads(Statement &query, LeadColumns &leads, std::vector<std::int64_t> &ids)
{
    for (;;) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        leads.append(leadFrom(query));
        ids.push_back(query.int64(0));
    }
    query.reset();
    return {};
}

} // namespace

EventColumnsLoader::EventColumnsLoader(Database &database)
    : m_database(database)
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

// Reads the events table in rowid (i.e. import) order, as it is stored: no lookup per
// row. The ORDER BY is what keeps that order: without it SQLite reads the covering
// events_unique index instead, which orders a lead's events within a second by
// activity and detail, and a negative rule then lands before a positive one. `onRows` hears the count now and then and
// stops the reading with false.
Status EventColumnsLoader::readEventRows(Database &database, EventColumns &events, std::vector<EventRow> &rows,
                                         const std::function<bool(std::int64_t)> &onRows)
{
    // Ten million rows grown by doubling would hold twice their size at the last copy:
    // the largest row id bounds the count and costs one step down the table's tree.
    auto largestId = database.prepare("SELECT max(id) FROM events");
    if (!largestId)
        return largestId.error();
    if (auto stepped = largestId->step(); !stepped)
        return stepped.error();
    rows.reserve(std::size_t(std::max<std::int64_t>(0, largestId->int64(0))));
    auto query = database.prepare("SELECT lead_id, occurred_at, activity_id, detail_id FROM events ORDER BY id");
    auto detailText = prepareDetailText(database);
    if (!query || !detailText)
        return !query ? query.error() : detailText.error();
    for (;;) {
        auto stepped = query->step();
        if (!stepped)
            return stepped.error();
        if (!*stepped)
            return {};
        auto detail = detailOf(query->int64(3), *detailText, events);
        if (!detail)
            return detail.error();
        rows.push_back({query->int64(0), query->int64(1), *detail, activityOf(query->int64(2), events)});
        if (rows.size() % rowsPerReport == 0 && !onRows(std::int64_t(rows.size())))
            return cancelled();
    }
}

// Buckets the rows by lead; a stable sort by time within each lead then keeps import
// order within a second.
void EventColumnsLoader::bucketEvents(EventColumns &events, const std::vector<EventRow> &rows,
                                      const std::vector<std::int64_t> &leadIds)
{
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

// The events on the second connection, on a thread of their own, while this thread
// reads the leads; progress is told from this thread only, the caller's callback
// never runs on the other.
Status EventColumnsLoader::readInParallel(ScoringInput &input, Statement &leads, std::vector<std::int64_t> &ids,
                                          std::vector<EventRow> &rows, Progress *progress)
{
    std::atomic<std::int64_t> read{0};
    std::atomic<bool> stop{false};
    std::atomic<bool> done{false};
    Status eventsStatus, leadsStatus;
    const auto readEvents = [&] {
        eventsStatus = readEventRows(*m_eventsDatabase, input.events, rows, [&](std::int64_t count) {
            read.store(count, std::memory_order_relaxed);
            return !stop.load(std::memory_order_relaxed);
        });
        read.store(std::int64_t(rows.size()), std::memory_order_relaxed);
        done.store(true);
    };
    sideBySide(true, readEvents, [&] {
        leadsStatus = readLeads(leads, input.leads, ids);
        while (!done.load()) {
            if (!leadsStatus || (progress && !progress->report(read.load(std::memory_order_relaxed), -1)))
                stop.store(true);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        // The whole count at the end, so a bar shown against a total reaches it.
        if (leadsStatus && progress)
            progress->report(read.load(std::memory_order_relaxed), -1);
    });
    if (!leadsStatus)
        return leadsStatus;
    if (progress && progress->cancelled())
        return cancelled();
    return eventsStatus;
}

Result<ScoringInput> EventColumnsLoader::loadAll(Progress *progress)
{
    ScoringInput input;
    if (Status status = loadActivityTypes(input.events); !status)
        return status.error();
    auto sql = leadsQuery(m_database, "ORDER BY l.id");
    if (!sql)
        return sql.error();
    auto leads = m_database.prepare(*sql);
    if (!leads)
        return leads.error();
    std::vector<std::int64_t> ids;
    std::vector<EventRow> rows;
    if (m_eventsDatabase) {
        if (Status status = readInParallel(input, *leads, ids, rows, progress); !status)
            return status.error();
    } else {
        if (Status status = readLeads(*leads, input.leads, ids); !status)
            return status.error();
        if (progress && progress->cancelled())
            return cancelled();
        if (Status status =
                readEventRows(m_database, input.events, rows,
                              [progress](std::int64_t count) { return !progress || progress->report(count, -1); });
            !status)
            return status.error();
    }
    bucketEvents(input.events, rows, ids);
    return input;
}

Result<ScoringInput> EventColumnsLoader::loadFrom(LeadColumns leads, std::vector<EventRow> storedEvents)
{
    ScoringInput input;
    input.leads = std::move(leads);
    if (Status status = loadActivityTypes(input.events); !status)
        return status.error();
    auto detailText = prepareDetailText(m_database);
    if (!detailText)
        return detailText.error();
    for (EventRow &row : storedEvents) {
        auto detail = detailOf(row.detail, *detailText, input.events);
        if (!detail)
            return detail.error();
        row.detail = *detail;
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
    if (Status status = loadActivityTypes(input.events); !status)
        return status.error();
    auto sql = leadsQuery(m_database, "WHERE l.id = ?1");
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
        if (Status status = readLeads(*leads, input.leads, found); !status)
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
