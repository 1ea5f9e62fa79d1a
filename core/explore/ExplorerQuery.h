#pragma once

#include "ExplorerColumn.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace LeadStage {

// A "contains" filter on the CRM id or on one attribute (an extra column of the
// import, kept in leads.attrs by its header name).
struct FieldFilter
{
    QString attribute; // empty: the CRM id
    QString text;      // matched anywhere in the value, ASCII case folded

    bool operator==(const FieldFilter &) const = default;
};

// What the explorer lists: all leads or exactly a given list of ids, narrowed by
// stage, grade, source, a free-text search and one field, in one column's order.
struct ExplorerQuery
{
    QString stage;                            // empty: any
    QString grade;                            // empty: any
    QString source;                           // empty: any
    QString search;                           // matched anywhere in name, e-mail or company
    std::optional<FieldFilter> field;         // nothing: any
    std::optional<ExplorerColumn> sortColumn; // nothing: id order, or the list's own order
    QString sortAttribute;                    // set: ordered by this attribute, not by sortColumn
    bool descending = false;
    // Set for a drill-down: only these leads, in this order unless sorted.
    std::shared_ptr<const std::vector<std::int64_t>> ids;

    bool hasFilter() const
    {
        return !stage.isEmpty() || !grade.isEmpty() || !source.isEmpty() || !search.isEmpty() || field.has_value();
    }
    bool isSorted() const { return sortColumn.has_value() || !sortAttribute.isEmpty(); }
};

// The rows a query resolved to: lead ids in display order.
using LeadOrder = std::shared_ptr<const std::vector<std::int64_t>>;

} // namespace LeadStage
