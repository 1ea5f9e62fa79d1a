#pragma once

#include "common/Result.h"

#include <QStringView>

#include <cstdint>

namespace LeadStage {

// Numbers in CSV cells as exports write them. The Error's `what` is the reason
// (without the field's name); the callers add it.

// An amount such as revenue: digits with an optional sign, a decimal point or comma,
// and thousands separators (`1,000.50`, `1.000,50`, `1,000,000`). A single separator
// followed by exactly three digits (`1,000`, `1.500`) reads as thousands and as
// decimals alike and is refused, as are `NaN`, `inf`, currency signs and letters.
Result<double> parseAmount(QStringView text);

// A count such as employees: a whole number, zero or more.
Result<std::int64_t> parseCount(QStringView text);

} // namespace LeadStage
