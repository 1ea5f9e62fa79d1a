#pragma once

#include <QString>

class QAbstractItemModel;

namespace LeadStage {

// A table model's display texts (in its current, sorted order) as CSV or TSV.
namespace TableExport {

// RFC 4180 quoting, plus a leading apostrophe on any cell that starts with
// = + - @ (or a tab / carriage return), so a spreadsheet never runs it as a formula.
QString csvCell(const QString &text);
QString toCsv(const QAbstractItemModel &model);
// For the clipboard: tabs between cells, no quoting; tabs and newlines inside a
// cell become spaces so the grid stays intact.
QString toTsv(const QAbstractItemModel &model);
bool writeCsv(const QAbstractItemModel &model, const QString &path);

} // namespace TableExport
} // namespace LeadStage
