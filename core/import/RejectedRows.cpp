#include "RejectedRows.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace LeadStage {

Result<std::vector<RejectedRow>> readRejectedRows(Database &database, std::int64_t importId)
{
    // The same order as RejectedRowsCsv, so the list and its export agree row for row.
    auto query = database.prepare(
        "SELECT line, column_no, reason, raw FROM import_errors WHERE import_id = ?1 ORDER BY line, id");
    if (!query)
        return query.error();
    query->bind(1, importId);
    std::vector<RejectedRow> rows;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows.push_back({int(query->int64(0)), int(query->int64(1)), query->text(2), query->text(3)});
    }
}

} // namespace LeadStage
