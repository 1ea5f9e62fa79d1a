#pragma once

#include "metrics/RecordedComparison.h"

#include <QAbstractTableModel>

namespace LeadStage {

// The recorded-vs-computed comparison (core's RecordedComparison) as a table of four
// rows, MQL to Customer: CRM, model, both, model only, CRM only, CRM undated.
class RecordedStagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StageColumn, Crm, Model, Both, ModelOnly, CrmOnly, CrmUndated, ColumnCount };

    explicit RecordedStagesModel(QObject *parent = nullptr);

    void setComparison(const RecordedComparison &comparison);
    const RecordedComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RecordedComparison m_comparison;
    bool m_empty = true;
};

} // namespace LeadStage
