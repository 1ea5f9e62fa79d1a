#include "SnapshotLoader.h"

#include <QCoreApplication>

#include "EventMonths.h"
#include "Period.h"
#include "scoring/Moments.h"
#include "store/AnalysisDate.h"

#include "store/Database.h"
#include "store/ReadSnapshot.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/StoredTables.h"

#include <atomic>
#include <future>
#include <string>
#include <unordered_map>

namespace LeadStage {

namespace {

constexpr std::int64_t rowsPerReport = 1 << 16;
static_assert(EventMonths::windowMargin == 2678400, "selectEvents' margins");

constexpr std::string_view selectStates =
    "SELECT lead_id, instr('ABCD', grade), iql_at, mql_at, pql_at FROM lead_state ORDER BY lead_id";

constexpr std::string_view selectRecorded =
    "SELECT lead_id, CASE stage WHEN 'MQL' THEN 0 WHEN 'SQL' THEN 1 WHEN 'Opportunity' THEN 2 ELSE 3 END, at"
    " FROM recorded_stages ORDER BY lead_id";

// Only IQL leads' events matter (engagement), and only those from the start of the
// IQL month to the end of the MQL month; the margins of 31 days (EventMonths::windowMargin) keep the
// SQL simple and the snapshot drops nothing it needs. CROSS JOIN keeps lead_state outside: each
// lead's window is then one range of the events_unique index (lead, time, …), already in the order
// asked for, which takes about half the time of scanning every event. The order names
// s.lead_id so that SQLite sees it needs no sort: with e.lead_id it sorted the 7.7 M rows
// of the 1 M-lead demo in temporary files, which took longer than reading them.
constexpr std::string_view selectEvents =
    "SELECT e.lead_id, e.occurred_at FROM lead_state s CROSS JOIN events e ON e.lead_id = s.lead_id"
    " WHERE s.iql_at IS NOT NULL AND e.occurred_at <= ?1 AND e.occurred_at >= s.iql_at - 2678400"
    " AND (s.mql_at IS NULL OR e.occurred_at < s.mql_at + 2678400)"
    " ORDER BY s.lead_id, e.occurred_at";

// selectEvents with the scores the windows came from, to check them against the leads'
// own when another connection read those.
constexpr std::string_view selectEventsWithScores =
    "SELECT e.lead_id, e.occurred_at, s.iql_at, s.mql_at FROM lead_state s CROSS JOIN events e"
    " ON e.lead_id = s.lead_id"
    " WHERE s.lead_id >= ?2 AND s.lead_id < ?3"
    " AND s.iql_at IS NOT NULL AND e.occurred_at <= ?1 AND e.occurred_at >= s.iql_at - 2678400"
    " AND (s.mql_at IS NULL OR e.occurred_at < s.mql_at + 2678400)"
    " ORDER BY s.lead_id, e.occurred_at";

Error changedWhileRead()
{
    return Error{
        QCoreApplication::translate(
            "MetricsError", "the workspace changed while it was being read (leads were imported, removed or rescored)"),
        QString(), 0, 0,
        QCoreApplication::translate("MetricsError", "Try again once the import or rescore has finished.")};
}

Error cancelled()
{
    return Error{QCoreApplication::translate("MetricsError", "loading the dashboard data was cancelled"), QString()};
}

} // namespace

SnapshotLoader::SnapshotLoader(Database &database)
    : m_database(database)
{}

// The date lead_state was scored at; for a workspace never scored, the date a rescore
// would take (the workspace's analysis date).
Result<std::int64_t> SnapshotLoader::scoredAsOf()
{
    auto query = m_database.prepare("SELECT MAX(as_of) FROM lead_state");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    if (*row && !query->isNull(0))
        return query->int64(0);
    auto date = AnalysisDate::resolve(m_database);
    if (!date)
        return date.error();
    return date->asOf;
}

Result<bool> SnapshotLoader::hasVersion8()
{
    return Schema::hasUndatedOutcomes(m_database);
}

// A number that changes whenever another connection commits (StoredTables::dataVersion).
Result<std::int64_t> SnapshotLoader::dataVersion()
{
    return StoredTables::dataVersion(m_database);
}

// The leads of `range` on this connection, reporting progress (SnapshotLeads::read).
Result<SnapshotLeads::Months> SnapshotLoader::loadLeads(MetricsSnapshot &snapshot, int version,
                                                        SnapshotLeads::Range range, Progress *progress,
                                                        const std::function<bool()> &stopped)
{
    return SnapshotLeads::read(m_database, version, snapshot, range, [&](std::int64_t rows) {
        return !(stopped && stopped()) && (!progress || progress->report(rows, 0));
    });
}

// Room for the leads (their id range) and, from version 11, six months with events a
// lead (the demo has 3.4 an IQL lead). Room never written costs address space only, not
// memory, so ids with gaps or fewer months cost nothing.
void SnapshotLoader::reserve(MetricsSnapshot &snapshot, SnapshotLeads::Range range, int version)
{
    const auto leads = std::size_t(std::max<std::int64_t>(range.last - range.first + 1, 0));
    snapshot.reserve(leads, version >= 11 ? leads * 6 : 0);
}

// Events arrive in lead id order, as the leads did: one merge walk maps them to rows.
Status SnapshotLoader::loadEvents(MetricsSnapshot &snapshot, Progress *progress)
{
    auto query = m_database.prepare(selectEvents);
    if (!query)
        return query.error();
    query->bind(1, snapshot.asOf());
    std::size_t lead = 0;
    for (std::int64_t rows = 1;; ++rows) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const std::int64_t leadId = query->int64(0);
        while (lead < snapshot.size() && snapshot.leadId(lead) < leadId)
            ++lead;
        if (lead < snapshot.size() && snapshot.leadId(lead) == leadId)
            snapshot.addEvent(lead, query->int64(1));
        if (rows % rowsPerReport == 0 && progress && !progress->report(rows, 0))
            return cancelled();
    }
}

