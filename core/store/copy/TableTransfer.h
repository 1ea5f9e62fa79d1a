#pragma once

#include "TableStreams.h"
#include "WorkspaceCopy.h"
#include "common/Progress.h"

#include <vector>

namespace LeadStage::TableTransfer {

// The rows of every workspace table in `reader`.
Result<std::int64_t> countRows(TableReader &reader);
// Every table from `source` into `destination`, parents first; reports rows done of `total`.
Status copyAll(TableReader &source, TableWriter &destination, std::int64_t total, Progress *progress);
// Every table's rows and digest on both sides; reports rows hashed of 2 × `total`.
Result<std::vector<TableCheck>> compareAll(TableReader &source, TableReader &destination, std::int64_t total,
                                           Progress *progress);

} // namespace LeadStage::TableTransfer
