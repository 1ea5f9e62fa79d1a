#include "LeadTableModel.h"

#include "ExplorerService.h"
#include "common/DisplayFormat.h"
#include "common/HeapWarmup.h"
#include "explore/LeadLabel.h"
#include "scoring/LeadScore.h"

#include <QCoreApplication>
#include <QFont>

namespace LeadStage {

namespace {

// What the table shows: the stage in the window's language and dates as every page
// writes them. Exports and copies keep the stored words and ISO dates (cellText).
QString shownText(const LeadRow &row, ExplorerColumn column, bool exact)
{
    const QVariant &value = row.at(column);
    if (column == ExplorerColumn::Stage)
        if (const auto stage = stageFromName(value.toString()))
            return stageTitle(*stage);
    if (!exact && value.isValid() && columnSpec(column).kind == ColumnKind::Time)
        return DisplayFormat::dateOfUtc(value.toLongLong());
    return cellText(row, column, exact);
}

} // namespace

LeadTableModel::LeadTableModel(ExplorerService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(m_service, &ExplorerService::resolved, this, &LeadTableModel::onResolved);
    connect(m_service, &ExplorerService::pageReady, this, &LeadTableModel::onPageReady);
    m_reveal.setObjectName(u"revealRows"_qs); // a slow timeout says whose it is (bench/SlowEvents.h)
    m_reveal.setInterval(0);
    connect(&m_reveal, &QTimer::timeout, this, &LeadTableModel::revealMore);
}

void LeadTableModel::setQuery(const ExplorerQuery &query)
{
    m_query = query;
    m_token = m_service->resolve(query);
    Q_EMIT resolving();
}

void LeadTableModel::setAttributes(const QStringList &attributes)
{
    if (attributes == m_attributes)
        return;
    // Added or removed as columns, not a reset: the selection and the scroll position
    // stay when the list arrives a moment after the first rows.
    if (m_attributes.isEmpty()) {
        beginInsertColumns({}, explorerColumnCount, explorerColumnCount + int(attributes.size()) - 1);
        m_attributes = attributes;
        endInsertColumns();
    } else if (attributes.isEmpty()) {
        beginRemoveColumns({}, explorerColumnCount, columnCount() - 1);
        m_attributes.clear();
        endRemoveColumns();
    } else {
        beginResetModel();
        m_attributes = attributes;
        endResetModel();
    }
}

QString LeadTableModel::attributeAt(int column) const
{
    const int attribute = column - explorerColumnCount;
    return attribute >= 0 && attribute < m_attributes.size() ? m_attributes[attribute] : QString();
}

QString LeadTableModel::nameText(const LeadRow &row)
{
    return leadLabel(cellText(row, ExplorerColumn::Name), cellText(row, ExplorerColumn::Email),
                     cellText(row, ExplorerColumn::CrmId), row.id);
}

void LeadTableModel::onResolved(quint64 token, const LeadOrder &order, qint64 elapsedMs)
{
    if (token != m_token)
        return;
    // More rows than any view of this model had: their header sections (one a row) grow
    // by doubling, each time a copy into fresh memory, unless the heap was touched first.
    if (order->size() > m_heapWarmedFor) {
        m_heapWarmedFor = order->size();
        warmHeapThen(this, order->size() * heapBytesPerRow,
                     [this, token, order, elapsedMs] { onResolved(token, order, elapsedMs); });
        return;
    }
    const int shownBefore = m_rowsShown;
    beginResetModel();
    m_order = order;
    m_shownToken = token;
    m_pages.clear();
    m_requested.clear();
    // A view keeps its row sections over a reset when the count is unchanged and drops
    // surplus ones cheaply: only sections beyond those it had cost, so only they wait.
    m_rowsShown = int(std::min<std::size_t>(m_order->size(), std::size_t(std::max(shownBefore, m_revealStep))));
    endResetModel();
    Q_EMIT resolved(orderSize(), elapsedMs);
    if (isRevealing())
        m_reveal.start();
    else {
        m_reveal.stop();
        Q_EMIT revealed();
    }
}

void LeadTableModel::revealMore()
{
    if (!isRevealing()) {
        m_reveal.stop();
        return;
    }
    const int last = std::min(orderSize(), m_rowsShown + m_revealStep) - 1;
    beginInsertRows({}, m_rowsShown, last);
    m_rowsShown = last + 1;
    endInsertRows();
    if (!isRevealing()) {
        m_reveal.stop();
        Q_EMIT revealed();
    }
}

void LeadTableModel::onPageReady(quint64 token, int firstRow, const std::vector<LeadRow> &rows)
{
    if (token != m_shownToken)
        return;
    const int page = firstRow / pageSize;
    m_requested.remove(page);
    const int count = std::min(pageSize, orderSize() - firstRow);
    // Aligned to the order by id: a lead deleted since the query resolved keeps an empty row.
    auto aligned = new std::vector<LeadRow>(std::size_t(count));
    std::size_t next = 0;
    for (int i = 0; i < count; ++i) {
        LeadRow &slot = (*aligned)[std::size_t(i)];
        slot.id = (*m_order)[std::size_t(firstRow + i)];
        if (next < rows.size() && rows[next].id == slot.id)
            slot = rows[next++];
    }
    m_pages.insert(page, aligned);
    // A page beyond the rows handed to the views yet is kept for when they are.
    if (const int lastShown = std::min(firstRow + count, m_rowsShown) - 1; lastShown >= firstRow)
        Q_EMIT dataChanged(index(firstRow, 0), index(lastShown, columnCount() - 1));
    Q_EMIT rowsLoaded(firstRow, firstRow + count - 1);
}

void LeadTableModel::requestPage(int page) const
{
    if (m_requested.contains(page) || m_token != m_shownToken)
        return;
    m_requested.insert(page);
    const std::size_t first = std::size_t(page) * pageSize;
    const std::size_t count = std::min<std::size_t>(pageSize, m_order->size() - first);
    m_service->fetchPage(m_shownToken, int(first),
                         std::vector<std::int64_t>(m_order->begin() + std::ptrdiff_t(first),
                                                   m_order->begin() + std::ptrdiff_t(first + count)));
}

std::int64_t LeadTableModel::leadIdAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_order->size() ? (*m_order)[std::size_t(row)] : 0;
}

