#include "FunnelTables.h"

#include "DashboardFormat.h"
#include "KpiText.h"

namespace LeadStage {

namespace {

QJsonValue valueOf(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

MetricsCell text(const QString &value)
{
    return {value, value};
}

MetricsCell count(int value)
{
    return {value, DashboardFormat::count(value)};
}

MetricsCell percent(std::optional<double> fraction)
{
    return {valueOf(fraction), DashboardFormat::percent(fraction)};
}

MetricsCell days(std::optional<double> value)
{
    return {valueOf(value), DashboardFormat::days(value)};
}

MetricsCell flag(bool on, const QString &whenOn, const QString &whenOff = QString())
{
    return {on, on ? whenOn : whenOff};
}

MetricsCell period(const std::optional<Period> &period)
{
    return period ? text(period->label()) : MetricsCell{QJsonValue(QJsonValue::Null), QString()};
}

MetricsColumn label(const QString &key, const QString &title)
{
    return {key, title, false, true};
}

MetricsColumn number(const QString &key, const QString &title)
{
    return {key, title, true, true};
}

MetricsColumn hidden(const QString &key, bool numeric = true)
{
    return {key, key, numeric, false};
}

QString metricKey(IqlMetric metric)
{
    switch (metric) {
    case IqlMetric::Generation:
        return u"generation"_qs;
    case IqlMetric::Conversion:
        return u"conversion"_qs;
    case IqlMetric::TimeToMql:
        return u"timeToMql"_qs;
    case IqlMetric::Engagement:
        return u"engagement"_qs;
    }
    return {};
}

// The table format's KPI column: the tiles' titles are too wide beside the band texts.
QString shortName(IqlMetric metric)
{
    switch (metric) {
    case IqlMetric::Generation:
        return u"IQL generation"_qs;
    case IqlMetric::Conversion:
        return u"IQL → MQL (180 d)"_qs;
    case IqlMetric::TimeToMql:
        return u"Time to MQL"_qs;
    case IqlMetric::Engagement:
        return u"Engagement"_qs;
    }
    return {};
}

MetricsCell band(const KpiFigure &figure, const QString &bandText)
{
    if (!figure.band)
        return {QJsonValue(QJsonValue::Null), bandText};
    const QString where = *figure.band == BandPosition::Below    ? u"below"_qs
                          : *figure.band == BandPosition::Within ? u"within"_qs
                                                                 : u"above"_qs;
    return {where, bandText};
}

QString bucketWord(Bucket bucket)
{
    return bucket == Bucket::Month ? u"month"_qs : u"quarter"_qs;
}

} // namespace

std::vector<MetricsTable> FunnelTables::of(const FunnelReport &report)
{
    std::vector<MetricsTable> tables = {kpis(report),
                                        generation(report),
                                        cohorts(report),
                                        timeToMql(report),
                                        timeToMqlByPeriod(report),
                                        timeToMqlHistogram(report),
                                        engagement(report),
                                        stages(report)};
    for (const QualityTable &table : report.quality)
        tables.push_back(quality(table));
    return tables;
}

MetricsTable FunnelTables::kpis(const FunnelReport &report)
{
    MetricsTable table{u"kpis"_qs,
                       u"KPI figures (latest final period against the one before)"_qs,
                       {hidden(u"metric"_qs, false), label(u"name"_qs, u"KPI"_qs), hidden(u"title"_qs, false),
                        label(u"period"_qs, u"Period"_qs), number(u"value"_qs, u"Value"_qs),
                        hidden(u"previousPeriod"_qs, false), hidden(u"previous"_qs), label(u"change"_qs, u"Change"_qs),
                        label(u"band"_qs, u"Reference band"_qs), hidden(u"bandLow"_qs), hidden(u"bandHigh"_qs)},
                       {}};
    for (const ReferenceBand &reference : ReferenceBands::all()) {
        const KpiFigure figure = KpiFigure::of(report, reference.metric);
        const KpiText texts = KpiText::of(figure);
        std::optional<double> change;
        if (figure.value && figure.previous)
            change.emplace(*figure.value - *figure.previous);
        table.rows.push_back({text(metricKey(figure.metric)),
                              text(shortName(figure.metric)),
                              text(texts.title),
                              {figure.period ? QJsonValue(figure.period->label()) : QJsonValue(), texts.period},
                              {valueOf(figure.value), texts.value},
                              period(figure.previousPeriod),
                              {valueOf(figure.previous), KpiText::valueOf(figure.metric, figure.previous)},
                              {valueOf(change), texts.change},
                              band(figure, texts.band),
                              {reference.low, QString::number(reference.low)},
                              {reference.high, QString::number(reference.high)}});
    }
    return table;
}

MetricsTable FunnelTables::generation(const FunnelReport &report)
{
    MetricsTable table{u"generation"_qs,
                       u"IQL generation per %1"_qs.arg(bucketWord(report.bucket)),
                       {label(u"period"_qs, u"Period"_qs), number(u"iqls"_qs, u"IQLs"_qs)},
                       {}};
    for (const GenerationPoint &point : report.generation)
        table.rows.push_back({text(point.period.label()), count(point.iqls)});
    return table;
}

MetricsTable FunnelTables::cohorts(const FunnelReport &report)
{
    MetricsTable table{u"cohorts"_qs,
                       u"IQL → MQL conversion within 180 days per cohort (%1 of IQL)"_qs.arg(bucketWord(report.bucket)),
                       {label(u"cohort"_qs, u"Cohort"_qs), number(u"iqls"_qs, u"IQLs"_qs),
                        number(u"converted"_qs, u"MQL ≤ 180 d"_qs), number(u"rate"_qs, u"Conversion"_qs),
                        label(u"provisional"_qs, u"Status"_qs)},
                       {}};
    for (const CohortRow &cohort : report.cohorts)
        table.rows.push_back({text(cohort.period.label()), count(cohort.size), count(cohort.converted),
                              percent(cohort.rate), flag(cohort.provisional, u"provisional"_qs, u"final"_qs)});
    return table;
}

MetricsTable FunnelTables::timeToMql(const FunnelReport &report)
{
    MetricsTable table{u"timeToMql"_qs,
                       u"Time to MQL over the whole axis (leads whose MQL falls in it)"_qs,
                       {number(u"mqls"_qs, u"MQLs"_qs), number(u"mean"_qs, u"Mean"_qs),
                        number(u"minimum"_qs, u"Minimum"_qs), number(u"lowerQuartile"_qs, u"Q1"_qs),
                        number(u"median"_qs, u"Median"_qs), number(u"upperQuartile"_qs, u"Q3"_qs),
                        number(u"maximum"_qs, u"Maximum"_qs)},
                       {}};
    const DurationStats &stats = report.timeToMql.overall;
    table.rows.push_back({count(stats.count), days(stats.mean), days(stats.minimum), days(stats.lowerQuartile),
                          days(stats.median), days(stats.upperQuartile), days(stats.maximum)});
    return table;
}

MetricsTable FunnelTables::timeToMqlByPeriod(const FunnelReport &report)
{
    MetricsTable table{u"timeToMqlByPeriod"_qs,
                       u"Time to MQL per %1 of MQL"_qs.arg(bucketWord(report.bucket)),
                       {label(u"period"_qs, u"Period"_qs), number(u"mqls"_qs, u"MQLs"_qs),
                        number(u"mean"_qs, u"Mean"_qs), number(u"lowerQuartile"_qs, u"Q1"_qs),
                        number(u"median"_qs, u"Median"_qs), number(u"upperQuartile"_qs, u"Q3"_qs)},
                       {}};
    for (const TimeToMqlRow &row : report.timeToMql.perPeriod)
        table.rows.push_back({text(row.period.label()), count(row.days.count), days(row.days.mean),
                              days(row.days.lowerQuartile), days(row.days.median), days(row.days.upperQuartile)});
    return table;
}

MetricsTable FunnelTables::timeToMqlHistogram(const FunnelReport &report)
{
    MetricsTable table{
        u"timeToMqlHistogram"_qs,
        u"Time to MQL histogram (30-day bins)"_qs,
        {label(u"bin"_qs, u"Days"_qs), hidden(u"fromDay"_qs), hidden(u"toDay"_qs), number(u"mqls"_qs, u"MQLs"_qs)},
        {}};
    const auto &counts = report.timeToMql.histogram.counts;
    for (int bin = 0; bin < TimeToMqlHistogram::binCount; ++bin) {
        const int from = bin * TimeToMqlHistogram::binDays;
        const bool last = bin == TimeToMqlHistogram::binCount - 1;
        const MetricsCell to = last ? MetricsCell{QJsonValue(QJsonValue::Null), QString()}
                                    : MetricsCell{from + TimeToMqlHistogram::binDays - 1,
                                                  QString::number(from + TimeToMqlHistogram::binDays - 1)};
        table.rows.push_back({text(TimeToMqlHistogram::binLabel(bin)),
                              {from, QString::number(from)},
                              to,
                              count(counts[std::size_t(bin)])});
    }
    return table;
}

MetricsTable FunnelTables::engagement(const FunnelReport &report)
{
    MetricsTable table{u"engagement"_qs,
                       u"Engagement rate per month (IQLs during the month with an event in it)"_qs,
                       {label(u"month"_qs, u"Month"_qs), number(u"iqls"_qs, u"IQLs"_qs),
                        number(u"engaged"_qs, u"Engaged"_qs), number(u"rate"_qs, u"Rate"_qs),
                        label(u"partial"_qs, u"Status"_qs)},
                       {}};
    for (const EngagementPoint &point : report.engagement)
        table.rows.push_back({text(point.month.label()), count(point.iqls), count(point.engaged), percent(point.rate),
                              flag(point.partial, u"partial"_qs, u"whole"_qs)});
    return table;
}

MetricsTable FunnelTables::stages(const FunnelReport &report)
{
    MetricsTable table{
        u"stages"_qs,
        u"Stage counts at the analysis date (%1 leads)"_qs.arg(DashboardFormat::count(report.stages.leads)),
        {label(u"stage"_qs, u"Stage"_qs), number(u"current"_qs, u"Now in stage"_qs),
         number(u"everReached"_qs, u"Ever reached"_qs)},
        {}};
    for (std::size_t stage = 0; stage < report.stages.current.size(); ++stage)
        table.rows.push_back({text(stageName(Stage(stage))), count(report.stages.current[stage]),
                              count(report.stages.everReached[stage])});
    return table;
}

MetricsTable FunnelTables::recordedStages(const RecordedComparison &comparison)
{
    MetricsTable table{
        u"recordedStages"_qs,
        u"Recorded (CRM) vs computed stages (%1 leads, %2 with a recorded stage, %3 placed differently)"_qs.arg(
            DashboardFormat::count(comparison.leads), DashboardFormat::count(comparison.withRecorded),
            DashboardFormat::count(comparison.placedDifferently)),
        {label(u"stage"_qs, u"Stage"_qs), number(u"crm"_qs, u"CRM"_qs), number(u"model"_qs, u"Model"_qs),
         number(u"agreeing"_qs, u"Both"_qs), number(u"modelOnly"_qs, u"Model only"_qs),
         number(u"crmOnly"_qs, u"CRM only"_qs), number(u"crmUndated"_qs, u"CRM undated"_qs)},
        {}};
    for (const RecordedStageRow &row : comparison.rows)
        table.rows.push_back({text(stageName(row.stage)), count(row.crm), count(row.model), count(row.agreeing),
                              count(row.modelOnly), count(row.crmOnly), count(row.crmUndated)});
    return table;
}

MetricsTable FunnelTables::quality(const QualityTable &quality)
{
    const QString name = quality.dimension == Dimension::Source     ? u"Source"_qs
                         : quality.dimension == Dimension::Campaign ? u"Campaign"_qs
                         : quality.dimension == Dimension::Industry ? u"Industry"_qs
                                                                    : u"Country"_qs;
    MetricsTable table{u"qualityBy"_qs + name,
                       u"Source quality by %1 (IQLs on the axis)"_qs.arg(name.toLower()),
                       {label(u"value"_qs, name), number(u"iqls"_qs, u"IQLs"_qs), hidden(u"converted"_qs),
                        number(u"mqlRate"_qs, u"IQL → MQL"_qs), hidden(u"customers"_qs),
                        number(u"customerRate"_qs, u"IQL → customer"_qs), hidden(u"withMql"_qs),
                        number(u"medianDaysToMql"_qs, u"Median to MQL"_qs), label(u"provisional"_qs, u"Status"_qs)},
                       {}};
    for (const QualityRow &row : quality.rows)
        table.rows.push_back({{row.value, row.value.isEmpty() ? u"(none)"_qs : row.value},
                              count(row.iqls),
                              count(row.converted),
                              percent(row.mqlRate),
                              count(row.customers),
                              percent(row.customerRate),
                              count(row.withMql),
                              days(row.medianDaysToMql),
                              flag(row.provisional, u"provisional"_qs, u"final"_qs)});
    return table;
}

} // namespace LeadStage
