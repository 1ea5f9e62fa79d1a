#pragma once

#include "explore/ExplorerQuery.h"
#include "explore/LeadRow.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>
#include <QTimer>
#include <cstddef>

namespace LeadStage {

class ExplorerService;

// The explorer's table over the store. The row count is known as soon as a query
// resolves (its ordered id list); the rows themselves are read in pages of
// `pageSize` on the worker thread when a view first asks for them, and a few
// hundred pages are kept. Answers for an older query are dropped by their token,
// as DB Browser's SqliteTableModel does. Rows a view has not had before are handed to
// it `revealStep` at a time, one event-loop turn each: a view makes a header section
// per row, which took the GUI thread 24 ms for a million rows at once.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 128;
    static constexpr int defaultRevealStep = 131072;
    // Heap touched ahead of a view's growth (HeapWarmup), per row: room for the three
    // blocks a header's per-row list passes through as it doubles (8 bytes a section).
    static constexpr std::size_t heapBytesPerRow = 24;

    explicit LeadTableModel(ExplorerService *service, QObject *parent = nullptr);

    void setQuery(const ExplorerQuery &query);
    // The attribute columns (an import's extra columns) after the fixed ones, in this order.
    void setAttributes(const QStringList &attributes);
    const QStringList &attributes() const { return m_attributes; }
    // The attribute a column shows, or empty for a fixed ExplorerColumn.
    QString attributeAt(int column) const;
    // The text that names the lead in the Name column: never blank (leadLabel()).
    static QString nameText(const LeadRow &row);
    const ExplorerQuery &query() const { return m_query; }
    const LeadOrder &order() const { return m_order; }
    std::int64_t leadIdAt(int row) const;
    // The row as read, or nothing while its page is still on its way.
    const LeadRow *rowAt(int row) const;
    bool isResolving() const { return m_token != m_shownToken; }
    // Rows of the shown query not yet handed to the views (rowCount() grows to orderSize()).
    bool isRevealing() const { return std::size_t(m_rowsShown) < m_order->size(); }
    int orderSize() const { return int(m_order->size()); }
    void setRevealStep(int rows) { m_revealStep = std::max(1, rows); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // A new query's order is in place (its rows not yet all read, nor all handed to the
    // views: `rows` is the whole count); `elapsedMs` is the worker's time.
    void resolved(int rows, qint64 elapsedMs);
    // Every row of the shown query is now in rowCount().
    void revealed();
    void resolving();
    // Every row in [first, last] has been read.
    void rowsLoaded(int first, int last);

private:
    void onResolved(quint64 token, const LeadOrder &order, qint64 elapsedMs);
    void onPageReady(quint64 token, int firstRow, const std::vector<LeadRow> &rows);
    void requestPage(int page) const;
    void revealMore();

    ExplorerService *m_service;
    ExplorerQuery m_query;
    QStringList m_attributes;
    LeadOrder m_order = std::make_shared<const std::vector<std::int64_t>>();
    quint64 m_token = 0;      // the newest request
    quint64 m_shownToken = 0; // the request whose rows are shown
    mutable QCache<int, std::vector<LeadRow>> m_pages{512};
    mutable QSet<int> m_requested;
    int m_rowsShown = 0;
    int m_revealStep = defaultRevealStep;
    std::size_t m_heapWarmedFor = 0; // the largest row count the heap was warmed for
    QTimer m_reveal;
};

} // namespace LeadStage
