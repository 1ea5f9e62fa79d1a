#pragma once

#include "QCustomPlotInclude.h"

namespace LeadStage {

// The ticker of an axis that counts leads: ticks only at whole numbers (there is no
// 12.5 leads) and labels with the locale's thousands separators ("1,250").
class CountTicker : public QCPAxisTicker
{
public:
    // Puts a CountTicker on `axis` and makes its plot format with the user's locale.
    static void install(QCPAxis *axis);

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

} // namespace LeadStage
