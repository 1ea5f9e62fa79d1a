#include "EventDetailIds.h"

#include "Database.h"

namespace LeadStage {

Status EventDetailIds::load()
{
    // The id written out, what SQLite's rowid would take, so that a server assigns the same.
    auto insert = m_database.prepare(
        "INSERT INTO event_details (id, text) VALUES ((SELECT COALESCE(max(id), 0) + 1 FROM event_details), ?1) "
        "RETURNING id");
    auto stored = m_database.prepare("SELECT id, text FROM event_details WHERE id <> 0");
    if (!insert || !stored)
        return !insert ? insert.error() : stored.error();
    m_insert = std::move(*insert);
    for (;;) {
        auto row = stored->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const std::string &text = m_texts.emplace_back(stored->utf8(1));
        m_ids.emplace(text, stored->int64(0));
    }
}

Result<std::int64_t> EventDetailIds::idOf(std::string_view utf8)
{
    if (utf8.empty())
        return std::int64_t(0);
    if (utf8 == m_lastText)
        return m_lastId;
    auto found = m_ids.find(utf8);
    if (found == m_ids.end()) {
        m_insert.bindUtf8(1, utf8);
        auto inserted = m_insert.step();
        const std::int64_t id = inserted && *inserted ? m_insert.int64(0) : 0;
        m_insert.reset();
        if (!inserted)
            return inserted.error();
        const std::string &text = m_texts.emplace_back(utf8);
        found = m_ids.emplace(text, id).first;
    }
    m_lastText = found->first;
    m_lastId = found->second;
    return m_lastId;
}

} // namespace LeadStage
