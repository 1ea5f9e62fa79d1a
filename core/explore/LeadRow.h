#pragma once

#include "ExplorerColumn.h"

#include <QJsonObject>
#include <QVariant>

#include <array>
#include <cstdint>

namespace LeadStage {

// One row of the lead explorer as read from the store: the lead's id and one value
// per ExplorerColumn (text, integer, or UTC seconds; invalid when the store has none).
struct LeadRow
{
    std::int64_t id = 0;
    std::array<QVariant, explorerColumnCount> cells;
    // The import's extra columns (leads.attrs) by their header name.
    QJsonObject attributes;

    const QVariant &at(ExplorerColumn column) const { return cells[std::size_t(column)]; }
};

// A cell as text: times as ISO dates (or full ISO 8601 when `exact`), numbers as is.
QString cellText(const LeadRow &row, ExplorerColumn column, bool exact = false);
// An attribute as text: numbers as is, true/false, nested values as compact JSON.
QString attributeText(const LeadRow &row, const QString &attribute);

} // namespace LeadStage
