#include "QuarterTables.h"

#include "metrics/ReferenceBands.h"

#include <QJsonArray>

namespace LeadStage {

namespace {

constexpr Stage funnelStages[] = {Stage::Lead, Stage::IQL,         Stage::MQL,     Stage::PQL,
                                  Stage::SQL,  Stage::Opportunity, Stage::Customer};

const char *const columnSuffix[] = {"", "Previous", "YearEarlier"};

QString keyed(const char *key, int column)
{
    return QString::fromLatin1(key) + QString::fromLatin1(columnSuffix[column]);
}

std::optional<double> shareOf(std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? std::optional(double(part) / double(whole)) : std::nullopt;
}

QString bandWord(const ReportLanguage &language, BandPosition position)
{
    switch (position) {
    case BandPosition::Below:
        return language.text(QT_TRANSLATE_NOOP("Report", "below the band"));
    case BandPosition::Within:
        return language.text(QT_TRANSLATE_NOOP("Report", "within the band"));
    case BandPosition::Above:
        return language.text(QT_TRANSLATE_NOOP("Report", "above the band"));
    }
    return {};
}

QString bandKey(BandPosition position)
{
    return position == BandPosition::Below    ? u"below"_qs
           : position == BandPosition::Within ? u"within"_qs
                                              : u"above"_qs;
}

} // namespace

std::int64_t QuarterTables::reached(const StageCounts &stages, Stage stage)
{
    return stage == Stage::Lead ? stages.leads : stages.everReached[std::size_t(stage)];
}

std::optional<double> QuarterTables::stageConversion(const StageCounts &stages, Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return std::nullopt;
    case Stage::IQL:
        return shareOf(reached(stages, Stage::IQL), stages.leads);
    case Stage::MQL:
    case Stage::PQL:
        return shareOf(reached(stages, stage), reached(stages, Stage::IQL));
    case Stage::SQL:
        return shareOf(reached(stages, Stage::SQL), reached(stages, Stage::MQL));
    case Stage::Opportunity:
        return shareOf(reached(stages, Stage::Opportunity), reached(stages, Stage::SQL));
    case Stage::Customer:
        return shareOf(reached(stages, Stage::Customer), reached(stages, Stage::Opportunity));
    }
    return std::nullopt;
}

const CohortRow *QuarterTables::cohortOf(const FunnelReport &report)
{
    return report.cohorts.empty() ? nullptr : &report.cohorts.front();
}

QString QuarterTables::quarterLabel(int column) const
{
    return m_figures.quarters[column].label();
}

ReportTable QuarterTables::funnelByStage() const
{
    ReportTable table;
    table.key = u"funnelByStage"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Funnel by stage"));
    table.columns.push_back(m_cells.column(u"stage"_qs, QT_TRANSLATE_NOOP("Report", "Stage"), ValueKind::Text));
    for (int column = 0; column < QuarterFigures::columns; ++column) {
        table.columns.push_back({keyed("reached", column),
                                 text(QT_TRANSLATE_NOOP("Report", "Reached %1")).arg(quarterLabel(column)),
                                 ValueKind::Count});
        table.columns.push_back({keyed("conversion", column),
                                 text(QT_TRANSLATE_NOOP("Report", "Conversion %1")).arg(quarterLabel(column)),
                                 ValueKind::Fraction});
    }
    for (Stage stage : funnelStages) {
        std::vector<ReportCell> row{m_cells.text(m_cells.language().stage(stage))};
        for (const FunnelReport &report : m_figures.byQuarter) {
            row.push_back(m_cells.count(reached(report.stages, stage)));
            row.push_back(m_cells.fraction(stageConversion(report.stages, stage)));
        }
        table.rows.push_back(std::move(row));
    }
    table.note = text(QT_TRANSLATE_NOOP("Report", "Leads created in each quarter and the stages they reached by %1. "
                                                  "Conversion is the share of the stage before (PQL: of IQL)."))
                     .arg(m_cells.language().date(m_figures.asOf));
    return table;
}

