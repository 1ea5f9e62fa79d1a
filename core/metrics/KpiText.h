#pragma once

#include "KpiFigures.h"

#include <QCoreApplication>
#include <QString>

namespace LeadStage {

// The texts of one KPI figure as the dashboard's tile shows them and
// `leadstage metrics` prints them: one place, so the two never disagree.
struct KpiText
{
    Q_DECLARE_TR_FUNCTIONS(KpiText)

public:
    QString title;  // "IQL → MQL conversion (180 days)"
    QString value;  // "21.7 %", "412 IQLs", "130.0 days", "–"
    QString period; // "2025-06", "no final period yet"
    QString change; // "+1.2 pp vs 2025-05", "no previous period"
    QString band;   // "Within band 15–25 %", "Band 300–500 IQLs / month (judged per month)"

    static KpiText of(const KpiFigure &figure);
    static QString titleOf(IqlMetric metric);
    // A value of the metric: "412 IQLs", "21.7 %", "130.0 days", "–" for none.
    static QString valueOf(IqlMetric metric, std::optional<double> value);
    // The figure's change against the previous period: "+23", "−1.2 pp", "+4.5 days".
    static QString changeOf(IqlMetric metric, double change);
    // "15–25 %", "300–500 IQLs / month".
    static QString bandRange(const ReferenceBand &band);
};

} // namespace LeadStage
