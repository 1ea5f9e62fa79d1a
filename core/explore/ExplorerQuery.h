#pragma once

#include "ExplorerColumn.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace LeadStage {

// What the explorer lists: all leads or exactly a given list of ids, narrowed by
// stage, grade, source and a free-text search, in one column's order.
struct ExplorerQuery
{
    QString stage;                            // empty: any
    QString grade;                            // empty: any
    QString source;                           // empty: any
    QString search;                           // matched anywhere in name, e-mail or company
    std::optional<ExplorerColumn> sortColumn; // nothing: id order, or the list's own order
    bool descending = false;
    // Set for a drill-down: only these leads, in this order unless sorted.
    std::shared_ptr<const std::vector<std::int64_t>> ids;

    bool hasFilter() const { return !stage.isEmpty() || !grade.isEmpty() || !source.isEmpty() || !search.isEmpty(); }
};

// The rows a query resolved to: lead ids in display order.
using LeadOrder = std::shared_ptr<const std::vector<std::int64_t>>;

} // namespace LeadStage
