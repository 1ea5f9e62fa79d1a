#pragma once

class QTableView;
class QTreeView;

namespace LeadStage {

// Keeps a table's columns as wide as their header and their cells — never a clipped
// number, track or activity — now and whenever the rows or their data change. One
// column stretches over the rest of the width; it elides a long text, which the
// item's tooltip then shows whole. Each column is kept within
// `widest` pixels so one long value cannot push the stretched column out of view.
namespace ColumnFit {

void keep(QTableView *view, int stretchColumn, int widest = 320);
void keep(QTreeView *view, int stretchColumn, int widest = 320);

// Once: each column as wide as the longest texts among its header and its first `rows`
// rows, within the header's section sizes. Only each column's two longest texts (by
// characters) are measured: measuring every cell shapes its text, 5 ms of the 8 ms a
// click onto the import preview took. A cell wider than the column is elided, and its
// tooltip shows it whole.
void toLongestTexts(QTableView *view, int rows);

} // namespace ColumnFit
} // namespace LeadStage
