#pragma once

#include "DraftTableModel.h"

namespace LeadStage {

// The draft's triggers: label, activity, detail pattern, count and window.
class TriggerTableModel : public DraftTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ActivityColumn, DetailColumn, CountColumn, WindowColumn, ColumnCount };

    explicit TriggerTableModel(ModelDraft *draft, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    int itemCount() const override;
    QStringList headers() const override;
    QStringList headerTips() const override;
    Status setCell(int row, int column, const QVariant &value) override;
};

} // namespace LeadStage
