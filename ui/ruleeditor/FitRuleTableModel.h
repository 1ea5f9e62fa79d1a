#pragma once

#include "DraftTableModel.h"

namespace LeadStage {

// The draft's fit rules: label, condition on a lead field, fit points.
class FitRuleTableModel : public DraftTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ConditionColumn, PointsColumn, ColumnCount };

    explicit FitRuleTableModel(ModelDraft *draft, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    int itemCount() const override;
    QStringList headers() const override;
    QStringList headerTips() const override;
    Status setCell(int row, int column, const QVariant &value) override;
};

} // namespace LeadStage
