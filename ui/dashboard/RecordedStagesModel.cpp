#include "RecordedStagesModel.h"

#include "metrics/DashboardFormat.h"

namespace LeadStage {

RecordedStagesModel::RecordedStagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecordedStagesModel::setComparison(const RecordedComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    m_empty = false;
    endResetModel();
}

int RecordedStagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_empty ? 0 : int(m_comparison.rows.size());
}

int RecordedStagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordedStagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RecordedStageRow &row = m_comparison.rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == StageColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StageColumn:
        return stageTitle(row.stage);
    case Crm:
        return DashboardFormat::count(row.crm);
    case Model:
        return DashboardFormat::count(row.model);
    case Both:
        return DashboardFormat::count(row.agreeing);
    case ModelOnly:
        return DashboardFormat::count(row.modelOnly);
    case CrmOnly:
        return DashboardFormat::count(row.crmOnly);
    case CrmUndated:
        return DashboardFormat::count(row.crmUndated);
    }
    return {};
}

QVariant RecordedStagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case Crm:
        return tr("CRM (recorded)");
    case Model:
        return tr("Model (computed)");
    case Both:
        return tr("Both");
    case ModelOnly:
        return tr("Model only");
    case CrmOnly:
        return tr("CRM only");
    case CrmUndated:
        return tr("CRM without date");
    }
    return {};
}

} // namespace LeadStage
