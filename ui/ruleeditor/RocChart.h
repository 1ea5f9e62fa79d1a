#pragma once

#include "CurveChart.h"
#include "tuning/ModelEvaluation.h"

namespace LeadStage {

// The ROC curves of the back-tested models overlaid: the share of the outcomes caught
// (true positive rate) against the share of the other leads taken along (false
// positive rate), as the score threshold falls.
class RocChart : public CurveChart
{
    Q_OBJECT

public:
    explicit RocChart(QWidget *parent = nullptr);

    void showModels(const std::vector<EvaluatedModel> &models);
};

} // namespace LeadStage
