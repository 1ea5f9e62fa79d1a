#include "CountTicker.h"

#include <cmath>

namespace LeadStage {

void CountTicker::install(QCPAxis *axis)
{
    axis->setTicker(QSharedPointer<CountTicker>::create());
    // QCustomPlot formats with the C locale unless told otherwise: no separators.
    axis->parentPlot()->setLocale(QLocale());
}

double CountTicker::getTickStep(const QCPRange &range)
{
    // The readable step QCustomPlot would take (1, 2, 2.5 or 5 × 10ⁿ), made whole:
    // below 1 it becomes 1, and 2.5 (the only fraction left) becomes 2.
    const double step = QCPAxisTicker::getTickStep(range);
    return step <= 1.0 ? 1.0 : std::floor(step);
}

QString CountTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return locale.toString(qlonglong(std::llround(tick)));
}

} // namespace LeadStage
