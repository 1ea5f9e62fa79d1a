#include "ColumnFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>

namespace LeadStage::ColumnFit {

namespace {

// What both views share; they differ only in how their header and columns are named.
QTimer *watch(QAbstractItemView *view, QHeaderView *header, int stretchColumn, const std::function<void()> &fit)
{
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setTextElideMode(Qt::ElideRight);
    // Many changes in a row (an undo, a replaced draft) are fitted once, after the last.
    auto *again = new QTimer(view);
    again->setSingleShot(true);
    again->setInterval(0);
    QObject::connect(again, &QTimer::timeout, view, fit);
    const auto start = [again] { again->start(); };
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelReset, again, start);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, again, start);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, again, start);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, again, start);
    QObject::connect(model, &QAbstractItemModel::dataChanged, again, start);
    // Now for what is there, and again once the view is laid out (a tree expands its groups then).
    fit();
    again->start();
    return again;
}

} // namespace

void keep(QTableView *view, int stretchColumn, int widest)
{
    watch(view, view->horizontalHeader(), stretchColumn, [view, stretchColumn, widest] {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (column == stretchColumn || view->isColumnHidden(column))
                continue;
            view->resizeColumnToContents(column); // the header's text and sort arrow included
            view->setColumnWidth(column, std::min(view->columnWidth(column), widest));
        }
    });
}

void keep(QTreeView *view, int stretchColumn, int widest)
{
    QTimer *again = watch(view, view->header(), stretchColumn, [view, stretchColumn, widest] {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (column == stretchColumn || view->isColumnHidden(column))
                continue;
            view->resizeColumnToContents(column);
            view->setColumnWidth(column, std::min(view->columnWidth(column), widest));
        }
    });
    // A tree sizes a column by its expanded rows only: opening a group fits again.
    QObject::connect(view, &QTreeView::expanded, again, [again] { again->start(); });
}

void toLongestTexts(QTableView *view, int rows)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics cells = view->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    // The cell's margins, and room for the header's sort arrow.
    const int margins = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 14;
    const int rowsRead = std::min(rows, model->rowCount());
    for (int column = 0; column < model->columnCount(); ++column) {
        // Only the column's two longest texts are measured, a tenth wider for others of
        // nearly their length in wider letters.
        QString longest, second;
        for (int row = 0; row < rowsRead; ++row) {
            QString text = model->index(row, column).data().toString();
            if (text.size() > longest.size())
                second = std::exchange(longest, std::move(text));
            else if (text.size() > second.size())
                second = std::move(text);
        }
        const int text = std::max(cells.horizontalAdvance(longest), cells.horizontalAdvance(second)) * 11 / 10;
        const int title = titles.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        view->setColumnWidth(column, std::clamp(std::max(text, title) + margins, header->minimumSectionSize(),
                                                header->maximumSectionSize()));
    }
}

} // namespace LeadStage::ColumnFit
