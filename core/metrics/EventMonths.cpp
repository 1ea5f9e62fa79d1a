#include "EventMonths.h"

#include "Period.h"
#include "scoring/Moments.h"

#include <algorithm>
#include <limits>

namespace LeadStage::EventMonths {

namespace {

constexpr std::size_t markBytes = 8;

void putInt32(std::byte *at, std::int32_t value)
{
    const auto bits = std::uint32_t(value);
    for (int k = 0; k < 4; ++k)
        at[k] = std::byte((bits >> (8 * k)) & 0xFF);
}

std::int32_t int32At(const std::byte *at)
{
    std::uint32_t bits = 0;
    for (int k = 0; k < 4; ++k)
        bits |= std::uint32_t(at[k]) << (8 * k);
    return std::int32_t(bits);
}

} // namespace

void firstOfEachMonth(std::span<const std::int64_t> times, std::int64_t asOf, std::int64_t iqlAt, std::int64_t mqlAt,
                      std::vector<MonthMark> &marks)
{
    marks.clear();
    const std::int64_t from = iqlAt - windowMargin;
    const std::int64_t until = mqlAt == noTime ? asOf : std::min(asOf, mqlAt + windowMargin - 1);
    // Later events of a month already marked are skipped without working out their month.
    std::int64_t monthEnd = std::numeric_limits<std::int64_t>::min();
    for (const std::int64_t time : times) {
        if (time > until)
            break; // in time order: the rest are later still
        if (time < from || time < monthEnd)
            continue;
        const std::int32_t month = Period::monthIndex(time);
        const std::int64_t monthBegin = Period::monthStart(month);
        monthEnd = Period::monthStart(month + 1);
        marks.push_back(MonthMark{month, std::int32_t(time - monthBegin)});
    }
}

void encode(std::span<const std::int64_t> times, std::int64_t asOf, std::int64_t iqlAt, std::int64_t mqlAt,
            std::vector<std::byte> &bytes)
{
    // One buffer a thread: the rescore encodes a million leads on two.
    thread_local std::vector<MonthMark> marks;
    firstOfEachMonth(times, asOf, iqlAt, mqlAt, marks);
    // Sized once and written in place: a rescore encodes a million leads' months.
    bytes.resize(marks.size() * markBytes);
    std::byte *at = bytes.data();
    for (const MonthMark &mark : marks) {
        putInt32(at, mark.month);
        putInt32(at + 4, mark.secondsIntoMonth);
        at += markBytes;
    }
}

bool decode(std::span<const std::byte> bytes, std::vector<MonthMark> &marks)
{
    marks.clear();
    if (bytes.size() % markBytes != 0)
        return false;
    for (std::size_t at = 0; at < bytes.size(); at += markBytes) {
        const MonthMark mark{int32At(bytes.data() + at), int32At(bytes.data() + at + 4)};
        if ((!marks.empty() && mark.month <= marks.back().month) || mark.secondsIntoMonth < 0) {
            marks.clear();
            return false;
        }
        marks.push_back(mark);
    }
    return true;
}

} // namespace LeadStage::EventMonths
