#include "EventColumnsLoader.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <algorithm>

namespace LeadStage {

namespace {

constexpr std::string_view selectLeads =
    "SELECT l.id, l.created_at, l.industry, l.employees, l.country, l.job_title, l.email, l.source,"
    " l.campaign, l.company, l.attrs, l.archived_at, o.sql_at, o.opportunity_at, o.customer_at"
    " FROM leads l LEFT JOIN outcomes o ON o.lead_id = l.id ";
constexpr std::int64_t rowsPerReport = 1 << 16;
constexpr std::uint16_t unknownActivity = 0xFFFF;

LeadRecord leadFrom(const Statement &row)
{
    LeadRecord lead;
    lead.id = row.int64(0);
    lead.createdAt = row.int64(1);
    lead.industry = row.text(2);
    lead.employees = row.optionalInt64(3);
    lead.country = row.text(4);
    lead.jobTitle = row.text(5);
    lead.email = row.text(6);
    lead.source = row.text(7);
    lead.campaign = row.text(8);
    lead.company = row.text(9);
    const QString attrs = row.text(10);
    if (attrs.size() > 2) // "{}" holds nothing; skip the copy for most leads
        lead.attrs = attrs.toUtf8();
    lead.archived = !row.isNull(11);
    lead.sqlAt = row.optionalInt64(12);
    lead.opportunityAt = row.optionalInt64(13);
    lead.customerAt = row.optionalInt64(14);
    return lead;
}

Error cancelled()
{
    return Error{u"loading was cancelled"_qs, QString()};
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

EventColumnsLoader::EventColumnsLoader(Database &database) : m_database(database)
{
}

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
            return Error{u"too many activity types (at most 65535)"_qs, m_database.path()};
        m_activityById.resize(std::max(m_activityById.size(), id + 1), unknownActivity);
        m_activityById[id] = events.activityIndex(query->text(1));
    }
}

// Appends the rows of an events query (lead_id, occurred_at, activity_id, detail)
// ordered by lead; each lead of `leadIds` (ascending) gets its run of events.
Status EventColumnsLoader::appendEvents(Statement &query, EventColumns &events,
                                        const std::vector<std::int64_t> &leadIds, Progress *progress)
{
    std::size_t begun = events.leadCount();
    const std::size_t leadsBefore = begun;
    std::int64_t rows = 0;
    QString lastDetail;
    std::uint32_t lastDetailId = 0;
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
        const auto activityId = std::size_t(query.int64(2));
        std::uint16_t activity = activityId < m_activityById.size() ? m_activityById[activityId] : unknownActivity;
        if (activity == unknownActivity) // foreign keys prevent this; keep such events inert
            activity = events.activityIndex(u"(unknown activity)"_qs);
        std::uint32_t detail = 0;
        if (!query.isNull(3)) {
            // Events of one lead often repeat a detail: skip the pool lookup then.
            QString text = query.text(3);
            if (text != lastDetail) {
                lastDetailId = events.detailId(text);
                lastDetail = std::move(text);
            }
            detail = lastDetailId;
        }
        events.add(query.int64(1), activity, detail);
        if (++rows % rowsPerReport == 0 && progress && !progress->report(rows, -1))
            return cancelled();
    }
    query.reset();
    for (; begun - leadsBefore < leadIds.size(); ++begun)
        events.beginLead();
    return {};
}

Result<ScoringInput> EventColumnsLoader::loadAll(Progress *progress)
{
    ScoringInput input;
    if (Status status = loadActivityTypes(input.events); !status)
        return status.error();
    auto leads = m_database.prepare(std::string(selectLeads) + "ORDER BY l.id");
    if (!leads)
        return leads.error();
    std::vector<std::int64_t> ids;
    if (Status status = readLeads(*leads, input.leads, ids); !status)
        return status.error();
    if (progress && progress->cancelled())
        return cancelled();
    // The rowid tie-break keeps import order within a second and is part of the index.
    auto events = m_database.prepare(
        "SELECT lead_id, occurred_at, activity_id, detail FROM events INDEXED BY events_by_lead"
        " ORDER BY lead_id, occurred_at, id");
    if (!events)
        return events.error();
    if (Status status = appendEvents(*events, input.events, ids, progress); !status)
        return status.error();
    return input;
}

Result<ScoringInput> EventColumnsLoader::loadLeads(std::vector<std::int64_t> leadIds, Progress *progress)
{
    std::sort(leadIds.begin(), leadIds.end());
    leadIds.erase(std::unique(leadIds.begin(), leadIds.end()), leadIds.end());
    ScoringInput input;
    if (Status status = loadActivityTypes(input.events); !status)
        return status.error();
    auto leads = m_database.prepare(std::string(selectLeads) + "WHERE l.id = ?1");
    auto events = m_database.prepare(
        "SELECT lead_id, occurred_at, activity_id, detail FROM events WHERE lead_id = ?1 ORDER BY occurred_at, id");
    if (!leads || !events)
        return !leads ? leads.error() : events.error();
    for (const std::int64_t leadId : leadIds) {
        std::vector<std::int64_t> found;
        leads->bind(1, leadId);
        if (Status status = readLeads(*leads, input.leads, found); !status)
            return status.error();
        events->bind(1, leadId);
        if (Status status = appendEvents(*events, input.events, found, nullptr); !status)
            return status.error();
        if (progress && progress->cancelled())
            return cancelled();
    }
    return input;
}

Result<std::int64_t> EventColumnsLoader::defaultAsOf()
{
    auto query = m_database.prepare(
        "SELECT COALESCE((SELECT MAX(occurred_at) FROM events), (SELECT MAX(created_at) FROM leads), 0)");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return query->int64(0);
}

} // namespace LeadStage
