#include "ActivityEventCounts.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace LeadStage {

Result<std::vector<ActivityEventCount>> ActivityEventCounts::read(Database &database)
{
    // One grouped scan of events, joined to the few activity types: a correlated
    // count per type would scan events once per type.
    auto query = database.prepare(
        "SELECT a.key, a.label, a.track, a.category, COALESCE(c.n, 0) FROM activity_types a"
        " LEFT JOIN (SELECT activity_id, count(*) AS n FROM events GROUP BY activity_id) c ON c.activity_id = a.id"
        " ORDER BY a.key");
    if (!query)
        return query.error();
    std::vector<ActivityEventCount> counts;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return counts;
        counts.push_back({query->text(0), query->text(1), query->text(2), query->text(3), query->int64(4)});
    }
}

} // namespace LeadStage
