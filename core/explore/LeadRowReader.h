#pragma once

#include "LeadRow.h"
#include "common/Result.h"
#include "store/Statement.h"

#include <span>
#include <vector>

namespace LeadStage {

class Database;

// Reads explorer rows for a list of lead ids, in the list's order. The ids travel
// as one bound JSON array read by json_each, so a page is one prepared statement
// whatever its length and no SQL is ever built from the ids.
class LeadRowReader
{
public:
    explicit LeadRowReader(Database &database);

    // Ids missing from the workspace are skipped.
    Result<std::vector<LeadRow>> read(std::span<const std::int64_t> ids);
    // Only the ids (of `ids`) that are leads in the workspace, in the same order.
    Result<std::vector<std::int64_t>> existing(std::span<const std::int64_t> ids);

private:
    Database &m_database;
    std::optional<Statement> m_rows;
    std::optional<Statement> m_existing;
};

QByteArray idsAsJson(std::span<const std::int64_t> ids);

} // namespace LeadStage
