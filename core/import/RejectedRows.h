#pragma once

#include "ImportReport.h"
#include "common/Result.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

class Database;

// The rows one import rejected (import_errors), in file order: line, column, reason
// and the raw text of the row, as the Workspace page lists them.
Result<std::vector<RejectedRow>> readRejectedRows(Database &database, std::int64_t importId);

} // namespace LeadStage
