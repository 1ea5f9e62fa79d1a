#include "FunnelMetrics.h"

#include "CohortMetrics.h"
#include "EngagementMetrics.h"
#include "SourceQualityMetrics.h"
#include "StageMetrics.h"
#include "TimeToMqlMetrics.h"
#include "common/SideBySide.h"

#include <optional>

namespace LeadStage {

FunnelMetrics::FunnelMetrics(const MetricsSnapshot &snapshot, const MetricsFilter &filter, Bucket bucket,
                             std::optional<std::int64_t> asOf)
    : m_context(snapshot, filter, bucket, asOf)
{}

FunnelReport FunnelMetrics::compute() const
{
    FunnelReport report;
    report.bucket = m_context.bucket();
    report.asOf = m_context.asOf();
    report.selectedLeads = int(m_context.facts().size());
    const MetricsFilter &filter = m_context.filter();
    report.segment = !filter.sources.isEmpty() || !filter.campaigns.isEmpty() || !filter.industries.isEmpty()
                     || !filter.countries.isEmpty() || !filter.grades.empty();
    report.periods = m_context.periods();
    // Two independent halves of about equal cost; on two cores they run side by side.
    const auto engagementAndQuality = [this, &report] {
        report.engagement = EngagementMetrics::compute(m_context);
        report.quality = SourceQualityMetrics::compute(m_context, qualityDimensions);
    };
    CohortMetrics::Result cohorts;
    sideBySide(MetricsContext::useSecondThread(m_context.facts().size()), engagementAndQuality, [&] {
        cohorts = CohortMetrics::compute(m_context);
        report.generation = std::move(cohorts.generation);
        report.cohorts = std::move(cohorts.cohorts);
        report.timeToMql = TimeToMqlMetrics::compute(m_context);
        report.stages = StageMetrics::compute(m_context);
    });
    report.summary = summarise(report, cohorts.iqlsPerMonth);
    return report;
}

// The headline figures: IQLs per whole month (the as-of month is still filling up),
// conversion pooled over the cohorts that are final, the overall median, and the
// mean of the whole months' engagement rates.
FunnelSummary FunnelMetrics::summarise(const FunnelReport &report, const std::vector<int> &iqlsPerMonth)
{
    FunnelSummary summary;
    for (const GenerationPoint &point : report.generation)
        summary.iqls += point.iqls;
    int wholeMonths = 0, iqlsInWholeMonths = 0;
    for (std::size_t slot = 0; slot < iqlsPerMonth.size(); ++slot) {
        if (report.engagement[slot].partial) // the same months, one slot each
            continue;
        ++wholeMonths;
        iqlsInWholeMonths += iqlsPerMonth[slot];
    }
    if (wholeMonths > 0)
        summary.iqlsPerMonth = double(iqlsInWholeMonths) / wholeMonths;
    for (const CohortRow &cohort : report.cohorts)
        if (!cohort.provisional) {
            summary.matureCohortSize += cohort.size;
            summary.matureConverted += cohort.converted;
        }
    if (summary.matureCohortSize > 0)
        summary.conversion = double(summary.matureConverted) / summary.matureCohortSize;
    summary.medianDaysToMql = report.timeToMql.overall.median;
    summary.engagementRate = EngagementMetrics::meanRate(report.engagement);
    return summary;
}

bool FunnelMetrics::contains(const MetricCell &cell, const LeadFacts &lead) const
{
    using Measure = MetricCell::Measure;
    switch (cell.measure) {
    case Measure::Iqls:
    case Measure::CohortSize:
    case Measure::Converted:
    case Measure::ConvertedBy:
        return CohortMetrics::contains(m_context, cell, lead);
    case Measure::TimeToMql:
    case Measure::TimeToMqlBin:
        return TimeToMqlMetrics::contains(m_context, cell, lead);
    case Measure::IqlDuringMonth:
    case Measure::EngagedInMonth:
        return EngagementMetrics::contains(m_context, cell, lead);
    case Measure::CurrentStage:
    case Measure::EverReached:
        return StageMetrics::contains(m_context, cell, lead);
    case Measure::QualityIqls:
    case Measure::QualityConverted:
    case Measure::QualityCustomers:
    case Measure::QualityWithMql:
        return SourceQualityMetrics::contains(m_context, cell, lead);
    }
    return false;
}

std::vector<std::int64_t> FunnelMetrics::leadsBehind(const MetricCell &cell) const
{
    std::vector<std::int64_t> ids;
    for (const LeadFacts &lead : m_context.facts())
        if (contains(cell, lead))
            ids.push_back(m_context.snapshot().leadId(lead.row));
    return ids;
}

} // namespace LeadStage
