#include "DashboardFormat.h"

#include <QCoreApplication>
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
    return QCoreApplication::translate("DashboardFormat", "%1 days").arg(QLocale().toString(*days, 'f', 1));
}

QString signedCount(double change)
{
    return withSign(QLocale().toString(std::abs(change), 'f', 0), change);
}

QString signedPoints(double fractionChange)
{
    return QCoreApplication::translate("DashboardFormat", "%1 pp")
        .arg(withSign(QLocale().toString(std::abs(fractionChange) * 100.0, 'f', 1), fractionChange));
}

QString signedDays(double change)
{
    return QCoreApplication::translate("DashboardFormat", "%1 days")
        .arg(withSign(QLocale().toString(std::abs(change), 'f', 1), change));
}

} // namespace LeadStage::DashboardFormat
