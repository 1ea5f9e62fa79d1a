#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace LeadStage {

// UTC seconds since the epoch <-> the ISO 8601 text used in LeadStage's files
// ("2025-03-14T09:30:00Z"). Days are civil days in UTC.
QString isoUtc(std::int64_t secondsSinceEpoch);
void appendIsoUtc(std::string &out, std::int64_t secondsSinceEpoch); // for bulk writers
QString isoDate(std::int64_t secondsSinceEpoch);                     // "2025-03-14"
std::optional<std::int64_t> parseIsoUtc(QStringView text);
std::optional<std::int64_t> parseIsoDate(QStringView text); // "YYYY-MM-DD" -> midnight UTC

// Days since 1970-01-01 for a civil date, and back (Howard Hinnant's algorithms).
std::int64_t daysFromCivil(int year, int month, int day);
void civilFromDays(std::int64_t days, int &year, int &month, int &day);

} // namespace LeadStage
