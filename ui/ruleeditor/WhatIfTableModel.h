#pragma once

#include "tuning/WhatIfFigures.h"

#include <QAbstractTableModel>

#include <vector>

namespace LeadStage {

// A few what-if figures as a table: what is counted, the active model's number, the
// draft's and the change; the exact values in each row's tooltip.
class WhatIfTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ActiveColumn, DraftColumn, ChangeColumn, ColumnCount };

    WhatIfTableModel(const QString &firstHeader, QObject *parent = nullptr);

    void setFigures(std::vector<WhatIfFigure> figures);
    const std::vector<WhatIfFigure> &figures() const { return m_figures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_firstHeader;
    std::vector<WhatIfFigure> m_figures;
};

} // namespace LeadStage
