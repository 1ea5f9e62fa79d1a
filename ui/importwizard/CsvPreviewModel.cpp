#include "CsvPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "import/ColumnMapping.h"

namespace LeadStage {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CsvPreviewModel::setPreview(const CsvPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_rejected = 0;
    for (const CsvPreview::Row &row : m_preview.rows)
        m_rejected += row.error ? 1 : 0;
    markMissing();
    endResetModel();
}

void CsvPreviewModel::markMissing()
{
    const qsizetype columns = m_preview.header.size();
    m_missingCells.assign(size_t(m_preview.rows.size() * columns), false);
    m_missingCount = 0;
    for (qsizetype row = 0; row < m_preview.rows.size(); ++row) {
        const CsvPreview::Row &line = m_preview.rows[row];
        if (line.error)
            continue;
        for (qsizetype column = 0; column < std::min(columns, line.fields.size()); ++column)
            if (m_missing.match(line.fields[column]) >= 0) {
                m_missingCells[size_t(row * columns + column)] = true;
                ++m_missingCount;
            }
    }
}

bool CsvPreviewModel::isMissing(int row, int column) const
{
    return column < m_preview.header.size() && m_missingCells[size_t(row * m_preview.header.size() + column)];
}

void CsvPreviewModel::setMissingValues(const MissingValues &missing)
{
    m_missing = missing;
    markMissing();
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CsvPreviewModel::clear()
{
    setPreview(CsvPreview{});
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    // With rejected rows a last column says why, beside the row.
    return parent.isValid() ? 0 : int(m_preview.header.size()) + (m_rejected > 0 ? 1 : 0);
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CsvPreview::Row &row = m_preview.rows[index.row()];
    const bool reasonColumn = index.column() == m_preview.header.size();
    const bool missing = !reasonColumn && isMissing(index.row(), index.column());
    switch (role) {
    case ReadAsMissingRole:
        return missing ? QVariant(true) : QVariant();
    case Qt::ForegroundRole:
        return missing ? QBrush(QColor(150, 150, 150)) : QVariant();
    case Qt::FontRole: {
        if (!missing)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::DisplayRole:
        if (reasonColumn)
            return row.error ? row.error->what : QString();
        return row.fields.value(index.column());
    case Qt::ToolTipRole:
        if (row.error)
            return tr("Line %1 will be rejected: %2").arg(row.line).arg(row.error->what);
        if (missing)
            return tr("'%1' is read as missing (not answered)").arg(row.fields.value(index.column()).trimmed());
        return row.fields.value(index.column());
    case Qt::BackgroundRole:
        return row.error ? QBrush(QColor(255, 225, 220)) : QVariant();
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > m_preview.header.size())
            return {};
        return section == m_preview.header.size() ? tr("Rejected because") : columnLabel(m_preview.header, section);
    }
    if (section < 0 || section >= m_preview.rows.size())
        return {};
    return role == Qt::DisplayRole ? QVariant(m_preview.rows[section].line)
                                   : tr("Line %1 of the file").arg(m_preview.rows[section].line);
}

int CsvPreviewModel::missingCells() const
{
    return m_missingCount;
}

int CsvPreviewModel::rejectedRows() const
{
    return m_rejected;
}

} // namespace LeadStage
