#pragma once

#include "common/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace LeadStage {

class Database;

// A table's own indexes dropped before a bulk rewrite of the table and built again
// from their stored definitions afterwards: one sorted build instead of a search down
// each index per row. Use it inside the rewrite's transaction, so that a rollback
// brings the indexes back with the rows.
class DeferredIndexes
{
public:
    static Result<DeferredIndexes> drop(Database &database, std::string_view table);
    // Builds the dropped indexes again, as they were defined.
    Status rebuild();

    std::size_t count() const { return m_definitions.size(); }

private:
    explicit DeferredIndexes(Database &database)
        : m_database(&database)
    {}

    Database *m_database;
    std::vector<std::string> m_definitions; // CREATE INDEX statements, as stored
};

} // namespace LeadStage