Status SnapshotLoader::readRecorded(const std::function<void(std::int64_t leadId, int slot, std::int64_t at)> &take)
{
    auto version8 = hasVersion8();
    if (!version8 || !*version8)
        return version8 ? Status() : Status(version8.error());
    auto query = m_database.prepare(selectRecorded);
    if (!query)
        return query.error();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        take(query->int64(0), int(query->int64(1)), query->isNull(2) ? undatedTime : query->int64(2));
    }
}

// Recorded stages come in lead id order, as the leads did: one merge walk maps them to rows.
Status SnapshotLoader::loadRecorded(MetricsSnapshot &snapshot)
{
    std::size_t lead = 0;
    return readRecorded([&](std::int64_t leadId, int slot, std::int64_t at) {
        while (lead < snapshot.size() && snapshot.leadId(lead) < leadId)
            ++lead;
        if (lead < snapshot.size() && snapshot.leadId(lead) == leadId)
            snapshot.addRecorded(lead, slot, at);
    });
}

// What every load starts from: the date lead_state was scored at, and the schema.
Result<std::pair<std::int64_t, int>> SnapshotLoader::scoredAsOfAndVersion()
{
    auto asOf = scoredAsOf();
    if (!asOf)
        return asOf.error();
    auto version = Schema::currentVersion(m_database);
    if (!version)
        return version.error();
    return std::pair(*asOf, *version);
}

Result<MetricsSnapshot> SnapshotLoader::load(Progress *progress)
{
    // Leads, their months with events, recorded stages: one commit's, whoever commits meanwhile.
    auto oneCommit = ReadSnapshot::begin({&m_database});
    if (!oneCommit)
        return oneCommit.error();
    auto basis = scoredAsOfAndVersion();
    if (!basis)
        return basis.error();
    const auto [asOf, version] = *basis;
    auto range = SnapshotLeads::idRange(m_database);
    if (!range)
        return range.error();
    MetricsSnapshot snapshot(asOf);
    if (*range)
        reserve(snapshot, **range, version);
    auto months = loadLeads(snapshot, version, SnapshotLeads::Range{}, progress);
    if (!months)
        return months.error();
    if (*months == SnapshotLeads::Months::MissingOne) {
        // A row scored before version 11: the leads again without months, then the events.
        snapshot = MetricsSnapshot(asOf);
        months = loadLeads(snapshot, std::min(version, 10), SnapshotLeads::Range{}, progress);
        if (!months)
            return months.error();
    }
    if (*months != SnapshotLeads::Months::Added)
        if (Status status = loadEvents(snapshot, progress); !status)
            return status.error();
    if (Status status = loadRecorded(snapshot); !status)
        return status.error();
    snapshot.finish();
    return snapshot;
}

