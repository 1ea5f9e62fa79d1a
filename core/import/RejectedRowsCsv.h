#pragma once

#include "common/Result.h"

#include <cstdint>

class QIODevice;

namespace LeadStage {

class Database;

// Writes the rejected rows of one import (import_errors) as CSV: line, column,
// reason, raw, so the user can fix them in a spreadsheet and import them again.
namespace RejectedRowsCsv {

Result<std::int64_t> write(Database &database, std::int64_t importId, QIODevice &out);
Result<std::int64_t> save(Database &database, std::int64_t importId, const QString &path);

} // namespace RejectedRowsCsv

} // namespace LeadStage
