#pragma once

#include "FunnelReport.h"
#include "MetricCell.h"
#include "MetricsContext.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

class MetricsSnapshot;

// The IQL dashboard's arithmetic (DESIGN §5) for one filter, bucket and analysis
// date over an in-memory snapshot: every number at once (compute()), and the leads
// behind any one of them (leadsBehind()), from the same per-lead definitions.
// Read-only on the snapshot, so any number of them may run on worker threads; the
// snapshot must outlive them (they keep a reference to it).
class FunnelMetrics
{
public:
    FunnelMetrics(const MetricsSnapshot &snapshot, const MetricsFilter &filter, Bucket bucket,
                  std::optional<std::int64_t> asOf = std::nullopt);

    const MetricsContext &context() const { return m_context; }

    FunnelReport compute() const;
    // Lead ids (ascending) counted in `cell`; as many as the number shown for it.
    std::vector<std::int64_t> leadsBehind(const MetricCell &cell) const;

    // The source-quality tables of compute(), in this order.
    static constexpr Dimension qualityDimensions[] = {Dimension::Source, Dimension::Campaign, Dimension::Industry};

private:
    bool contains(const MetricCell &cell, const LeadFacts &lead) const;
    static FunnelSummary summarise(const FunnelReport &report, const std::vector<int> &iqlsPerMonth);

    MetricsContext m_context;
};

} // namespace LeadStage
