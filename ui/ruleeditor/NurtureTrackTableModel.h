#pragma once

#include "DraftTableModel.h"

namespace LeadStage {

// The draft's nurture tracks, in priority order (the first whose conditions all
// hold wins): label, and the stages, grades and health it applies to.
class NurtureTrackTableModel : public DraftTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, StagesColumn, GradesColumn, HealthColumn, ColumnCount };

    explicit NurtureTrackTableModel(ModelDraft *draft, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    int itemCount() const override;
    QStringList headers() const override;
    QStringList headerTips() const override;
    Status setCell(int row, int column, const QVariant &value) override;
};

} // namespace LeadStage
