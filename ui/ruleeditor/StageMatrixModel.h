#pragma once

#include "tuning/StageChanges.h"

#include <QAbstractTableModel>

namespace LeadStage {

// Two back-tested models on the same leads at the same moments: how many leads each
// pair of stages holds, the reference's stage by row and the compared model's by
// column (Lead, IQL, MQL, PQL and later), as the what-if's stage changes are for the draft.
class StageMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int stages = 4; // Lead, IQL, MQL, PQL (a later stage counts as PQL)

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(const StageChanges &changes);
    const StageChanges &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StageChanges m_changes;
};

} // namespace LeadStage
