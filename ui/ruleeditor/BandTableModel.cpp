#include "BandTableModel.h"
#include "common/DisplayFormat.h"

#include "EvaluateFormat.h"

#include <cmath>

namespace LeadStage {

BandTableModel::BandTableModel(const QString &group, QObject *parent)
    : QAbstractTableModel(parent)
    , m_group(group)
{}

void BandTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int BandTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BandTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double BandTableModel::rate(const Row &row) const
{
    return row.leads > 0 ? double(row.outcomes) / double(row.leads) : NAN;
}

QVariant BandTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return row.label;
        case LeadsColumn:
            return EvaluateFormat::count(row.leads);
        case OutcomesColumn:
            return EvaluateFormat::count(row.outcomes);
        case RateColumn:
            return EvaluateFormat::percent(rate(row));
        }
        return {};
    case ValueRole:
        switch (index.column()) {
        case LeadsColumn:
            return qint64(row.leads);
        case OutcomesColumn:
            return qint64(row.outcomes);
        case RateColumn:
            return rate(row);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return row.leads > 0
                   ? tr("Double-click to open them in the lead explorer: %1").arg(DisplayFormat::leads(row.leads))
                   : QString();
    }
    return {};
}

QVariant BandTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return m_group;
    case LeadsColumn:
        return tr("Leads");
    case OutcomesColumn:
        return tr("Outcomes");
    case RateColumn:
        return tr("Rate");
    }
    return {};
}

} // namespace LeadStage
