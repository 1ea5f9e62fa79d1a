#pragma once

#include "tuning/ModelEvaluation.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace LeadStage {

// The back-tested models side by side, one column each (the first is the reference):
// leads scored, outcomes, AUC with its 95 % interval, the difference from the
// reference with its interval, and the figures at the MQL threshold — what
// `leadstage evaluate` prints per model.
class EvaluationSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The rows; column 0 names the figure, column 1 + m is model m.
    enum Figure {
        ScoredRow,
        OutcomesRow,
        AucRow,
        IntervalRow,
        DifferenceRow,
        DifferenceIntervalRow,
        MqlRow,
        PrecisionRow,
        RecallRow,
        MqlsPerMonthRow,
        MqlFirstRow,
        FigureCount
    };
    static constexpr int LabelColumn = 0;
    // The exact number behind a cell (NaN where there is none); an interval's bounds.
    enum Role { ValueRole = Qt::UserRole, LowRole, HighRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setModels(const std::vector<EvaluatedModel> *models, const std::vector<QColor> &colours);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const EvaluatedModel &model, int figure) const;
    QVariant value(const EvaluatedModel &model, int figure) const;
    QVariant labelData(int figure, int role) const;

    const std::vector<EvaluatedModel> *m_models = nullptr; // owned by the panel's answer
    std::vector<QColor> m_colours;
};

} // namespace LeadStage
