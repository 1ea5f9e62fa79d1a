#include "DashboardTime.h"

#include <QDateTime>
#include <QTimeZone>

namespace LeadStage::DashboardTime {

std::optional<std::int64_t> startOf(const QDate &from)
{
    if (!from.isValid())
        return std::nullopt;
    return from.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
}

std::optional<std::int64_t> endOf(const QDate &to)
{
    if (!to.isValid())
        return std::nullopt;
    return to.addDays(1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
}

QDate dateOfStart(std::optional<std::int64_t> from)
{
    return from ? QDateTime::fromSecsSinceEpoch(*from, QTimeZone::utc()).date() : QDate();
}

QDate dateOfEnd(std::optional<std::int64_t> to)
{
    return to ? QDateTime::fromSecsSinceEpoch(*to - 1, QTimeZone::utc()).date() : QDate();
}

} // namespace LeadStage::DashboardTime