Result<SnapshotLoader::FirstEvents> SnapshotLoader::readEventMonths(Database &database, std::int64_t asOf,
                                                                    std::int64_t firstId, std::int64_t endId,
                                                                    const std::function<bool()> &stopped)
{
    auto query = database.prepare(selectEventsWithScores);
    if (!query)
        return query.error();
    query->bind(1, asOf);
    query->bind(2, firstId);
    query->bind(3, endId);
    FirstEvents months;
    // The month of the last kept event as [monthBegin, monthEnd): most events fall in it,
    // and a comparison is cheaper than working out the calendar month of each.
    std::int64_t monthBegin = 0, monthEnd = 0;
    for (std::int64_t rows = 1;; ++rows) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return months;
        const std::int64_t leadId = query->int64(0), time = query->int64(1);
        if (months.leadIds.empty() || months.leadIds.back() != leadId) {
            months.leadIds.push_back(leadId);
            months.iqlAt.push_back(query->int64(2));
            months.mqlAt.push_back(timeOrNone(query->optionalInt64(3)));
            months.start.push_back(std::uint32_t(months.firstTimes.size()));
        } else if (time >= monthBegin && time < monthEnd) {
            continue; // only a month's first event is kept
        }
        const std::int32_t month = Period::monthIndex(time);
        monthBegin = Period::monthStart(month);
        monthEnd = Period::monthStart(month + 1);
        months.firstTimes.push_back(time);
        months.start.back() = std::uint32_t(months.firstTimes.size());
        if (rows % rowsPerReport == 0 && stopped())
            return cancelled();
    }
}

// Event months come in lead id order, as the leads did: one merge walk maps them to rows.
Status SnapshotLoader::addEventMonths(MetricsSnapshot &snapshot, const FirstEvents &months)
{
    std::size_t row = 0;
    for (std::size_t lead = 0; lead < months.leadIds.size(); ++lead) {
        const std::int64_t leadId = months.leadIds[lead];
        while (row < snapshot.size() && snapshot.leadId(row) < leadId)
            ++row;
        if (row == snapshot.size() || snapshot.leadId(row) != leadId)
            continue; // a lead_state row without its lead
        // The windows were cut by the scores the events' connection read.
        if (snapshot.iqlAt(row) != months.iqlAt[lead] || snapshot.mqlAt(row) != months.mqlAt[lead])
            return changedWhileRead();
        for (std::uint32_t event = months.start[lead]; event < months.start[lead + 1]; ++event)
            snapshot.addEvent(row, months.firstTimes[event]);
    }
    return {};
}

// The IQL leads' events read on `events`, a thread and a slice of the lead ids each.
Result<std::vector<std::future<Result<SnapshotLoader::FirstEvents>>>>
SnapshotLoader::startEventReads(const std::vector<Database *> &events, std::int64_t asOf,
                                const std::function<bool()> &stopped)
{
    // Scored lead ids are dense in practice: equal slices of the id range, equal work.
    // Two queries: SQLite reads min() or max() off the key only when it is alone.
    auto range =
        m_database.prepare("SELECT (SELECT min(lead_id) FROM lead_state), (SELECT max(lead_id) FROM lead_state)");
    if (!range)
        return range.error();
    if (auto row = range->step(); !row)
        return row.error();
    const std::int64_t first = range->isNull(0) ? 0 : range->int64(0);
    const std::int64_t end = range->isNull(1) ? 0 : range->int64(1) + 1;
    const auto slices = std::int64_t(events.size());
    std::vector<std::future<Result<FirstEvents>>> reads;
    for (std::int64_t slice = 0; slice < slices; ++slice) {
        const std::int64_t from = first + (end - first) * slice / slices;
        const std::int64_t to = slice + 1 == slices ? end : first + (end - first) * (slice + 1) / slices;
        reads.push_back(
            std::async(std::launch::async, [&stopped, connection = events[std::size_t(slice)], asOf, from, to] {
                return readEventMonths(*connection, asOf, from, to, stopped);
            }));
    }
    return reads;
}

