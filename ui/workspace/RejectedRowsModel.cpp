#include "RejectedRowsModel.h"

namespace LeadStage {

void RejectedRowsModel::setRows(std::vector<RejectedRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &row = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Line:
            return row.line;
        case ColumnNo:
            // 0: the reason is about the whole row.
            return row.column > 0 ? QVariant(row.column)
                                  : QVariant(role == Qt::ToolTipRole ? tr("the whole row") : u"—"_qs);
        case Reason:
            return row.reason;
        case Raw:
            return row.raw;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() <= ColumnNo)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Line:
        return tr("Line");
    case ColumnNo:
        return tr("Column");
    case Reason:
        return tr("Reason");
    case Raw:
        return tr("Row as in the file");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LeadStage