ReportTable QuarterTables::iqlMetricsByQuarter() const
{
    ReportTable table;
    table.key = u"iqlMetricsByQuarter"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "IQL metrics by quarter"));
    table.columns = {
        m_cells.column(u"quarter"_qs, QT_TRANSLATE_NOOP("Report", "Quarter"), ValueKind::Text),
        m_cells.column(u"iqls"_qs, QT_TRANSLATE_NOOP("Report", "IQLs"), ValueKind::Count),
        m_cells.column(u"iqlsPerMonth"_qs, QT_TRANSLATE_NOOP("Report", "IQLs per month"), ValueKind::Decimal),
        m_cells.column(u"conversion"_qs, QT_TRANSLATE_NOOP("Report", "IQL → MQL (180 days)"), ValueKind::Fraction),
        m_cells.column(u"cohortStatus"_qs, QT_TRANSLATE_NOOP("Report", "Cohort"), ValueKind::Text),
        m_cells.column(u"medianDaysToMql"_qs, QT_TRANSLATE_NOOP("Report", "Median days to MQL"), ValueKind::Days),
        m_cells.column(u"mqls"_qs, QT_TRANSLATE_NOOP("Report", "MQLs"), ValueKind::Count),
        m_cells.column(u"engagement"_qs, QT_TRANSLATE_NOOP("Report", "Engagement"), ValueKind::Fraction)};
    for (int column = 0; column < QuarterFigures::columns; ++column) {
        const FunnelReport &report = m_figures.byQuarter[column];
        const CohortRow *cohort = cohortOf(report);
        table.rows.push_back(
            {m_cells.text(quarterLabel(column)), m_cells.count(report.summary.iqls),
             m_cells.decimal(report.summary.iqlsPerMonth, 1), m_cells.fraction(cohort ? cohort->rate : std::nullopt),
             m_cells.flag(cohort && cohort->provisional, text(QT_TRANSLATE_NOOP("Report", "provisional")),
                          text(QT_TRANSLATE_NOOP("Report", "final"))),
             m_cells.days(report.timeToMql.overall.median), m_cells.count(report.timeToMql.overall.count),
             m_cells.fraction(report.summary.engagementRate)});
    }
    table.note = text(QT_TRANSLATE_NOOP(
        "Report", "IQLs per month is the mean over the quarter's whole months; conversion is the quarter's IQL cohort "
                  "(provisional until its 180 days have passed); time to MQL covers the leads that became MQL in the "
                  "quarter; engagement is the mean of the monthly rates of its whole months."));
    return table;
}

std::vector<ReportKpi> QuarterTables::kpis() const
{
    const ReportLanguage &language = m_cells.language();
    const FunnelReport &now = m_figures.byQuarter[QuarterFigures::This];
    const FunnelReport &before = m_figures.byQuarter[QuarterFigures::Previous];
    const CohortRow *cohortNow = cohortOf(now);
    const CohortRow *cohortBefore = cohortOf(before);
    struct Figure
    {
        IqlMetric metric;
        std::optional<double> value, previous;
    };
    const Figure figures[] = {{IqlMetric::Generation, now.summary.iqlsPerMonth, before.summary.iqlsPerMonth},
                              {IqlMetric::Conversion, cohortNow ? cohortNow->rate : std::nullopt,
                               cohortBefore ? cohortBefore->rate : std::nullopt},
                              {IqlMetric::TimeToMql, now.timeToMql.overall.median, before.timeToMql.overall.median},
                              {IqlMetric::Engagement, now.summary.engagementRate, before.summary.engagementRate}};
    const char *titles[] = {
        QT_TRANSLATE_NOOP("Report", "IQLs per month"), QT_TRANSLATE_NOOP("Report", "IQL → MQL conversion (180 days)"),
        QT_TRANSLATE_NOOP("Report", "Median time to MQL"), QT_TRANSLATE_NOOP("Report", "Engagement rate")};
    std::vector<ReportKpi> kpis;
    for (int i = 0; i < 4; ++i) {
        const Figure &figure = figures[i];
        const ReferenceBand &band = ReferenceBands::of(figure.metric);
        const bool rate = figure.metric == IqlMetric::Conversion || figure.metric == IqlMetric::Engagement;
        ReportKpi kpi;
        kpi.title = text(titles[i]);
        kpi.value = rate                                    ? language.fraction(figure.value)
                    : figure.metric == IqlMetric::TimeToMql ? language.days(figure.value)
                                                            : language.decimal(figure.value, 1);
        kpi.period = quarterLabel(QuarterFigures::This);
        if (figure.metric == IqlMetric::Conversion && cohortNow && cohortNow->provisional)
            kpi.period += u' ' + text(QT_TRANSLATE_NOOP("Report", "(provisional)"));
        if (figure.value && figure.previous) {
            const double change = *figure.value - *figure.previous;
            const QString changeText = rate                                    ? language.signedPoints(change)
                                       : figure.metric == IqlMetric::TimeToMql ? language.signedDays(change)
                                                                               : language.signedCount(change);
            kpi.change =
                text(QT_TRANSLATE_NOOP("Report", "%1 vs %2")).arg(changeText, quarterLabel(QuarterFigures::Previous));
        } else {
            kpi.change =
                text(QT_TRANSLATE_NOOP("Report", "no figure for %1")).arg(quarterLabel(QuarterFigures::Previous));
        }
        const double scale = rate ? 100.0 : 1.0;
        const QString unit = rate ? u"%"_qs
                             : figure.metric == IqlMetric::TimeToMql
                                 ? text(QT_TRANSLATE_NOOP("Report", "days"))
                                 : text(QT_TRANSLATE_NOOP("Report", "IQLs / month"));
        const QString range = language.locale().toString(band.low * scale, 'g', 4) + u"–"_qs
                              + language.locale().toString(band.high * scale, 'g', 4) + u' ' + unit;
        kpi.position = ReferenceBands::position(figure.metric, figure.value);
        kpi.band = kpi.position
                       ? text(QT_TRANSLATE_NOOP("Report", "%1: %2")).arg(range, bandWord(language, *kpi.position))
                       : text(QT_TRANSLATE_NOOP("Report", "Band %1")).arg(range);
        kpis.push_back(kpi);
    }
    return kpis;
}

