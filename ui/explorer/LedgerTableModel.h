#pragma once

#include "scoring/ScoreLedger.h"

#include <QAbstractTableModel>

#include <optional>

namespace LeadStage {

// "Why this score": a lead's ScoreLedger as a table — every rule, cap, trigger,
// decay step and stage change with its points and the running totals after it.
// The numbers are the ledger's own; nothing is added up here.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, What, Kind, Track, Points, Info, Intent, Product, Decay, Engagement, ColumnCount };

    explicit LedgerTableModel(QObject *parent = nullptr);

    void setLedger(std::optional<ScoreLedger> ledger);
    const std::optional<ScoreLedger> &ledger() const { return m_ledger; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(ReplayCause cause);

private:
    std::optional<ScoreLedger> m_ledger;
};

} // namespace LeadStage
