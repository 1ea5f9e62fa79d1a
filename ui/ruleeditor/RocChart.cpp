#include "RocChart.h"

#include "EvaluateFormat.h"

#include <cmath>

namespace LeadStage {

RocChart::RocChart(QWidget *parent)
    : CurveChart(tr("False positive rate"), tr("True positive rate"), tr("Random"), parent)
{
    setObjectName(u"rocChart"_qs);
}

void RocChart::showModels(const std::vector<EvaluatedModel> &models)
{
    std::vector<Curve> curves;
    for (std::size_t m = 0; m < models.size(); ++m) {
        const EvaluatedModel &model = models[m];
        const AucEstimate &auc = model.figures.auc;
        Curve curve;
        curve.name = tr("%1 (AUC %2)").arg(model.describe, EvaluateFormat::auc(auc.hasAuc() ? auc.auc : NAN));
        curve.colour = modelColour(m);
        for (const RocPoint &point : model.figures.roc) {
            curve.keys << point.falsePositiveRate;
            curve.values << point.truePositiveRate;
            const auto caught = std::llround(point.truePositiveRate * double(auc.positives));
            const auto taken = std::llround(point.falsePositiveRate * double(auc.negatives));
            const QString threshold =
                std::isfinite(point.threshold)
                    ? tr("Score ≥ %1").arg(EvaluateFormat::scores(point.threshold, point.threshold))
                    : tr("No lead taken");
            curve.tips << tr("%1: true positive rate %2 (%3 of %4 outcomes), false positive rate %5 (%6 of %7 "
                             "leads without)")
                              .arg(threshold, EvaluateFormat::percent(point.truePositiveRate),
                                   EvaluateFormat::count(caught), EvaluateFormat::count(auc.positives),
                                   EvaluateFormat::percent(point.falsePositiveRate), EvaluateFormat::count(taken),
                                   EvaluateFormat::count(auc.negatives));
        }
        curves.push_back(std::move(curve));
    }
    setCurves(curves);
}

} // namespace LeadStage
