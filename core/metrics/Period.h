#pragma once

#include <QString>

#include <compare>
#include <cstdint>

namespace LeadStage {

// How the dashboard groups time: calendar months or calendar quarters, in UTC.
enum class Bucket : std::uint8_t { Month, Quarter };

// One calendar month or quarter in UTC, numbered so that consecutive periods have
// consecutive indexes (month index = year × 12 + month − 1, quarter = month index / 3).
// Metrics keep month indexes per lead, so a bucket change costs a division, not a
// calendar conversion.
class Period
{
public:
    Period() = default;
    Period(Bucket bucket, std::int32_t index)
        : m_bucket(bucket)
        , m_index(index)
    {}

    static Period containing(std::int64_t time, Bucket bucket);
    static Period ofMonth(std::int32_t monthIndex, Bucket bucket);
    static std::int32_t monthIndex(std::int64_t time);
    static std::int64_t monthStart(std::int32_t monthIndex);
    // The index of the bucket holding a month (floor division, also before year 0).
    static std::int32_t bucketIndex(std::int32_t monthIndex, Bucket bucket);

    Bucket bucket() const { return m_bucket; }
    std::int32_t index() const { return m_index; }
    std::int32_t firstMonth() const;
    std::int32_t lastMonth() const;
    std::int64_t start() const; // first second of the period
    std::int64_t end() const;   // first second after the period
    Period next() const { return Period(m_bucket, m_index + 1); }
    // "2025-03" for a month, "2025-Q1" for a quarter.
    QString label() const;

    auto operator<=>(const Period &) const = default;

private:
    Bucket m_bucket = Bucket::Month;
    std::int32_t m_index = 0;
};

} // namespace LeadStage
