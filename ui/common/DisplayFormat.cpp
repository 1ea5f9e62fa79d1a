#include "DisplayFormat.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace LeadStage::DisplayFormat {

namespace {

QString translate(const char *text, int n = -1)
{
    return QCoreApplication::translate("DisplayFormat", text, nullptr, n);
}

// Two-digit years in the language's short format ("31.10.25") are widened to four.
QString fourDigitYears(QString pattern)
{
    if (!pattern.contains(u"yyyy"_qs))
        pattern.replace(u"yy"_qs, u"yyyy"_qs);
    return pattern;
}

} // namespace

QString count(std::int64_t value)
{
    return QLocale().toString(qlonglong(value));
}

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double fraction, int decimals)
{
    // As DashboardFormat writes it, so a tile and a table never disagree.
    return translate("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString days(double value, int decimals)
{
    // Whole numbers of days take the plural rules ("1 day"); fractions are always plural.
    const double rounded = std::round(value);
    if (decimals == 0 || value == rounded) {
        const int n = int(rounded);
        return translate("%n day(s)", n).replace(QString::number(n), count(n));
    }
    return translate("%1 days").arg(decimal(value, decimals));
}

namespace {

// %n is written without group separators: put the locale's number in its place.
QString counted(const char *text, std::int64_t value)
{
    const int n = int(std::min<std::int64_t>(value, std::numeric_limits<int>::max()));
    return translate(text, n).replace(QString::number(n), count(value));
}

} // namespace

QString leads(std::int64_t value)
{
    return counted(QT_TRANSLATE_N_NOOP("DisplayFormat", "%n lead(s)"), value);
}

QString events(std::int64_t value)
{
    return counted(QT_TRANSLATE_N_NOOP("DisplayFormat", "%n event(s)"), value);
}

QString outcomes(std::int64_t value)
{
    return counted(QT_TRANSLATE_N_NOOP("DisplayFormat", "%n outcome(s)"), value);
}

bool localeDates()
{
    return AppSettings::dateStyle().get() == u"locale";
}

QString datePattern()
{
    return localeDates() ? fourDigitYears(QLocale().dateFormat(QLocale::ShortFormat)) : u"yyyy-MM-dd"_qs;
}

QString date(const QDate &value)
{
    if (!value.isValid())
        return u"–"_qs;
    return localeDates() ? QLocale().toString(value, datePattern()) : value.toString(Qt::ISODate);
}

QString dateOfUtc(std::int64_t seconds)
{
    return date(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date());
}

QString dateTimeOfUtc(std::int64_t seconds)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return translate("%1 %2 UTC").arg(date(at.date()), QLocale().toString(at.time(), u"HH:mm"_qs));
}

QString dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return u"–"_qs;
    return date(at.date()) + u' ' + QLocale().toString(at.time(), u"HH:mm"_qs);
}

QString month(const QDate &anyDayOfIt)
{
    if (!anyDayOfIt.isValid())
        return u"–"_qs;
    return localeDates() ? QLocale().toString(anyDayOfIt, u"MMM yyyy"_qs) : anyDayOfIt.toString(u"yyyy-MM"_qs);
}

} // namespace LeadStage::DisplayFormat
