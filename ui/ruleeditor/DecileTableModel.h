#pragma once

#include "tuning/GainsTable.h"

#include <QAbstractTableModel>

namespace LeadStage {

// The gains table of one back-tested model by score decile, highest scores first, as
// `leadstage evaluate` prints it; a row holding a tie that crosses deciles says so.
class DecileTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DecileColumn,
        ScoresColumn,
        LeadsColumn,
        OutcomesColumn,
        RateColumn,
        LiftColumn,
        GainColumn,
        CumulativeLiftColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole }; // the exact number behind a cell

    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const GainsTable &table);
    const GainsTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GainsTable m_table;
};

} // namespace LeadStage
