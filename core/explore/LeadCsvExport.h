#pragma once

#include "ExplorerQuery.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QString>

namespace LeadStage {

// Writes the explorer's rows (exactly `order`, in its order) to a CSV file. Runs
// off the GUI thread on its own read-only connection; the file appears whole or
// not at all (QSaveFile), also on cancel. Returns the number of rows written.
Result<std::int64_t> exportLeadsCsv(const QString &workspacePath, const LeadOrder &order, const QString &file,
                                    Progress *progress = nullptr);

} // namespace LeadStage
