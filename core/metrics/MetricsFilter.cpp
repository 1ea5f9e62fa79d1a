#include "MetricsFilter.h"

namespace LeadStage {

const QStringList &MetricsFilter::values(Dimension dimension) const
{
    switch (dimension) {
    case Dimension::Source:
        return sources;
    case Dimension::Campaign:
        return campaigns;
    case Dimension::Industry:
        return industries;
    case Dimension::Country:
        break;
    }
    return countries;
}

QStringList &MetricsFilter::values(Dimension dimension)
{
    return const_cast<QStringList &>(std::as_const(*this).values(dimension));
}

} // namespace LeadStage
