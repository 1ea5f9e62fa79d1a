#include "FigureText.h"

#include <cmath>

namespace LeadStage::Commands {

QString percent(double share)
{
    return std::isfinite(share) ? QString::number(100 * share, 'f', 1) + u" %"_qs : u"–"_qs;
}

QString decimal(double value, int digits)
{
    return std::isfinite(value) ? QString::number(value, 'f', digits) : u"–"_qs;
}

QString signedDecimal(double value)
{
    return std::isfinite(value) ? (value >= 0 ? u"+"_qs : QString()) + QString::number(value, 'f', 3) : u"–"_qs;
}

} // namespace LeadStage::Commands
