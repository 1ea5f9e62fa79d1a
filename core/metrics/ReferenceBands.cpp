#include "ReferenceBands.h"

#include <QCoreApplication>

namespace LeadStage {

BandPosition ReferenceBand::position(double value) const
{
    if (value < low)
        return BandPosition::Below;
    return value > high ? BandPosition::Above : BandPosition::Within;
}

const std::array<ReferenceBand, 4> &ReferenceBands::all()
{
    // The units stay English here (the command line prints them); KpiText translates them for the window.
    static const std::array<ReferenceBand, 4> bands = {
        ReferenceBand{IqlMetric::Generation, 300, 500,
                      QString::fromUtf8(QT_TRANSLATE_NOOP("ReferenceBands", "IQLs / month"))},
        ReferenceBand{IqlMetric::Conversion, 0.15, 0.25, u"%"_qs},
        ReferenceBand{IqlMetric::TimeToMql, 90, 180, QString::fromUtf8(QT_TRANSLATE_NOOP("ReferenceBands", "days"))},
        ReferenceBand{IqlMetric::Engagement, 0.35, 0.50, u"%"_qs},
    };
    return bands;
}

const ReferenceBand &ReferenceBands::of(IqlMetric metric)
{
    return all()[std::size_t(metric)];
}

std::optional<BandPosition> ReferenceBands::position(IqlMetric metric, std::optional<double> value)
{
    if (!value)
        return std::nullopt;
    return of(metric).position(*value);
}

} // namespace LeadStage
