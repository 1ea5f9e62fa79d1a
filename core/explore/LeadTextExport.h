#pragma once

#include "LeadRow.h"

#include <QString>

#include <string>

namespace LeadStage {

// Explorer rows as text for spreadsheets: CSV files and TSV on the clipboard. Both
// carry every column with exact ISO 8601 times, and both escape cells a spreadsheet
// would run as a formula (DESIGN §7).
QString tsvHeader();
QString tsvLine(const LeadRow &row);
std::string csvHeader();
void appendCsvLine(std::string &out, const LeadRow &row);

} // namespace LeadStage
