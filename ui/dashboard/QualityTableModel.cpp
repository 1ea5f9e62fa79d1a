#include "QualityTableModel.h"

#include "metrics/DashboardFormat.h"

namespace LeadStage {

QualityTableModel::QualityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QualityTableModel::setTable(const QualityTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int QualityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int QualityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QualityTableModel::valueName(const QualityRow &row) const
{
    return row.value.isEmpty() ? tr("(none)") : row.value;
}

QVariant QualityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualityRow &row = m_table.rows[std::size_t(index.row())];
    auto raw = [](std::optional<double> value) { return value ? QVariant(*value) : QVariant(-1.0); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Value:
            return QString(valueName(row) + (row.provisional ? u" *"_qs : QString()));
        case Iqls:
            return DashboardFormat::count(row.iqls);
        case MqlRate:
            return DashboardFormat::percent(row.mqlRate);
        case CustomerRate:
            return DashboardFormat::percent(row.customerRate);
        case MedianDays:
            return DashboardFormat::days(row.medianDaysToMql);
        }
        break;
    case sortRole:
        switch (index.column()) {
        case Value:
            return valueName(row).toLower();
        case Iqls:
            return row.iqls;
        case MqlRate:
            return raw(row.mqlRate);
        case CustomerRate:
            return raw(row.customerRate);
        case MedianDays:
            return raw(row.medianDaysToMql);
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MqlRate:
            return QString(tr("%1 of %2 IQLs reached MQL within 180 days").arg(row.converted).arg(row.iqls)
                           + (row.provisional ? u'\n' + tr("* provisional: some 180 days not yet passed") : QString()));
        case CustomerRate:
            return tr("%1 of %2 IQLs became customers").arg(row.customers).arg(row.iqls);
        case MedianDays:
            return tr("median over the %1 IQLs that reached MQL").arg(row.withMql);
        default:
            return tr("%1: %2 IQLs — double-click to list them").arg(valueName(row)).arg(row.iqls);
        }
    }
    return {};
}

QVariant QualityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Value:
        switch (m_table.dimension) {
        case Dimension::Source:
            return tr("Source");
        case Dimension::Campaign:
            return tr("Campaign");
        case Dimension::Industry:
            return tr("Industry");
        case Dimension::Country:
            return tr("Country");
        }
        break;
    case Iqls:
        return tr("IQLs");
    case MqlRate:
        return tr("IQL → MQL");
    case CustomerRate:
        return tr("IQL → customer");
    case MedianDays:
        return tr("Median time to MQL");
    }
    return {};
}

QString QualityTableModel::headerToolTip(int section) const
{
    // One row is one part of the company: its rates may be held against the bands,
    // its volume may not (300–500 IQLs a month is a whole company's), so the table
    // judges nothing and says so where the numbers are.
    switch (section) {
    case Iqls:
        return tr("IQLs over all periods in the filter. Not judged against the 300–500 a month band: "
                  "that band is for all leads, not one row.");
    case MqlRate:
        return tr("Share of the row's IQLs at MQL within 180 days; the company band is 15–25 %.");
    case CustomerRate:
        return tr("Share of the row's IQLs that became customers.");
    case MedianDays:
        return tr("Median days from IQL to MQL over the row's MQLs; the company band is 90–180 days.");
    default:
        return {};
    }
}

MetricCell QualityTableModel::cellAt(const QModelIndex &index) const
{
    const QualityRow &row = m_table.rows.at(std::size_t(index.row()));
    MetricCell cell;
    cell.dimension = m_table.dimension;
    cell.valueId = row.valueId;
    // Each column lists the leads its number counts: the rates their numerators,
    // the median the leads it is taken over.
    switch (index.column()) {
    case MqlRate:
        cell.measure = MetricCell::Measure::QualityConverted;
        break;
    case CustomerRate:
        cell.measure = MetricCell::Measure::QualityCustomers;
        break;
    case MedianDays:
        cell.measure = MetricCell::Measure::QualityWithMql;
        break;
    default:
        cell.measure = MetricCell::Measure::QualityIqls;
    }
    return cell;
}

QString QualityTableModel::drillTitle(const QModelIndex &index) const
{
    const QualityRow &row = m_table.rows.at(std::size_t(index.row()));
    const QString name = valueName(row);
    switch (index.column()) {
    case MqlRate:
        return tr("IQLs from %1 at MQL within 180 days").arg(name);
    case CustomerRate:
        return tr("IQLs from %1 that became customers").arg(name);
    case MedianDays:
        return tr("IQLs from %1 that reached MQL").arg(name);
    default:
        return tr("IQLs from %1").arg(name);
    }
}

} // namespace LeadStage