Result<MetricsSnapshot> SnapshotLoader::load(const std::vector<Database *> &events, Progress *progress)
{
    if (events.empty())
        return load(progress);
    // On a server every connection reads one commit, the first one's. A server's data
    // version changes with any commit of any workspace there: without it, the check
    // below would refuse a load whenever another workspace was written meanwhile.
    std::unique_ptr<ReadSnapshot> oneCommit;
    if (m_database.isServer()) {
        std::vector<Database *> connections{&m_database};
        connections.insert(connections.end(), events.begin(), events.end());
        auto begun = ReadSnapshot::begin(connections);
        if (!begun)
            return begun.error();
        oneCommit = std::move(*begun);
    }
    // Every read of the two halves lies between this look and the last: when no other
    // connection committed in between, they all saw one workspace (WAL: a connection
    // outside a transaction reads the latest commit).
    auto before = dataVersion();
    if (!before)
        return before.error();
    auto basis = scoredAsOfAndVersion();
    if (!basis)
        return basis.error();
    const auto [asOf, version] = *basis;
    MetricsSnapshot snapshot(asOf);
    // From version 11 the leads' rows hold their months with events. When some IQL
    // lead's row was scored before it, the halves stop there and the leads are read
    // again beside the events, as before version 11, until the next full rescore.
    auto months = version >= 11 ? loadLeadHalves(snapshot, *events.front(), version, progress)
                                : Result<SnapshotLeads::Months>(SnapshotLeads::Months::NotStored);
    if (!months)
        return months.error();
    if (*months != SnapshotLeads::Months::Added) {
        snapshot = MetricsSnapshot(asOf);
        if (Status status = loadLeadsBesideEvents(snapshot, events, version, progress); !status)
            return status.error();
    }
    if (Status status = loadRecorded(snapshot); !status)
        return status.error();
    if (*months == SnapshotLeads::Months::Added) {
        auto after = dataVersion();
        if (!after)
            return after.error();
        if (*after != *before)
            return changedWhileRead();
    }
    snapshot.finish();
    return snapshot;
}

// The leads of the lower half of the ids on this connection and the upper half on
// `other` at once, each stopping when the other failed or found a row without months.
// The halves' outer ends are open: a lead added after idRange() is read, not dropped
// (and the caller's data_version check refuses the snapshot).
Result<SnapshotLeads::Months> SnapshotLoader::loadLeadHalves(MetricsSnapshot &snapshot, Database &other, int version,
                                                             Progress *progress)
{
    auto range = SnapshotLeads::idRange(m_database);
    if (!range)
        return range.error();
    if (!*range)
        return loadLeads(snapshot, version, SnapshotLeads::Range{}, progress);
    const std::int64_t middle = (*range)->first + ((*range)->last - (*range)->first) / 2;
    const SnapshotLeads::Range upper{middle + 1, SnapshotLeads::Range{}.last};
    reserve(snapshot, **range, version);
    MetricsSnapshot upperLeads(snapshot.asOf());
    reserve(upperLeads, {upper.first, (*range)->last}, version);
    std::atomic<bool> stop{false};
    const auto stopsWith = [&stop](const Result<SnapshotLeads::Months> &read) {
        if (!read || *read == SnapshotLeads::Months::MissingOne)
            stop = true;
    };
    auto upperRead = std::async(std::launch::async, [&] {
        auto read = SnapshotLeads::read(other, version, upperLeads, upper, [&](std::int64_t) {
            return !stop.load() && !(progress && progress->cancelled());
        });
        stopsWith(read);
        return read;
    });
    auto lowerRead =
        loadLeads(snapshot, version, {SnapshotLeads::Range{}.first, middle}, progress, [&stop] { return stop.load(); });
    stopsWith(lowerRead);
    auto upperMonths = upperRead.get();
    for (const auto *read : {&lowerRead, &upperMonths}) {
        if (*read && **read == SnapshotLeads::Months::MissingOne)
            return SnapshotLeads::Months::MissingOne; // a half may have stopped early for it
    }
    if (!lowerRead || !upperMonths)
        return !lowerRead ? lowerRead.error() : upperMonths.error();
    snapshot.append(upperLeads);
    return SnapshotLeads::Months::Added;
}

// Before version 11 (or with rows scored before it): the IQL leads' events on `events`,
// each a slice of the lead ids, while this connection reads the leads.
Status SnapshotLoader::loadLeadsBesideEvents(MetricsSnapshot &snapshot, const std::vector<Database *> &events,
                                             int version, Progress *progress)
{
    // The events' threads stop early when the leads failed or the caller cancelled.
    std::atomic<bool> leadsFailed{false};
    const std::function<bool()> stopped = [&] { return leadsFailed.load() || (progress && progress->cancelled()); };
    auto started = startEventReads(events, snapshot.asOf(), stopped);
    if (!started)
        return started.error();
    auto leads = loadLeads(snapshot, std::min(version, 10), SnapshotLeads::Range{}, progress);
    leadsFailed = !leads;
    std::vector<Result<FirstEvents>> read;
    for (auto &slice : *started)
        read.push_back(slice.get());
    if (!leads)
        return leads.error();
    for (const Result<FirstEvents> &slice : read) {
        if (!slice)
            return slice.error();
        if (Status status = addEventMonths(snapshot, *slice); !status)
            return status;
    }
    return {};
}

