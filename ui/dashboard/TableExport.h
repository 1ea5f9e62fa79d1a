#pragma once

#include <QString>

class QAbstractItemModel;

namespace LeadStage {

// A table model's display texts (in its current, sorted order) as CSV or TSV.
namespace TableExport {

// One text cell through core's CsvWriter: RFC 4180 quoting and formula escaping
// (a leading ' where a spreadsheet would run the cell), NULs replaced.
QString csvCell(const QString &text);
QString toCsv(const QAbstractItemModel &model);
// For the clipboard: tabs between cells, no quoting; tabs and newlines inside a
// cell become spaces so the grid stays intact, and formulas are escaped as in CSV.
QString toTsv(const QAbstractItemModel &model);
bool writeCsv(const QAbstractItemModel &model, const QString &path);

} // namespace TableExport
} // namespace LeadStage
