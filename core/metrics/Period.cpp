#include "Period.h"

#include "common/TimeFormat.h"
#include "scoring/Moments.h"

namespace LeadStage {

namespace {

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

} // namespace

std::int32_t Period::monthIndex(std::int64_t time)
{
    int year = 0, month = 0, day = 0;
    civilFromDays(floorDiv(time, secondsPerDay), year, month, day);
    return std::int32_t(year * 12 + month - 1);
}

std::int64_t Period::monthStart(std::int32_t monthIndex)
{
    const auto year = std::int32_t(floorDiv(monthIndex, 12));
    const int month = int(monthIndex - year * 12) + 1;
    return daysFromCivil(year, month, 1) * secondsPerDay;
}

std::int32_t Period::bucketIndex(std::int32_t monthIndex, Bucket bucket)
{
    return bucket == Bucket::Month ? monthIndex : std::int32_t(floorDiv(monthIndex, 3));
}

Period Period::ofMonth(std::int32_t monthIndex, Bucket bucket)
{
    return Period(bucket, bucketIndex(monthIndex, bucket));
}

Period Period::containing(std::int64_t time, Bucket bucket)
{
    return ofMonth(monthIndex(time), bucket);
}

std::int32_t Period::firstMonth() const
{
    return m_bucket == Bucket::Month ? m_index : m_index * 3;
}

std::int32_t Period::lastMonth() const
{
    return m_bucket == Bucket::Month ? m_index : m_index * 3 + 2;
}

std::int64_t Period::start() const
{
    return monthStart(firstMonth());
}

std::int64_t Period::end() const
{
    return monthStart(lastMonth() + 1);
}

QString Period::label() const
{
    const auto year = std::int32_t(floorDiv(firstMonth(), 12));
    const int month = int(firstMonth() - year * 12) + 1;
    if (m_bucket == Bucket::Quarter)
        return u"%1-Q%2"_qs.arg(year).arg((month - 1) / 3 + 1);
    return u"%1-%2"_qs.arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace LeadStage
