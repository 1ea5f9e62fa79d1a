#pragma once

#include "Statement.h"
#include "common/Result.h"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace LeadStage {

class Database;

// The detail texts of events (a page, a form, a webinar's title), each stored once in
// event_details (schema version 5): an event holds the integer id, so events and
// their unique index stay narrow. For writers of events; id 0 is "no detail", and an
// empty text is no detail.
class EventDetailIds
{
public:
    explicit EventDetailIds(Database &database)
        : m_database(database)
    {}

    // Reads the stored texts; call once, inside the writer's transaction.
    Status load();
    // The id of a detail, stored now when it is new.
    Result<std::int64_t> idOf(std::string_view utf8);

private:
    Database &m_database;
    Statement m_insert;
    std::deque<std::string> m_texts; // the keys' bytes: a deque never moves them
    std::unordered_map<std::string_view, std::int64_t> m_ids;
    std::string_view m_lastText; // rows come grouped: the same detail often repeats
    std::int64_t m_lastId = 0;
};

} // namespace LeadStage
