#include "DraftTableModel.h"

#include "ModelDraft.h"

namespace LeadStage {

DraftTableModel::DraftTableModel(ModelDraft *draft, DraftList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
    , m_list(list)
{
    // Rows are counted from the draft, which announces each change before it makes it.
    connect(draft, &ModelDraft::itemAboutToBeInserted, this, [this](DraftList changed, int row) {
        if (changed == m_list)
            beginInsertRows({}, row, row);
    });
    connect(draft, &ModelDraft::itemInserted, this, [this](DraftList changed) {
        if (changed == m_list)
            endInsertRows();
    });
    connect(draft, &ModelDraft::itemAboutToBeRemoved, this, [this](DraftList changed, int row) {
        if (changed == m_list)
            beginRemoveRows({}, row, row);
    });
    connect(draft, &ModelDraft::itemRemoved, this, [this](DraftList changed) {
        if (changed == m_list)
            endRemoveRows();
    });
    // ModelDraft::moveItem puts the item at `to` after taking it out; Qt counts the
    // destination before the removal.
    connect(draft, &ModelDraft::itemAboutToBeMoved, this, [this](DraftList changed, int from, int to) {
        if (changed == m_list)
            m_moving = from != to && beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(draft, &ModelDraft::itemMoved, this, [this](DraftList changed) {
        if (changed == m_list && m_moving) {
            m_moving = false;
            endMoveRows();
        }
    });
    connect(draft, &ModelDraft::draftAboutToBeReset, this, &DraftTableModel::beginResetModel);
    connect(draft, &ModelDraft::draftReset, this, &DraftTableModel::endResetModel);
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
