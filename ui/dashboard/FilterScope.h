#pragma once

#include "metrics/MetricsFilter.h"

#include <QCoreApplication>
#include <QString>

namespace LeadStage {

// The filter as one line a figure can carry, so a number never stands without
// saying which leads it counts: "All leads", "Filtered: source Webinar · grade A".
struct FilterScope
{
    Q_DECLARE_TR_FUNCTIONS(FilterScope)

public:
    static QString describe(const MetricsFilter &filter);
};

} // namespace LeadStage
