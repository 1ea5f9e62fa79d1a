#pragma once

#include "metrics/MetricsFilter.h"

#include <QCoreApplication>

namespace LeadStage {

// The dashboard's filter as one line a person reads at a glance:
// "Source: Google, LinkedIn · Grade: A". Dates are left out (the report's quarter
// sets them); a long list ends in "+ 4 more".
class FilterLine
{
    Q_DECLARE_TR_FUNCTIONS(FilterLine)

public:
    static QString describe(const MetricsFilter &filter);
    static bool hasDates(const MetricsFilter &filter) { return filter.from || filter.to; }
    // Anything besides dates narrows the leads.
    static bool narrows(const MetricsFilter &filter);
};

} // namespace LeadStage