const LeadRow *LeadTableModel::rowAt(int row) const
{
    if (row < 0 || row >= orderSize())
        return nullptr;
    const std::vector<LeadRow> *page = m_pages.object(row / pageSize);
    if (!page) {
        requestPage(row / pageSize);
        return nullptr;
    }
    return &(*page)[std::size_t(row % pageSize)];
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowsShown;
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : explorerColumnCount + int(m_attributes.size());
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() >= explorerColumnCount) {
        const QString attribute = attributeAt(index.column());
        const LeadRow *row =
            role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole || role == Qt::TextAlignmentRole
                ? rowAt(index.row())
                : nullptr;
        if (!row)
            return {};
        if (role == Qt::TextAlignmentRole) {
            // Numbers right-aligned, also when the import kept them as text (it always does).
            const QJsonValue value = row->attributes.value(attribute);
            bool number = value.isDouble();
            if (value.isString())
                value.toString().trimmed().toDouble(&number);
            return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
        }
        if (role == Qt::EditRole)
            return row->attributes.value(attribute).toVariant();
        return attributeText(*row, attribute);
    }
    const auto column = ExplorerColumn(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columnSpec(column).kind == ColumnKind::Number ? Qt::AlignRight | Qt::AlignVCenter
                                                                                 : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::FontRole && column == ExplorerColumn::Name) {
        // A stand-in for a missing name (e-mail, CRM id, "Lead #id") is set in italics.
        const LeadRow *row = rowAt(index.row());
        if (!row || !cellText(*row, column).trimmed().isEmpty())
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const LeadRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == Qt::EditRole)
        return row->at(column);
    if (column == ExplorerColumn::Name)
        return nameText(*row);
    return shownText(*row, column, role == Qt::ToolTipRole);
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip names the whole column when a narrow header elides it.
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section >= explorerColumnCount
        && section < columnCount())
        return tr("%1: a column of the imported file").arg(attributeAt(section));
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal)
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= columnCount())
        return {};
    if (section >= explorerColumnCount)
        return attributeAt(section);
    return QCoreApplication::translate("LeadTableModel", columnSpec(ExplorerColumn(section)).header);
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    ExplorerQuery query = m_query;
    query.sortAttribute = attributeAt(column);
    query.sortColumn = column < explorerColumnCount ? std::optional(ExplorerColumn(column)) : std::nullopt;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

} // namespace LeadStage
