#pragma once

#include "metrics/FunnelReport.h"
#include "metrics/MetricCell.h"

#include <QAbstractTableModel>

namespace LeadStage {

// One source-quality table (per source, campaign or industry) as a read-only
// model. Display texts are formatted; Qt::UserRole holds the raw number, which
// the proxy sorts by.
class QualityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Value, Iqls, MqlRate, CustomerRate, MedianDays, ColumnCount };
    static constexpr int sortRole = Qt::UserRole;

    explicit QualityTableModel(QObject *parent = nullptr);

    void setTable(const QualityTable &table);
    const QualityTable &table() const { return m_table; }

    // The number a cell stands for, as a MetricCell for FunnelMetrics::leadsBehind.
    MetricCell cellAt(const QModelIndex &index) const;
    QString drillTitle(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueName(const QualityRow &row) const;
    QString headerToolTip(int section) const;

    QualityTable m_table;
};

} // namespace LeadStage
