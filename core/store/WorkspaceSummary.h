#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace LeadStage {

class Workspace;

// What `leadstage info` and the status bar show: schema version, rows per table
// and the time span of the events.
struct WorkspaceSummary
{
    int schemaVersion = 0;
    std::vector<std::pair<QString, std::int64_t>> rowsPerTable; // in schema order
    std::optional<std::int64_t> firstEventAt;
    std::optional<std::int64_t> lastEventAt;

    std::int64_t rows(const QString &table) const;

    static Result<WorkspaceSummary> read(Workspace &workspace);
};

} // namespace LeadStage
