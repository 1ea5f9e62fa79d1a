#pragma once

#include <QDate>

#include <cstdint>
#include <optional>

namespace LeadStage {

// The filter's date range is picked as whole UTC days, "from" and "to" both
// inclusive, while MetricsFilter holds the half-open range [from, to) in seconds.
namespace DashboardTime {

std::optional<std::int64_t> startOf(const QDate &from); // empty for a null date
std::optional<std::int64_t> endOf(const QDate &to);     // first second after `to`
QDate dateOfStart(std::optional<std::int64_t> from);
QDate dateOfEnd(std::optional<std::int64_t> to);

} // namespace DashboardTime
} // namespace LeadStage
