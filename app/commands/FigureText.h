#pragma once

#include <QString>

// How the back-testing commands print a figure in their tables: a dash where the figure
// does not exist (NaN), so `evaluate`, `suggest` and `threshold` read alike.
namespace LeadStage::Commands {

QString percent(double share);                 // "12.5 %"
QString decimal(double value, int digits = 3); // "0.632"
QString signedDecimal(double value);           // "+0.012"

} // namespace LeadStage::Commands
