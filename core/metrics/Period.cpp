#include "Period.h"

#include "common/TimeFormat.h"
#include "scoring/Moments.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace LeadStage {

namespace {

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

std::int32_t civilMonthIndex(std::int64_t time)
{
    int year = 0, month = 0, day = 0;
    civilFromDays(floorDiv(time, secondsPerDay), year, month, day);
    return std::int32_t(year * 12 + month - 1);
}

std::int64_t civilMonthStart(std::int32_t monthIndex)
{
    const auto year = std::int32_t(floorDiv(monthIndex, 12));
    const int month = int(monthIndex - year * 12) + 1;
    return daysFromCivil(year, month, 1) * secondsPerDay;
}

// The months of 1900-2199 looked up rather than worked out: a rescore asks for a time's
// month and a month's start tens of millions of times (the lead-state rows' event months,
// three times a lead), and the calendar's arithmetic was a sixth of a model activation.
class MonthTable
{
public:
    static constexpr std::int32_t firstMonth = 1900 * 12;
    static constexpr std::int32_t months = 300 * 12;

    MonthTable()
    {
        m_starts.reserve(std::size_t(months) + 1);
        for (std::int32_t month = firstMonth; month <= firstMonth + months; ++month)
            m_starts.push_back(civilMonthStart(month));
        m_firstDay = m_starts.front() / secondsPerDay;
        m_monthOfDay.resize(std::size_t(m_starts.back() / secondsPerDay - m_firstDay));
        for (std::int32_t month = 0; month < months; ++month)
            std::fill(m_monthOfDay.begin() + (m_starts[std::size_t(month)] / secondsPerDay - m_firstDay),
                      m_monthOfDay.begin() + (m_starts[std::size_t(month) + 1] / secondsPerDay - m_firstDay),
                      std::uint16_t(month));
    }

    // nullopt outside the table.
    std::optional<std::int32_t> monthOf(std::int64_t time) const
    {
        const std::int64_t day = floorDiv(time, secondsPerDay) - m_firstDay;
        if (day < 0 || day >= std::int64_t(m_monthOfDay.size()))
            return std::nullopt;
        return firstMonth + m_monthOfDay[std::size_t(day)];
    }
    // nullopt outside the table.
    std::optional<std::int64_t> startOf(std::int32_t monthIndex) const
    {
        const std::int64_t at = std::int64_t(monthIndex) - firstMonth;
        return at >= 0 && at <= months ? std::optional<std::int64_t>(m_starts[std::size_t(at)]) : std::nullopt;
    }

private:
    std::vector<std::int64_t> m_starts; // months + 1 firsts, in seconds
    std::int64_t m_firstDay = 0;        // of 1900-01-01, in days since the epoch
    std::vector<std::uint16_t> m_monthOfDay;
};

const MonthTable &monthTable()
{
    static const MonthTable table;
    return table;
}

} // namespace

std::int32_t Period::monthIndex(std::int64_t time)
{
    const std::optional<std::int32_t> month = monthTable().monthOf(time);
    return month ? *month : civilMonthIndex(time);
}

std::int64_t Period::monthStart(std::int32_t monthIndex)
{
    const std::optional<std::int64_t> start = monthTable().startOf(monthIndex);
    return start ? *start : civilMonthStart(monthIndex);
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
