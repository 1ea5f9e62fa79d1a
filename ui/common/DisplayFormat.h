#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cstdint>

namespace LeadStage {

// How the window writes numbers and dates, one way on every page: counts with the
// language's group separators, dates as ISO 2025-10-31 unless the preferences ask
// for the language's own (AppSettings::dateStyle() "locale"). The language is
// QLocale() — the default locale the application sets from its language preference.
namespace DisplayFormat {

QString count(std::int64_t value);                  // 9240 → "9,240" (en), "9.240" (de)
QString decimal(double value, int decimals);        // 1234.5 → "1,234.5" (en), "1.234,5" (de)
QString percent(double fraction, int decimals = 1); // 0.213 → "21.3 %" (en), "21,3 %" (de)
QString days(double days, int decimals = 1);        // "134.5 days", "1 day"
QString leads(std::int64_t count);                  // "1 lead", "9,240 leads"
QString events(std::int64_t count);                 // "1 event", "9,240 events"
QString outcomes(std::int64_t count);               // "1 outcome", "9,240 outcomes"

// True when dates follow the language ("locale"), false for ISO (the default).
bool localeDates();
// The pattern dates are shown and typed in: "yyyy-MM-dd", or the language's short
// date with a four-digit year ("dd.MM.yyyy", "M/d/yyyy"): two-digit years are ambiguous.
QString datePattern();
QString date(const QDate &date);             // "2025-10-31" or "31.10.2025"; "–" when null
QString dateOfUtc(std::int64_t seconds);     // the UTC day of `seconds`
QString dateTimeOfUtc(std::int64_t seconds); // "2025-10-31 14:05 UTC"
QString dateTime(const QDateTime &at);       // in its own time zone: "2025-10-31 15:05"
QString month(const QDate &anyDayOfIt);      // "2025-10" or "Oct 2025"

} // namespace DisplayFormat
} // namespace LeadStage