Result<SnapshotLoader::ScoredStates> SnapshotLoader::readScoredStates()
{
    ScoredStates states;
    auto asOf = scoredAsOf();
    if (!asOf)
        return asOf.error();
    states.asOf = *asOf;
    auto query = m_database.prepare(selectStates);
    if (!query)
        return query.error();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        states.leadIds.push_back(query->int64(0));
        const std::int64_t grade = query->int64(1);
        states.grades.push_back(grade >= 1 && grade <= 4 ? Grade(grade - 1) : Grade::D);
        states.iqlAt.push_back(timeOrNone(query->optionalInt64(2)));
        states.mqlAt.push_back(timeOrNone(query->optionalInt64(3)));
        states.pqlAt.push_back(timeOrNone(query->optionalInt64(4)));
    }
    if (Status status = readRecorded([&](std::int64_t leadId, int slot, std::int64_t at) {
            states.recorded.push_back({leadId, slot, at});
        });
        !status)
        return status.error();
    return states;
}

Result<MetricsSnapshot> SnapshotLoader::fromColumns(const ScoredStates &states, const ScoringInput &input)
{
    const LeadColumns &leads = input.leads;
    const EventColumns &events = input.events;
    if (events.leadCount() != leads.size())
        return changedWhileRead();
    constexpr std::pair<Dimension, LeadField> fields[] = {{Dimension::Source, LeadField::Source},
                                                          {Dimension::Campaign, LeadField::Campaign},
                                                          {Dimension::Industry, LeadField::Industry},
                                                          {Dimension::Country, LeadField::Country}};
    // Each field's distinct values interned once, with how many leads hold each, in
    // order of first appearance: the dictionaries load() builds lead by lead.
    MetricsSnapshot snapshot(states.asOf);
    std::array<std::vector<std::uint32_t>, dimensionCount> valueOf;
    std::array<const TextColumn *, dimensionCount> columns{};
    for (const auto &[dimension, field] : fields) {
        const TextColumn &column = leads.field(field);
        std::vector<std::int64_t> holders(column.distinctCount(), 0);
        for (const std::uint32_t id : column.ids())
            ++holders[id];
        std::vector<std::uint32_t> &values = valueOf[std::size_t(dimension)];
        values.assign(column.distinctCount(), 0);
        for (std::uint32_t id = 1; id < column.distinctCount(); ++id)
            values[id] = snapshot.internField(dimension, column.value(id), holders[id]);
        columns[std::size_t(dimension)] = &column;
    }
    std::size_t state = 0, recorded = 0;
    std::vector<MonthMark> marks;
    for (std::size_t row = 0; row < leads.size(); ++row) {
        SnapshotLead lead;
        lead.id = leads.id(row);
        lead.createdAt = leads.createdAt(row);
        lead.sqlAt = leads.sqlAt(row);
        lead.opportunityAt = leads.opportunityAt(row);
        lead.customerAt = leads.customerAt(row);
        std::array<std::uint32_t, dimensionCount> fieldValues{};
        for (std::size_t dimension = 0; dimension < std::size_t(dimensionCount); ++dimension)
            fieldValues[dimension] = valueOf[dimension][columns[dimension]->id(row)];
        // lead_state rows without a lead, or leads out of order, mean another read.
        if (state < states.leadIds.size() && states.leadIds[state] < lead.id)
            return changedWhileRead();
        if (state < states.leadIds.size() && states.leadIds[state] == lead.id) {
            lead.grade = states.grades[state];
            lead.iqlAt = states.iqlAt[state];
            lead.mqlAt = states.mqlAt[state];
            lead.pqlAt = states.pqlAt[state];
            ++state;
        }
        snapshot.appendLead(lead, fieldValues);
        if (lead.iqlAt != noTime) {
            EventMonths::firstOfEachMonth(events.timesOf(row), states.asOf, lead.iqlAt, lead.mqlAt, marks);
            snapshot.addEventMonths(row, marks);
        }
        for (; recorded < states.recorded.size() && states.recorded[recorded].leadId <= lead.id; ++recorded)
            if (states.recorded[recorded].leadId == lead.id)
                snapshot.addRecorded(row, states.recorded[recorded].slot, states.recorded[recorded].at);
    }
    if (state != states.leadIds.size())
        return changedWhileRead();
    snapshot.finish();
    return snapshot;
}

} // namespace LeadStage
