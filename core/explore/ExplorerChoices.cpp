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

Result<QStringList> ExplorerChoices::attributes(Database &database)
{
    // One pass over the leads that carry any attribute; "{}" (the default) is skipped
    // without parsing, so a workspace without extra columns costs a plain scan.
    auto query = database.prepare("SELECT DISTINCT j.key FROM leads AS l, json_each(l.attrs) AS j "
                                  "WHERE l.attrs <> '{}' ORDER BY j.key");
    if (!query)
        return query.error();
    QStringList names;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return names;
        // A name with a double quote cannot be written as a JSON path (attributePath).
        if (!query->isNull(0) && !query->text(0).contains(u'"'))
            names << query->text(0);
    }
}

} // namespace LeadStage
