#include "DraftTableModel.h"

#include "ModelDraft.h"

namespace LeadStage {

DraftTableModel::DraftTableModel(ModelDraft *draft, DraftList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
    , m_list(list)
{
    // The draft has changed already when it tells: rows are counted from it, so a
    // reset is the one honest way to follow an insert, a removal or a move.
    const auto reset = [this](DraftList changed) {
        if (changed == m_list) {
            beginResetModel();
            endResetModel();
        }
    };
    connect(draft, &ModelDraft::itemInserted, this, reset);
    connect(draft, &ModelDraft::itemRemoved, this, reset);
    connect(draft, &ModelDraft::itemMoved, this, reset);
    connect(draft, &ModelDraft::draftReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(draft, &ModelDraft::itemChanged, this, [this](DraftList changed, int row) {
        if (changed == m_list)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
}

int DraftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

Qt::ItemFlags DraftTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool DraftTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Status status = setCell(index.row(), index.column(), value);
    if (!status)
        Q_EMIT editRefused(status.error());
    return status.ok();
}

QVariant DraftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return headers().value(section);
    if (role == Qt::ToolTipRole)
        return headerTips().value(section);
    return {};
}

} // namespace LeadStage
