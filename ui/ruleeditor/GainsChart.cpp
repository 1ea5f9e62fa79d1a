#include "GainsChart.h"

#include "EvaluateFormat.h"

namespace LeadStage {

GainsChart::GainsChart(QWidget *parent)
    : CurveChart(tr("Leads taken, highest scores first"), tr("Outcomes found (cumulative gain)"), tr("Random order"),
                 parent)
{
    setObjectName(u"gainsChart"_qs);
}

void GainsChart::showModels(const std::vector<EvaluatedModel> &models)
{
    std::vector<Curve> curves;
    for (std::size_t m = 0; m < models.size(); ++m) {
        const GainsTable &gains = models[m].figures.gains;
        Curve curve;
        curve.name = models[m].describe;
        curve.colour = modelColour(m);
        curve.keys << 0.0;
        curve.values << 0.0;
        curve.tips << tr("No lead taken");
        if (gains.leads() == 0 || gains.positives() == 0)
            continue; // no curve without outcomes
        for (const GainsTable::Row &row : gains.rows()) {
            const double share = double(row.cumulativeLeads) / double(gains.leads());
            curve.keys << share;
            curve.values << row.cumulativeGain;
            curve.tips << tr("Deciles 1–%1 (scores ≥ %2): %3 of the leads, %4 of the outcomes, cumulative lift %5")
                              .arg(row.lastDecile)
                              .arg(EvaluateFormat::scores(row.lowestScore, row.lowestScore),
                                   EvaluateFormat::percent(share), EvaluateFormat::percent(row.cumulativeGain),
                                   EvaluateFormat::lift(row.cumulativeLift));
        }
        curves.push_back(std::move(curve));
    }
    setCurves(curves);
}

} // namespace LeadStage
