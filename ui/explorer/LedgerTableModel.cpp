#include "LedgerTableModel.h"

#include "common/TimeFormat.h"

#include <QColor>

namespace LeadStage {

LedgerTableModel::LedgerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LedgerTableModel::setLedger(std::optional<ScoreLedger> ledger)
{
    beginResetModel();
    m_ledger = std::move(ledger);
    endResetModel();
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_ledger ? 0 : int(m_ledger->entries().size());
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerTableModel::kindName(ReplayCause cause)
{
    switch (cause) {
    case ReplayCause::Rule:
        return tr("rule");
    case ReplayCause::Cap:
        return tr("rule (capped)");
    case ReplayCause::FieldRule:
        return tr("field rule");
    case ReplayCause::Trigger:
        return tr("trigger");
    case ReplayCause::Decay:
        return tr("decay");
    case ReplayCause::Stage:
        return tr("stage");
    }
    return {};
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry &entry = m_ledger->entries()[std::size_t(index.row())];
    const ReplayTotals &totals = entry.totals;
    // Stage changes and triggers move no points: their points cell stays empty.
    const bool movesPoints = entry.cause != ReplayCause::Stage && entry.cause != ReplayCause::Trigger;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() >= Points ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Points && movesPoints)
        return entry.points < 0 ? QColor(0xB7, 0x1C, 0x1C) : QColor(0x1B, 0x5E, 0x20);
    if (role == Qt::ToolTipRole && entry.cause == ReplayCause::Cap)
        return tr("Would have paid %1; cut to %2 by the rule's cap.").arg(entry.uncutPoints).arg(entry.points);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return isoUtc(entry.at);
    case What:
        return entry.label.isEmpty() ? entry.source : entry.label;
    case Kind:
        return kindName(entry.cause);
    case Track:
        return movesPoints && entry.cause != ReplayCause::Decay ? trackTitle(entry.track) : QString();
    case Points:
        if (!movesPoints)
            return {};
        return role == Qt::EditRole
                   ? QVariant(entry.points)
                   : QVariant(entry.points > 0 ? u"+%1"_qs.arg(entry.points) : QString::number(entry.points));
    case Info:
        return qlonglong(totals.info);
    case Intent:
        return qlonglong(totals.intent);
    case Product:
        return qlonglong(totals.product);
    case Decay:
        return qlonglong(totals.decay);
    case Engagement:
        return qlonglong(totals.engagement());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time (UTC)");
    case What:
        return tr("What");
    case Kind:
        return tr("Kind");
    case Track:
        return tr("Track");
    case Points:
        return tr("Points");
    case Info:
        return tr("Info");
    case Intent:
        return tr("Intent");
    case Product:
        return tr("Product");
    case Decay:
        return tr("Decay");
    case Engagement:
        return tr("Engagement");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LeadStage
