#pragma once

#include "ActivityCatalog.h"
#include "common/Result.h"

#include <vector>

namespace LeadStage {

class Database;

// The activity types a workspace holds (the defaults, those an import created and any
// renamed), by key: what an import there maps activity names to.
Result<std::vector<ActivityType>> storedActivityTypes(Database &database);

} // namespace LeadStage
