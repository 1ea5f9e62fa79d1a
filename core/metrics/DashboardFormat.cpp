#include "DashboardFormat.h"

#include <QLocale>

#include <cmath>

namespace LeadStage::DashboardFormat {

namespace {

QString withSign(const QString &magnitude, double value)
{
    // A real minus sign: a hyphen next to a number reads as a dash.
    if (value > 0)
        return u'+' + magnitude;
    if (value < 0)
        return QChar(0x2212) + magnitude;
    return u"±"_qs + magnitude;
}

} // namespace

QString count(int value)
{
    return QLocale().toString(value);
}

QString percent(std::optional<double> fraction)
{
    if (!fraction)
        return u"–"_qs;
    return QLocale().toString(*fraction * 100.0, 'f', 1) + u" %"_qs;
}

QString days(std::optional<double> days)
{
    if (!days)
        return u"–"_qs;
    return QLocale().toString(*days, 'f', 1) + u" days"_qs;
}

QString signedCount(double change)
{
    return withSign(QLocale().toString(std::abs(change), 'f', 0), change);
}

QString signedPoints(double fractionChange)
{
    return withSign(QLocale().toString(std::abs(fractionChange) * 100.0, 'f', 1), fractionChange) + u" pp"_qs;
}

QString signedDays(double change)
{
    return withSign(QLocale().toString(std::abs(change), 'f', 1), change) + u" days"_qs;
}

} // namespace LeadStage::DashboardFormat
