#include "EvaluateFormat.h"

#include "metrics/DashboardFormat.h"

#include <QLocale>

#include <cmath>

namespace LeadStage::EvaluateFormat {

namespace {

QString decimal(double value, int digits)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', digits) : u"–"_qs;
}

} // namespace

QString auc(double value)
{
    return decimal(value, 3);
}

QString interval(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return u"–"_qs;
    return decimal(low, 3) + u'–' + decimal(high, 3);
}

QString difference(double value)
{
    if (!std::isfinite(value))
        return u"–"_qs;
    const QString magnitude = decimal(std::abs(value), 3);
    // A real minus sign; a difference that rounds to zero has none.
    if (magnitude == decimal(0.0, 3))
        return u"±"_qs + magnitude;
    return (value > 0 ? QString(u'+') : QString(QChar(0x2212))) + magnitude;
}

QString percent(double share)
{
    return std::isfinite(share) ? DashboardFormat::percent(share) : u"–"_qs;
}

QString count(std::int64_t value)
{
    return QLocale().toString(qlonglong(value));
}

QString lift(double value)
{
    return decimal(value, 2);
}

QString scores(double highest, double lowest)
{
    const QLocale locale = QLocale();
    if (highest == lowest)
        return locale.toString(highest, 'f', 0);
    return locale.toString(highest, 'f', 0) + u'–' + locale.toString(lowest, 'f', 0);
}

QString deciles(int first, int last)
{
    return first == last ? QString::number(first) : u"%1–%2"_qs.arg(first).arg(last);
}

} // namespace LeadStage::EvaluateFormat
