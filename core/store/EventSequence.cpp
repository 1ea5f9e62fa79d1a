#include "EventSequence.h"

#include "Database.h"
#include "Schema.h"
#include "Statement.h"

namespace LeadStage {

namespace {

constexpr int firstClusteredVersion = 10;

} // namespace

Status EventSequence::load()
{
    auto query = m_database.prepare("SELECT next_id FROM event_sequence WHERE id = 1");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    m_next = m_loaded = *row ? query->int64(0) : 1;
    return {};
}

Status EventSequence::save()
{
    if (m_next == m_loaded)
        return {};
    auto update = m_database.prepare("INSERT INTO event_sequence (id, next_id) VALUES (1, ?1) "
                                     "ON CONFLICT (id) DO UPDATE SET next_id = excluded.next_id");
    if (!update)
        return update.error();
    update->bind(1, m_next);
    if (Status status = update->run(); !status)
        return status;
    m_loaded = m_next;
    return {};
}

Result<std::int64_t> EventSequence::largestId(Database &database)
{
    auto version = Schema::currentVersion(database);
    if (!version)
        return version.error();
    auto query =
        database.prepare(*version >= firstClusteredVersion ? "SELECT next_id - 1 FROM event_sequence WHERE id = 1"
                                                           : "SELECT coalesce(max(id), 0) FROM events");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return *row ? query->int64(0) : std::int64_t(0);
}

} // namespace LeadStage
