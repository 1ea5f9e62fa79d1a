#pragma once

#include "DraftTableModel.h"

namespace LeadStage {

// The draft's nurture steps: the week after IQL each starts and its name.
class NurtureStepTableModel : public DraftTableModel
{
    Q_OBJECT

public:
    enum Column { WeekColumn, LabelColumn, ColumnCount };

    explicit NurtureStepTableModel(ModelDraft *draft, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    int itemCount() const override;
    QStringList headers() const override;
    QStringList headerTips() const override;
    Status setCell(int row, int column, const QVariant &value) override;
};

} // namespace LeadStage
