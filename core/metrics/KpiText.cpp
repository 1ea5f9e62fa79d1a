#include "KpiText.h"

#include "DashboardFormat.h"

#include <QLocale>

namespace LeadStage {

QString KpiText::valueOf(IqlMetric metric, std::optional<double> value)
{
    switch (metric) {
    case IqlMetric::Generation:
        return value ? tr("%1 IQLs").arg(DashboardFormat::count(int(*value))) : u"–"_qs;
    case IqlMetric::Conversion:
    case IqlMetric::Engagement:
        return DashboardFormat::percent(value);
    case IqlMetric::TimeToMql:
        return DashboardFormat::days(value);
    }
    return {};
}

QString KpiText::titleOf(IqlMetric metric)
{
    switch (metric) {
    case IqlMetric::Generation:
        return tr("IQL generation");
    case IqlMetric::Conversion:
        return tr("IQL → MQL conversion (180 days)");
    case IqlMetric::TimeToMql:
        return tr("Median time to MQL");
    case IqlMetric::Engagement:
        return tr("Engagement rate");
    }
    return {};
}

QString KpiText::changeOf(IqlMetric metric, double change)
{
    switch (metric) {
    case IqlMetric::Generation:
        return DashboardFormat::signedCount(change);
    case IqlMetric::Conversion:
    case IqlMetric::Engagement:
        return DashboardFormat::signedPoints(change);
    case IqlMetric::TimeToMql:
        return DashboardFormat::signedDays(change);
    }
    return {};
}

QString KpiText::bandRange(const ReferenceBand &band)
{
    const QLocale locale; // the window's language, as DashboardFormat
    const bool rate = band.metric == IqlMetric::Conversion || band.metric == IqlMetric::Engagement;
    const double scale = rate ? 100.0 : 1.0;
    return locale.toString(band.low * scale, 'g', 4) + u"–"_qs + locale.toString(band.high * scale, 'g', 4) + u' '
           + QCoreApplication::translate("ReferenceBands", band.unit.toUtf8().constData());
}

KpiText KpiText::of(const KpiFigure &figure)
{
    KpiText text;
    text.title = titleOf(figure.metric);
    text.value = valueOf(figure.metric, figure.value);
    text.period = figure.period ? figure.period->label() : tr("no final period yet");
    if (figure.value && figure.previous && figure.previousPeriod)
        text.change =
            tr("%1 vs %2")
                .arg(changeOf(figure.metric, *figure.value - *figure.previous), figure.previousPeriod->label());
    else
        text.change = tr("no previous period");

    const QString range = bandRange(ReferenceBands::of(figure.metric));
    if (!figure.value) {
        text.band = tr("Band %1").arg(range);
    } else if (figure.bandNotComparable) {
        text.band = tr("Band %1 (all leads only)").arg(range);
    } else if (!figure.band) {
        text.band = tr("Band %1 (judged per month)").arg(range);
    } else {
        const QString where = *figure.band == BandPosition::Below    ? tr("Below")
                              : *figure.band == BandPosition::Within ? tr("Within")
                                                                     : tr("Above");
        text.band = tr("%1 band %2").arg(where, range);
    }
    return text;
}

} // namespace LeadStage