ReportTable QuarterTables::kpiTable(const std::vector<ReportKpi> &kpis) const
{
    ReportTable table;
    table.key = u"kpis"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "The four IQL metrics against their bands"));
    table.columns = {m_cells.column(u"metric"_qs, QT_TRANSLATE_NOOP("Report", "Metric"), ValueKind::Text),
                     m_cells.column(u"value"_qs, QT_TRANSLATE_NOOP("Report", "Value"), ValueKind::Text),
                     m_cells.column(u"period"_qs, QT_TRANSLATE_NOOP("Report", "Period"), ValueKind::Text),
                     m_cells.column(u"change"_qs, QT_TRANSLATE_NOOP("Report", "Change"), ValueKind::Text),
                     m_cells.column(u"band"_qs, QT_TRANSLATE_NOOP("Report", "Band"), ValueKind::Text)};
    for (const ReportKpi &kpi : kpis) {
        table.rows.push_back(
            {m_cells.text(kpi.title), m_cells.text(kpi.value), m_cells.text(kpi.period), m_cells.text(kpi.change),
             m_cells.shown(kpi.position ? QJsonValue(bandKey(*kpi.position)) : QJsonValue(), kpi.band)});
    }
    return table;
}

ReportTable QuarterTables::generationByMonth() const
{
    ReportTable table;
    table.key = u"generationByMonth"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "IQL generation by month"));
    table.columns = {m_cells.column(u"month"_qs, QT_TRANSLATE_NOOP("Report", "Month"), ValueKind::Text),
                     m_cells.column(u"iqls"_qs, QT_TRANSLATE_NOOP("Report", "IQLs"), ValueKind::Count)};
    for (const GenerationPoint &point : m_figures.byMonth.generation)
        table.rows.push_back({m_cells.text(point.period.label()), m_cells.count(point.iqls)});
    table.note = text(QT_TRANSLATE_NOOP("Report", "Leads whose IQL date falls in the month. Band: 300–500 a month."));
    return table;
}

