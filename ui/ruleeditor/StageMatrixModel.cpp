#include "StageMatrixModel.h"
#include "common/DisplayFormat.h"

#include "EvaluateFormat.h"

namespace LeadStage {

void StageMatrixModel::setChanges(const StageChanges &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int StageMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : stages;
}

int StageMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : stages;
}

QVariant StageMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int count = m_changes.count(Stage(index.row()), Stage(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return EvaluateFormat::count(count);
    case Qt::UserRole:
        return count;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == index.column()) {
            QFont font;
            font.setItalic(true);
            return font; // the leads both models put in the same stage
        }
        return {};
    case Qt::ToolTipRole:
        if (index.row() == index.column())
            return tr("%1: %2 under both models").arg(DisplayFormat::leads(count), stageTitle(Stage(index.row())));
        return tr("%1: %2 under the reference and %3 under the compared model. Double-click to open them in "
                  "the lead explorer")
            .arg(DisplayFormat::leads(count), stageTitle(Stage(index.row())), stageTitle(Stage(index.column())));
    }
    return {};
}

QVariant StageMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= stages)
        return {};
    const QString name = section == stages - 1 ? tr("PQL+") : stageTitle(Stage(section));
    return orientation == Qt::Vertical ? tr("%1 →").arg(name) : name;
}

} // namespace LeadStage
