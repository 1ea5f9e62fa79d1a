#pragma once

#include "FunnelReport.h"
#include "LeadFacts.h"
#include "MetricCell.h"

#include <span>
#include <vector>

namespace LeadStage {

class MetricsContext;

// Source quality (DESIGN §5) per value of a dimension: the IQLs on the axis with
// that value, their IQL → MQL conversion within 180 days, IQL → customer (by the
// analysis date) and median days to MQL over those of them that reached MQL.
class SourceQualityMetrics
{
public:
    // One table per dimension, all from one pass over the selected leads.
    static std::vector<QualityTable> compute(const MetricsContext &context, std::span<const Dimension> dimensions);
    // QualityIqls, QualityConverted, QualityCustomers, QualityWithMql.
    static bool contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead);
};

} // namespace LeadStage
