#pragma once

#include <QString>

class QTableView;

namespace LeadStage {

// Gives a table view the context-menu actions every table in LeadStage has: copy the
// whole table as tab-separated text, and export it as CSV (formula cells escaped).
namespace TableActions {

void add(QTableView *view, const QString &suggestedFileName);

} // namespace TableActions
} // namespace LeadStage
