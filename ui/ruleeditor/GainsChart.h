#pragma once

#include "CurveChart.h"
#include "tuning/ModelEvaluation.h"

namespace LeadStage {

// The cumulative gains curves of the back-tested models overlaid: the share of all
// outcomes found among the highest-scored share of the leads, decile by decile, beside
// the line a random order would draw.
class GainsChart : public CurveChart
{
    Q_OBJECT

public:
    explicit GainsChart(QWidget *parent = nullptr);

    void showModels(const std::vector<EvaluatedModel> &models);
};

} // namespace LeadStage
