#pragma once

#include <QString>

#include <cstdint>

namespace LeadStage {

// How the Evaluate panel writes the back-test's numbers, in one place, so its tables,
// tooltips and tests agree: AUCs with three decimals, shares as the dashboard's
// percentages, counts in the system locale. NaN (a figure that does not exist) is "–".
namespace EvaluateFormat {

QString auc(double value);                     // "0.632"
QString interval(double low, double high);     // "0.520–0.744"
QString difference(double value);              // "+0.012", "−0.004"
QString percent(double share);                 // "3.4 %"
QString count(std::int64_t value);             // "2,293"
QString lift(double value);                    // "1.87"
QString scores(double highest, double lowest); // "235–100", "40"
QString deciles(int first, int last);          // "3", "8–10"

} // namespace EvaluateFormat
} // namespace LeadStage
