#include "QuarterFigures.h"

#include "common/TimeFormat.h"
#include "metrics/FunnelMetrics.h"
#include "metrics/MetricsSnapshot.h"

#include <QCoreApplication>
#include <future>

namespace LeadStage {

MetricsFilter QuarterFigures::filterFor(const ReportRequest &request, Period from, Period to)
{
    MetricsFilter filter = request.filter;
    filter.from = from.start();
    filter.to = to.end();
    return filter;
}

Result<QuarterFigures> QuarterFigures::compute(const MetricsSnapshot &snapshot, const ReportRequest &request)
{
    QuarterFigures figures;
    // Never later than the snapshot: it knows nothing after the date it was scored at.
    figures.asOf = request.asOf ? std::min(*request.asOf, snapshot.asOf()) : snapshot.asOf();
    const Period quarter = request.quarter;
    if (quarter.start() > figures.asOf)
        return Error{
            QCoreApplication::translate("ReportError", "the quarter %1 starts after the analysis date %2")
                .arg(quarter.label(), isoDate(figures.asOf)),
            {},
            0,
            0,
            QCoreApplication::translate("ReportError", "Choose %1 or an earlier quarter, or import newer data.")
                .arg(Period::containing(figures.asOf, Bucket::Quarter).label())};
    // An analysis date on the quarter's last day (the data's latest moment, 23:59:58)
    // closes the quarter; an earlier one leaves part of it out.
    figures.partial = figures.asOf < quarter.end() - 86400;
    figures.quarters = {quarter, Period(Bucket::Quarter, quarter.index() - 1),
                        Period(Bucket::Quarter, quarter.index() - 4)};

    // Four independent passes over the snapshot: two at a time on the two cores.
    auto trend = std::async(std::launch::async, [&] {
        const MetricsFilter filter = filterFor(request, figures.quarters[YearEarlier], quarter);
        return FunnelMetrics(snapshot, filter, Bucket::Month, figures.asOf).compute();
    });
    for (int column = 0; column < columns; ++column) {
        const Period period = figures.quarters[column];
        figures.byQuarter[column] =
            FunnelMetrics(snapshot, filterFor(request, period, period), Bucket::Quarter, figures.asOf).compute();
    }
    figures.byMonth = trend.get();
    return figures;
}

} // namespace LeadStage
