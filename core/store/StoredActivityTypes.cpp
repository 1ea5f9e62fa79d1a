#include "StoredActivityTypes.h"

#include "Database.h"
#include "Statement.h"

namespace LeadStage {

Result<std::vector<ActivityType>> storedActivityTypes(Database &database)
{
    auto query = database.prepare("SELECT key, label, track, category FROM activity_types ORDER BY key");
    if (!query)
        return query.error();
    std::vector<ActivityType> types;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return types;
        types.push_back({query->text(0), query->text(1), query->text(2), query->text(3)});
    }
}

} // namespace LeadStage
