#pragma once

#include <QString>

#include <optional>

namespace LeadStage {

// How the dashboard writes numbers, the same on tiles, tooltips and in the table,
// and in `leadstage metrics` (so the command prints what the dashboard shows).
// In the default locale (the window sets it to its language; the command line
// leaves it the system's) with the units translated in the window.
namespace DashboardFormat {

QString count(int value);
QString percent(std::optional<double> fraction); // 0.213 → "21.3 %", empty → "–"
QString days(std::optional<double> days);        // "134.5 days", empty → "–"
QString signedCount(double change);              // "+23", "−4"
QString signedPoints(double fractionChange);     // "+1.2 pp"
QString signedDays(double change);               // "−4.5 days"

} // namespace DashboardFormat
} // namespace LeadStage
