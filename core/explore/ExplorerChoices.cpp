#include "ExplorerChoices.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace LeadStage {

Result<QStringList> ExplorerChoices::sources(Database &database)
{
    auto query =
        database.prepare("SELECT DISTINCT source FROM leads WHERE source IS NOT NULL AND source <> '' ORDER BY source");
    if (!query)
        return query.error();
    QStringList sources;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return sources;
        sources << query->text(0);
    }
}

} // namespace LeadStage