ReportTable QuarterTables::cohortsByMonth() const
{
    ReportTable table;
    table.key = u"cohortsByMonth"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "IQL → MQL conversion by monthly cohort"));
    table.columns = {
        m_cells.column(u"cohort"_qs, QT_TRANSLATE_NOOP("Report", "Cohort"), ValueKind::Text),
        m_cells.column(u"size"_qs, QT_TRANSLATE_NOOP("Report", "IQLs"), ValueKind::Count),
        m_cells.column(u"converted"_qs, QT_TRANSLATE_NOOP("Report", "MQL within 180 days"), ValueKind::Count),
        m_cells.column(u"rate"_qs, QT_TRANSLATE_NOOP("Report", "Conversion"), ValueKind::Fraction),
        m_cells.column(u"status"_qs, QT_TRANSLATE_NOOP("Report", "Status"), ValueKind::Text)};
    for (const CohortRow &cohort : m_figures.byMonth.cohorts) {
        table.rows.push_back({m_cells.text(cohort.period.label()), m_cells.count(cohort.size),
                              m_cells.count(cohort.converted), m_cells.fraction(cohort.rate),
                              m_cells.flag(cohort.provisional, text(QT_TRANSLATE_NOOP("Report", "provisional")),
                                           text(QT_TRANSLATE_NOOP("Report", "final")))});
    }
    table.note =
        text(QT_TRANSLATE_NOOP("Report", "A cohort is provisional until 180 days have passed for every member. "
                                         "Band: 15–25 %."));
    return table;
}

ReportTable QuarterTables::timeToMqlByMonth() const
{
    ReportTable table;
    table.key = u"timeToMqlByMonth"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Time to MQL by month"));
    table.columns = {
        m_cells.column(u"month"_qs, QT_TRANSLATE_NOOP("Report", "Month of MQL"), ValueKind::Text),
        m_cells.column(u"mqls"_qs, QT_TRANSLATE_NOOP("Report", "MQLs"), ValueKind::Count),
        m_cells.column(u"lowerQuartile"_qs, QT_TRANSLATE_NOOP("Report", "Lower quartile (days)"), ValueKind::Days),
        m_cells.column(u"median"_qs, QT_TRANSLATE_NOOP("Report", "Median (days)"), ValueKind::Days),
        m_cells.column(u"upperQuartile"_qs, QT_TRANSLATE_NOOP("Report", "Upper quartile (days)"), ValueKind::Days),
        m_cells.column(u"mean"_qs, QT_TRANSLATE_NOOP("Report", "Mean (days)"), ValueKind::Days)};
    for (const TimeToMqlRow &row : m_figures.byMonth.timeToMql.perPeriod) {
        table.rows.push_back({m_cells.text(row.period.label()), m_cells.count(row.days.count),
                              m_cells.days(row.days.lowerQuartile), m_cells.days(row.days.median),
                              m_cells.days(row.days.upperQuartile), m_cells.days(row.days.mean)});
    }
    table.note = text(QT_TRANSLATE_NOOP("Report", "Days from IQL to MQL of the leads that became MQL in the month. "
                                                  "Band: 90–180 days."));
    return table;
}

ReportTable QuarterTables::timeToMqlHistogram() const
{
    ReportTable table;
    table.key = u"timeToMqlHistogram"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Time to MQL in %1")).arg(quarterLabel(QuarterFigures::This));
    table.columns = {m_cells.column(u"days"_qs, QT_TRANSLATE_NOOP("Report", "Days to MQL"), ValueKind::Text),
                     m_cells.column(u"mqls"_qs, QT_TRANSLATE_NOOP("Report", "MQLs"), ValueKind::Count)};
    const auto &counts = m_figures.byQuarter[QuarterFigures::This].timeToMql.histogram.counts;
    for (int bin = 0; bin < TimeToMqlHistogram::binCount; ++bin)
        table.rows.push_back({m_cells.text(TimeToMqlHistogram::binLabel(bin)), m_cells.count(counts[bin])});
    return table;
}

