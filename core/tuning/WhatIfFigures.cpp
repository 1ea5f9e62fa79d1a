#include "WhatIfFigures.h"

#include "metrics/DashboardFormat.h"
#include "metrics/KpiFigures.h"
#include "metrics/KpiText.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace LeadStage {

namespace {

QString exact(double value)
{
    return QLocale().toString(value, 'f', 4);
}

template <typename Row, typename PeriodOf>
const Row *rowAt(const std::vector<Row> &rows, const std::optional<Period> &period, PeriodOf periodOf)
{
    if (!period)
        return nullptr;
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const Row &row) { return periodOf(row) == *period; });
    return found == rows.end() ? nullptr : &*found;
}

// The exact figure behind a tile's value, with the counts it comes from.
QString exactOf(const FunnelReport &report, const KpiFigure &figure)
{
    if (!figure.value || !figure.period)
        return WhatIfFigures::tr("no value (%1)").arg(KpiText::of(figure).period);
    const QString period = figure.period->label();
    switch (figure.metric) {
    case IqlMetric::Generation:
        return WhatIfFigures::tr("%1 IQLs in %2").arg(DashboardFormat::count(int(*figure.value)), period);
    case IqlMetric::Conversion:
        if (const CohortRow *row = rowAt(report.cohorts, figure.period, [](const CohortRow &r) { return r.period; }))
            return WhatIfFigures::tr("%1 of the %2 IQLs of %3 reached MQL within 180 days: %4 %")
                .arg(DashboardFormat::count(row->converted), DashboardFormat::count(row->size), period,
                     exact(*figure.value * 100.0));
        break;
    case IqlMetric::TimeToMql:
        if (const TimeToMqlRow *row =
                rowAt(report.timeToMql.perPeriod, figure.period, [](const TimeToMqlRow &r) { return r.period; }))
            return WhatIfFigures::tr("median %1 days over the %2 leads whose MQL fell in %3 (mean %4 days)")
                .arg(exact(*figure.value), DashboardFormat::count(row->days.count), period,
                     row->days.mean ? exact(*row->days.mean) : u"–"_qs);
        break;
    case IqlMetric::Engagement:
        if (const EngagementPoint *row =
                rowAt(report.engagement, figure.period, [](const EngagementPoint &p) { return p.month; }))
            return WhatIfFigures::tr("%1 of the %2 leads that were IQL in %3 had an event in it: %4 %")
                .arg(DashboardFormat::count(row->engaged), DashboardFormat::count(row->iqls), period,
                     exact(*figure.value * 100.0));
        break;
    }
    return exact(*figure.value);
}

WhatIfFigure metricFigure(const DraftComparison &comparison, IqlMetric metric)
{
    const KpiFigure active = KpiFigure::of(comparison.active, metric);
    const KpiFigure draft = KpiFigure::of(comparison.draft, metric);
    const KpiText activeText = KpiText::of(active);
    const KpiText draftText = KpiText::of(draft);
    WhatIfFigure figure;
    figure.label = activeText.title;
    figure.period = activeText.period == draftText.period
                        ? activeText.period
                        : WhatIfFigures::tr("%1 (draft: %2)").arg(activeText.period, draftText.period);
    figure.active = activeText.value;
    figure.draft = draftText.value;
    figure.change = active.value && draft.value ? KpiText::changeOf(metric, *draft.value - *active.value) : u"–"_qs;
    figure.differs = active.value != draft.value || active.period != draft.period;
    figure.details = WhatIfFigures::tr("%1\nActive model: %2\nDraft: %3")
                         .arg(figure.label, exactOf(comparison.active, active), exactOf(comparison.draft, draft));
    return figure;
}

WhatIfFigure stageFigure(const DraftComparison &comparison, Stage stage, const QString &asOf)
{
    const std::size_t s = std::size_t(stage);
    const int active = comparison.active.stages.current[s];
    const int draft = comparison.draft.stages.current[s];
    WhatIfFigure figure;
    figure.label = stageTitle(stage);
    figure.active = DashboardFormat::count(active);
    figure.draft = DashboardFormat::count(draft);
    figure.change = DashboardFormat::signedCount(draft - active);
    figure.differs = active != draft;
    figure.details =
        WhatIfFigures::tr("Leads whose furthest stage on %1 is %2: %3 under the active model, %4 under the draft.\n"
                          "Ever reached %2 by then: %5 and %6.")
            .arg(asOf, figure.label, figure.active, figure.draft,
                 DashboardFormat::count(comparison.active.stages.everReached[s]),
                 DashboardFormat::count(comparison.draft.stages.everReached[s]));
    return figure;
}

QString isoDate(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace

bool WhatIfFigures::sameNumbers() const
{
    const auto differs = [](const WhatIfFigure &figure) { return figure.differs; };
    return changedLeads == 0 && std::none_of(stages.begin(), stages.end(), differs)
           && std::none_of(metrics.begin(), metrics.end(), differs);
}

WhatIfFigures WhatIfFigures::of(const DraftComparison &comparison, const MetricsFilter &filter)
{
    WhatIfFigures figures;
    const QString asOf = isoDate(comparison.active.asOf);
    for (std::size_t s = 0; s < StageChanges::stageCount; ++s)
        figures.stages.push_back(stageFigure(comparison, Stage(s), asOf));
    for (const IqlMetric metric :
         {IqlMetric::Generation, IqlMetric::Conversion, IqlMetric::TimeToMql, IqlMetric::Engagement})
        figures.metrics.push_back(metricFigure(comparison, metric));
    for (std::size_t from = 0; from < StageChanges::stageCount; ++from)
        for (std::size_t to = 0; to < StageChanges::stageCount; ++to)
            if (from != to && comparison.changes.matrix()[from][to] > 0)
                figures.moves.push_back({Stage(from), Stage(to), comparison.changes.matrix()[from][to]});
    std::stable_sort(figures.moves.begin(), figures.moves.end(),
                     [](const WhatIfMove &a, const WhatIfMove &b) { return a.leads > b.leads; });
    figures.changedLeads = comparison.changes.changed();
    figures.countedLeads = comparison.changes.leads();
    figures.scope = scopeOf(comparison.active, filter);
    return figures;
}

QString WhatIfFigures::scopeOf(const FunnelReport &report, const MetricsFilter &filter)
{
    QString range = report.periods.empty() ? tr("no period")
                    : report.periods.size() == 1
                        ? report.periods.front().label()
                        : tr("%1 – %2").arg(report.periods.front().label(), report.periods.back().label());
    QString text =
        tr("%1 by %2, as of %3")
            .arg(range, report.bucket == Bucket::Quarter ? tr("quarter") : tr("month"), isoDate(report.asOf));
    const std::array<QString, dimensionCount> names = {tr("sources"), tr("campaigns"), tr("industries"),
                                                       tr("countries")};
    QStringList parts;
    for (int d = 0; d < dimensionCount; ++d)
        if (!filter.values(Dimension(d)).isEmpty())
            parts << tr("%1: %2").arg(names[std::size_t(d)], filter.values(Dimension(d)).join(u", "_qs));
    if (!filter.grades.empty()) {
        QStringList grades;
        for (const Grade grade : filter.grades)
            grades << gradeName(grade);
        parts << tr("grades: %1").arg(grades.join(u", "_qs));
    }
    return text + u" · "_qs + (parts.isEmpty() ? tr("all leads") : parts.join(u"; "_qs));
}

} // namespace LeadStage
