#include "PackedBlockTable.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/WatchedCopy.h"

#include <algorithm>

namespace LeadStage::PackedBlockTable {

Result<bool> write(Database &database, const WatchedCopy &copy, const char *insert, const std::vector<Row> &rows,
                   const QString &what)
{
    constexpr std::size_t largestBlock = std::size_t(512) << 20;
    if (std::any_of(rows.begin(), rows.end(), [](const Row &row) { return row.data.size() > largestBlock; })) {
        if (Status forgotten = copy.forget(database); !forgotten)
            return forgotten.error();
        return false;
    }
    return copy.replace(
        database,
        [&]() -> Status {
            auto statement = database.prepare(insert);
            if (!statement)
                return statement.error();
            for (const Row &row : rows) {
                statement->bind(1, row.firstLead).bind(2, row.lastLead).bind(3, row.count);
                statement->bindBlob(4, row.data);
                if (Status status = statement->run(); !status)
                    return status;
            }
            return {};
        },
        what);
}

} // namespace LeadStage::PackedBlockTable
