#include "ServerEventMerge.h"

#include "store/postgres/BinaryCopyTuple.h"

#include "scoring/EventBlocks.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/ServerTableSwap.h"

#include <QCoreApplication>

namespace LeadStage {

namespace {

constexpr std::string_view copyRows =
    "COPY import_events_next (id, lead_id, occurred_at, activity_id, detail_id, import_id) FROM STDIN "
    "(FORMAT binary)";
// Below one staged row for this many stored, inserting costs less than a new table:
// about 17 µs a row against 1.1 µs for each row of the new one (copy, key, references).
constexpr std::int64_t storedPerStagedForInsert = 12;

} // namespace

Status ServerEventMerge::begin()
{
    m_doing = QCoreApplication::translate("ImportError", "importing events");
    // An earlier events file of the same import made a new table: this one joins it.
    if (Status swapped = swapWaiting(m_database); !swapped)
        return swapped;
    return m_database.server()->execute("CREATE TABLE import_events_next (LIKE events INCLUDING DEFAULTS)", m_doing);
}

void ServerEventMerge::appendRow(std::string &out, const std::array<std::int64_t, 6> &values)
{
    BinaryCopyTuple::beginTuple(out, int(values.size()));
    for (const std::int64_t value : values)
        BinaryCopyTuple::appendBigint(out, value);
}

Status ServerEventMerge::add(std::string_view rows, std::int64_t count)
{
    m_staged += count;
    return m_database.server()->streamRows(copyRows, rows, m_doing, ServerConnection::CopyFormat::Binary);
}

Result<ServerEventMerge::Outcome> ServerEventMerge::finish(std::int64_t importId)
{
    ServerConnection &server = *m_database.server();
    if (Status settled = server.settleStream(); !settled)
        return settled.error();
    Outcome outcome;
    if (m_staged == 0) {
        if (Status dropped = server.execute("DROP TABLE import_events_next", m_doing); !dropped)
            return dropped.error();
        return outcome;
    }
    auto stored = storedEvents();
    if (!stored)
        return stored.error();
    const bool inPlace = m_staged * storedPerStagedForInsert < *stored;
    auto inserted = inPlace ? insertInPlace() : swapIn(*stored);
    if (!inserted)
        return inserted.error();
    outcome.inserted = *inserted;
    outcome.duplicates = m_staged - *inserted;
    if (outcome.duplicates > 0) {
        auto touched = leadsStoredBy(importId, inPlace);
        if (!touched)
            return touched.error();
        outcome.touched = std::move(*touched);
    }
    return outcome;
}

// The planner's count when it has one (a choice needs no more), else a count.
Result<std::int64_t> ServerEventMerge::storedEvents()
{
    auto count = m_database.server()->query(
        "SELECT CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint ELSE (SELECT count(*) FROM events) END "
        "FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('events')",
        {}, m_doing);
    if (!count)
        return count.error();
    return count->rows() == 1 ? count->int64(0, 0).value_or(0) : 0;
}

Result<std::int64_t> ServerEventMerge::insertInPlace()
{
    // In file order: of two equal rows the first one's id is kept, as a file keeps it.
    auto insert = m_database.prepare(
        "INSERT OR IGNORE INTO events (id, lead_id, occurred_at, activity_id, detail_id, import_id) "
        "SELECT id, lead_id, occurred_at, activity_id, detail_id, import_id FROM import_events_next ORDER BY id");
    if (!insert)
        return insert.error();
    if (Status ran = insert->run(); !ran)
        return ran.error();
    const std::int64_t inserted = m_database.changes();
    if (Status dropped = m_database.server()->execute("DROP TABLE import_events_next", m_doing); !dropped)
        return dropped.error();
    return inserted;
}

Result<std::int64_t> ServerEventMerge::swapIn(std::int64_t stored)
{
    ServerConnection &server = *m_database.server();
    if (stored > 0)
        if (Status copied = server.execute("INSERT INTO import_events_next SELECT * FROM events", m_doing); !copied)
            return copied.error();
    bool deduplicated = false;
    if (Status keyed = addKey(deduplicated); !keyed)
        return keyed.error();
    std::int64_t inserted = m_staged;
    if (deduplicated) {
        auto counted = server.query("SELECT (SELECT count(*) FROM import_events_next) - (SELECT count(*) FROM events)",
                                    {}, m_doing);
        if (!counted)
            return counted.error();
        inserted = counted->int64(0, 0).value_or(0);
    }
    // The references as `events` has them. Every row names a lead of the lead index, an
    // activity type and a detail the import read or wrote, and its own import: a file's
    // import trusts them so (its foreign-key checks are off), and so does this one: they
    // are added NOT VALID, which PostgreSQL then checks on every later write. Checking
    // them here took 3.3 s of a 14.7 s import of the 1 M-lead demo (one pass each).
    if (Status copied = ServerTableSwap(server, u"events"_qs, u"import_events_next"_qs, m_doing)
                            .copyConstraints(false, ServerTableSwap::References::Trusted);
        !copied)
        return copied.error();
    return inserted;
}

Status ServerEventMerge::swapWaiting(Database &database)
{
    ServerConnection &server = *database.server();
    const QString doing = QCoreApplication::translate("ImportError", "importing events");
    auto waiting = server.query("SELECT to_regclass('import_events_next') IS NOT NULL", {}, doing);
    if (!waiting)
        return waiting.error();
    if (waiting->text(0, 0) != u"t"_qs)
        return {};
    if (Status replaced = ServerTableSwap(server, u"events"_qs, u"import_events_next"_qs, doing).replace(); !replaced)
        return replaced;
    // The packed copy's triggers went with the old table: the copy is emptied, and the
    // next full rescore packs the events again.
    return EventBlocks::forget(database);
}

// The primary key, built in one sort. A row twice (in the file, or stored already)
// refuses it: then the later of each pair goes (the larger id, so a stored row stays)
// and the key is built again.
Status ServerEventMerge::addKey(bool &deduplicated)
{
    ServerConnection &server = *m_database.server();
    const char *const key = "ALTER TABLE import_events_next ADD CONSTRAINT import_events_next_pkey "
                            "PRIMARY KEY (lead_id, occurred_at, activity_id, detail_id)";
    if (Status saved = server.execute("SAVEPOINT import_events_key", m_doing); !saved)
        return saved;
    if (Status keyed = server.execute(key, m_doing); keyed)
        return server.execute("RELEASE SAVEPOINT import_events_key", m_doing);
    deduplicated = true;
    const char *const again[] = {
        "ROLLBACK TO SAVEPOINT import_events_key",
        "DELETE FROM import_events_next a USING import_events_next b WHERE a.lead_id = b.lead_id "
        "AND a.occurred_at = b.occurred_at AND a.activity_id = b.activity_id AND a.detail_id = b.detail_id "
        "AND a.id > b.id",
        key,
        "RELEASE SAVEPOINT import_events_key",
    };
    for (const char *sql : again)
        if (Status done = server.execute(sql, m_doing); !done)
            return done;
    return {};
}

Result<std::vector<std::int64_t>> ServerEventMerge::leadsStoredBy(std::int64_t importId, bool inPlace)
{
    auto leads = m_database.prepare(inPlace ? "SELECT DISTINCT lead_id FROM events WHERE import_id = ?1 ORDER BY 1"
                                            : "SELECT DISTINCT lead_id FROM import_events_next WHERE import_id = ?1 "
                                              "ORDER BY 1");
    if (!leads)
        return leads.error();
    leads->bind(1, importId);
    std::vector<std::int64_t> touched;
    for (;;) {
        auto row = leads->step();
        if (!row)
            return row.error();
        if (!*row)
            return touched;
        touched.push_back(leads->int64(0));
    }
}

} // namespace LeadStage
