#pragma once

#include <QString>

#include <array>
#include <optional>

namespace LeadStage {

// The date formats an import column may hold (DESIGN §6). Every one is read as UTC.
enum class DateFormat {
    Iso8601,           // 2025-03-14, 2025-03-14T09:30:00Z, 2025-03-14 09:30:00.250+02:00
    MonthDayYear,      // US: 3/14/2025, 3/14/2025 9:30 AM
    DayMonthYear,      // European: 14.3.2025, 14/03/2025 09:30
    EpochSeconds,      // 1741944600
    EpochMilliseconds, // 1741944600000
};

constexpr std::array<DateFormat, 5> allDateFormats{DateFormat::Iso8601, DateFormat::MonthDayYear,
                                                   DateFormat::DayMonthYear, DateFormat::EpochSeconds,
                                                   DateFormat::EpochMilliseconds};

// The short name used by `--date-format` and saved mappings: iso, mdy, dmy, epoch,
// epoch-ms; and a label for people: "M/D/YYYY (US)".
QString dateFormatName(DateFormat format);
QString dateFormatLabel(DateFormat format);
std::optional<DateFormat> dateFormatFromName(QStringView name);

} // namespace LeadStage
