#pragma once

#include "MetricsFilter.h"
#include "Period.h"
#include "scoring/LeadScore.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// The numbers of the IQL dashboard (DESIGN §5) for one filter, bucket and analysis
// date, as FunnelMetrics computes them. Rates are fractions (0.2 = 20 %); a rate or
// a statistic over nobody is empty, never 0. Every count can be listed as lead ids
// with FunnelMetrics::leadsBehind().

// Leads whose iql_at falls in the period.
struct GenerationPoint
{
    Period period;
    int iqls = 0;
};

// An IQL cohort (period of iql_at) and how it converted to MQL.
struct CohortRow
{
    // Heat-map columns: k = 0 … 12 months of 30 days after IQL; column 6 (180 days)
    // is the cohort's conversion.
    static constexpr int monthColumns = 13;

    Period period;
    int size = 0;
    int converted = 0; // mql_at ≤ iql_at + 180 days
    std::optional<double> rate;
    bool provisional = false; // the 180 days of its last possible member not all passed
    // convertedBy[k]: members with mql_at ≤ iql_at + k × 30 days (cumulative).
    std::array<int, monthColumns> convertedBy{};
    // complete[k]: every member's first k × 30 days lie on or before the analysis date.
    std::array<bool, monthColumns> complete{};

    std::optional<double> shareBy(int month) const;
};

// Days from IQL to MQL: count, mean and type-7 quantiles (see Quantiles).
struct DurationStats
{
    int count = 0;
    std::optional<double> mean, minimum, lowerQuartile, median, upperQuartile, maximum;
};

struct TimeToMqlRow
{
    Period period; // of mql_at
    DurationStats days;
};

// Fixed bins of 30 days — [0, 30), [30, 60) … [330, 360) and 360 days or more — so
// the 90–180-day band spans whole bins and charts of different filters line up.
struct TimeToMqlHistogram
{
    static constexpr int binDays = 30;
    static constexpr int binCount = 13;

    std::array<int, binCount> counts{};

    static int binOf(std::int64_t seconds);
    static QString binLabel(int bin); // "0–29", "360+"
};

struct TimeToMql
{
    std::vector<TimeToMqlRow> perPeriod;
    DurationStats overall;
    TimeToMqlHistogram histogram; // over the whole axis
};

// A calendar month: leads that are IQL during it, and those with an event in it.
struct EngagementPoint
{
    Period month;
    int iqls = 0;
    int engaged = 0;
    std::optional<double> rate;
    bool partial = false; // the analysis date falls inside the month
};

// The funnel at the analysis date, indexed by Stage.
struct StageCounts
{
    int leads = 0;
    std::array<int, 7> current{};     // furthest stage reached; sums to `leads`
    std::array<int, 7> everReached{}; // by each stage's own moment
    // Leads with an outcome reached at no known time (DESIGN §4): `undated` are
    // counted above and in no figure that needs the outcome's time; `undatedLeftOut`
    // are not counted at a stage they reached, the analysis date being before the
    // workspace's (nothing places an undated outcome before it).
    int undated = 0;
    int undatedLeftOut = 0;
};

// One row of a source-quality table: the IQLs on the axis with that value.
struct QualityRow
{
    std::uint32_t valueId = 0; // dictionary id; 0 = no value
    QString value;
    int iqls = 0;
    int converted = 0; // mql_at ≤ iql_at + 180 days
    int customers = 0; // customer_at on or before the analysis date
    int withMql = 0;   // reached MQL at any time: the population of the median
    std::optional<double> mqlRate, customerRate, medianDaysToMql;
    bool provisional = false; // some member's 180 days not all passed
};

struct QualityTable
{
    Dimension dimension = Dimension::Source;
    std::vector<QualityRow> rows; // by IQLs, most first; ties by value
};

// The headline of each IQL metric over the whole axis.
struct FunnelSummary
{
    int iqls = 0;
    std::optional<double> iqlsPerMonth;
    int matureCohortSize = 0; // members of non-provisional cohorts
    int matureConverted = 0;
    std::optional<double> conversion;      // pooled over non-provisional cohorts
    std::optional<double> medianDaysToMql; // TimeToMql::overall.median
    std::optional<double> engagementRate;  // mean of the monthly rates of whole months
};

struct FunnelReport
{
    Bucket bucket = Bucket::Month;
    std::int64_t asOf = 0;
    int selectedLeads = 0;
    // The filter keeps only some sources, campaigns, industries, countries or fit
    // grades: a part of the company, which a volume band (300–500 IQLs a month, for
    // a whole mid-market company) does not describe. Rates stay comparable.
    bool segment = false;
    std::vector<Period> periods;
    std::vector<GenerationPoint> generation;
    std::vector<CohortRow> cohorts;
    TimeToMql timeToMql;
    std::vector<EngagementPoint> engagement;
    StageCounts stages;
    std::vector<QualityTable> quality; // Source, Campaign, Industry
    FunnelSummary summary;
};

} // namespace LeadStage