ReportTable QuarterTables::engagementByMonth() const
{
    ReportTable table;
    table.key = u"engagementByMonth"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Engagement by month"));
    table.columns = {m_cells.column(u"month"_qs, QT_TRANSLATE_NOOP("Report", "Month"), ValueKind::Text),
                     m_cells.column(u"iqls"_qs, QT_TRANSLATE_NOOP("Report", "IQLs during the month"), ValueKind::Count),
                     m_cells.column(u"engaged"_qs, QT_TRANSLATE_NOOP("Report", "With an event"), ValueKind::Count),
                     m_cells.column(u"rate"_qs, QT_TRANSLATE_NOOP("Report", "Engagement"), ValueKind::Fraction),
                     m_cells.column(u"status"_qs, QT_TRANSLATE_NOOP("Report", "Status"), ValueKind::Text)};
    for (const EngagementPoint &point : m_figures.byMonth.engagement) {
        table.rows.push_back({m_cells.text(point.month.label()), m_cells.count(point.iqls),
                              m_cells.count(point.engaged), m_cells.fraction(point.rate),
                              m_cells.flag(point.partial, text(QT_TRANSLATE_NOOP("Report", "partial month")),
                                           text(QT_TRANSLATE_NOOP("Report", "whole month")))});
    }
    table.note =
        text(QT_TRANSLATE_NOOP("Report", "Of the leads that were IQL during the month, the share with at least "
                                         "one event in it. Band: 35–50 %."));
    return table;
}

ReportTable QuarterTables::quality(Dimension dimension) const
{
    ReportTable table;
    const FunnelReport &report = m_figures.byQuarter[QuarterFigures::This];
    const QualityTable *source = nullptr;
    for (const QualityTable &candidate : report.quality) {
        if (candidate.dimension == dimension)
            source = &candidate;
    }
    const char *valueTitle = QT_TRANSLATE_NOOP("Report", "Source");
    table.key = u"qualityBySource"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "IQLs of %1 by source")).arg(quarterLabel(QuarterFigures::This));
    if (dimension == Dimension::Campaign) {
        valueTitle = QT_TRANSLATE_NOOP("Report", "Campaign");
        table.key = u"qualityByCampaign"_qs;
        table.title =
            text(QT_TRANSLATE_NOOP("Report", "IQLs of %1 by campaign")).arg(quarterLabel(QuarterFigures::This));
    } else if (dimension == Dimension::Industry) {
        valueTitle = QT_TRANSLATE_NOOP("Report", "Vertical");
        table.key = u"qualityByIndustry"_qs;
        table.title =
            text(QT_TRANSLATE_NOOP("Report", "IQLs of %1 by vertical")).arg(quarterLabel(QuarterFigures::This));
    }
    table.columns = {
        m_cells.column(u"value"_qs, valueTitle, ValueKind::Text),
        m_cells.column(u"iqls"_qs, QT_TRANSLATE_NOOP("Report", "IQLs"), ValueKind::Count),
        m_cells.column(u"converted"_qs, QT_TRANSLATE_NOOP("Report", "MQL within 180 days"), ValueKind::Count),
        m_cells.column(u"mqlRate"_qs, QT_TRANSLATE_NOOP("Report", "IQL → MQL"), ValueKind::Fraction),
        m_cells.column(u"customers"_qs, QT_TRANSLATE_NOOP("Report", "Customers"), ValueKind::Count),
        m_cells.column(u"customerRate"_qs, QT_TRANSLATE_NOOP("Report", "IQL → customer"), ValueKind::Fraction),
        m_cells.column(u"medianDaysToMql"_qs, QT_TRANSLATE_NOOP("Report", "Median days to MQL"), ValueKind::Days),
        m_cells.column(u"status"_qs, QT_TRANSLATE_NOOP("Report", "Status"), ValueKind::Text)};
    if (source) {
        for (const QualityRow &row : source->rows) {
            const QString value = row.value.isEmpty() ? text(QT_TRANSLATE_NOOP("Report", "(none)")) : row.value;
            table.rows.push_back({m_cells.shown(row.value, value), m_cells.count(row.iqls),
                                  m_cells.count(row.converted), m_cells.fraction(row.mqlRate),
                                  m_cells.count(row.customers), m_cells.fraction(row.customerRate),
                                  m_cells.days(row.medianDaysToMql),
                                  m_cells.flag(row.provisional, text(QT_TRANSLATE_NOOP("Report", "provisional")),
                                               text(QT_TRANSLATE_NOOP("Report", "final")))});
        }
    }
    table.note =
        text(QT_TRANSLATE_NOOP("Report", "The quarter's IQLs by their value, most first; IQL → customer counts "
                                         "customers won by the analysis date."));
    return table;
}

} // namespace LeadStage
