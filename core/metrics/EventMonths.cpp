#include "EventMonths.h"

#include "Period.h"
#include "scoring/Moments.h"

namespace LeadStage::EventMonths {

namespace {

constexpr std::size_t markBytes = 8;

void appendInt32(std::vector<std::byte> &bytes, std::int32_t value)
{
    const auto bits = std::uint32_t(value);
    for (int shift = 0; shift < 32; shift += 8)
        bytes.push_back(std::byte((bits >> shift) & 0xFF));
}

std::int32_t int32At(const std::byte *at)
{
    std::uint32_t bits = 0;
    for (int k = 0; k < 4; ++k)
        bits |= std::uint32_t(at[k]) << (8 * k);
    return std::int32_t(bits);
}

} // namespace

bool inWindow(std::int64_t time, std::int64_t asOf, std::int64_t iqlAt, std::int64_t mqlAt)
{
    return iqlAt != noTime && time <= asOf && time >= iqlAt - windowMargin
           && (mqlAt == noTime || time < mqlAt + windowMargin);
}

void encode(std::span<const std::int64_t> times, std::int64_t asOf, std::int64_t iqlAt, std::int64_t mqlAt,
            std::vector<std::byte> &bytes)
{
    bytes.clear();
    // The month of the last kept event as [monthBegin, monthEnd): most events fall in
    // it, and a comparison is cheaper than working out the calendar month of each.
    std::int64_t monthBegin = 0, monthEnd = 0;
    for (const std::int64_t time : times) {
        if (!inWindow(time, asOf, iqlAt, mqlAt) || (!bytes.empty() && time >= monthBegin && time < monthEnd))
            continue;
        const std::int32_t month = Period::monthIndex(time);
        monthBegin = Period::monthStart(month);
        monthEnd = Period::monthStart(month + 1);
        appendInt32(bytes, month);
        appendInt32(bytes, std::int32_t(time - monthBegin));
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
