#include "DecileTableModel.h"
#include "common/DisplayFormat.h"

#include "EvaluateFormat.h"

namespace LeadStage {

void DecileTableModel::setTable(const GainsTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int DecileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows().size());
}

int DecileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecileTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GainsTable::Row &row = m_table.rows()[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DecileColumn:
            return EvaluateFormat::deciles(row.firstDecile, row.lastDecile);
        case ScoresColumn:
            return EvaluateFormat::scores(row.highestScore, row.lowestScore);
        case LeadsColumn:
            return EvaluateFormat::count(row.leads);
        case OutcomesColumn:
            return EvaluateFormat::count(row.positives);
        case RateColumn:
            return EvaluateFormat::percent(row.rate);
        case LiftColumn:
            return EvaluateFormat::lift(row.lift);
        case GainColumn:
            return EvaluateFormat::percent(row.cumulativeGain);
        case CumulativeLiftColumn:
            return EvaluateFormat::lift(row.cumulativeLift);
        }
    }
    if (role == ValueRole) {
        switch (index.column()) {
        case DecileColumn:
            return row.firstDecile;
        case ScoresColumn:
            return row.highestScore;
        case LeadsColumn:
            return qint64(row.leads);
        case OutcomesColumn:
            return qint64(row.positives);
        case RateColumn:
            return row.rate;
        case LiftColumn:
            return row.lift;
        case GainColumn:
            return row.cumulativeGain;
        case CumulativeLiftColumn:
            return row.cumulativeLift;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() <= ScoresColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Double-click to open them in the lead explorer: %1").arg(DisplayFormat::leads(row.leads));
        if (row.coversSeveralDeciles())
            tip.prepend(tr("Tied scores stay together: this row holds a tie that crosses the end of a decile (or "
                           "there are fewer than ten leads), so it covers deciles %1.\n")
                            .arg(EvaluateFormat::deciles(row.firstDecile, row.lastDecile)));
        return tip;
    }
    return {};
}

QVariant DecileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Decile"), QT_TR_NOOP("Scores"), QT_TR_NOOP("Leads"),     QT_TR_NOOP("Outcomes"),
        QT_TR_NOOP("Rate"),   QT_TR_NOOP("Lift"),   QT_TR_NOOP("Cum. gain"), QT_TR_NOOP("Cum. lift")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Tenths of the scored leads, highest scores first"),
        QT_TR_NOOP("The highest and lowest score in the row"),
        QT_TR_NOOP("Leads in the row"),
        QT_TR_NOOP("Of them, leads that reached the outcome"),
        QT_TR_NOOP("Outcomes / leads"),
        QT_TR_NOOP("The row's rate / the overall rate"),
        QT_TR_NOOP("The share of all outcomes found in this row and the ones above"),
        QT_TR_NOOP("The rate so far / the overall rate")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

} // namespace LeadStage
