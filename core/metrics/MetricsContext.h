#pragma once

#include "LeadFacts.h"
#include "MetricsFilter.h"
#include "MetricsSnapshot.h"
#include "Period.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace LeadStage {

// One dashboard question: a snapshot, the leads a filter selects, a bucket, an
// analysis date and the time axis — and, for each selected lead, its LeadFacts:
// the per-lead definitions of DESIGN §4 and §5 that both the aggregates and the
// drill-downs read, so a number and the list of leads behind it never disagree.
//
// The time axis runs over whole periods: from the period holding `from` (else the
// first IQL or MQL month in the workspace) to the period holding the earlier of
// `to − 1` and the analysis date. A moment counts in a period when it lies in that
// period and not after the analysis date.
class MetricsContext
{
public:
    // DESIGN §5: converted = mql_at ≤ iql_at + 180 days.
    static constexpr std::int64_t conversionWindow = 180 * 86400;

    // `asOf` defaults to the snapshot's and is never later than it: the snapshot
    // knows nothing after the date it was scored at.
    MetricsContext(const MetricsSnapshot &snapshot, const MetricsFilter &filter, Bucket bucket,
                   std::optional<std::int64_t> asOf = std::nullopt);

    const MetricsSnapshot &snapshot() const { return m_snapshot; }
    const MetricsFilter &filter() const { return m_filter; }
    // One entry per selected lead, in snapshot (lead id) order.
    std::span<const LeadFacts> facts() const { return m_facts; }
    Bucket bucket() const { return m_bucket; }
    std::int64_t asOf() const { return m_asOf; }
    std::int32_t asOfMonth() const { return m_asOfMonth; }

    int periodCount() const { return m_periodCount; }
    Period period(int slot) const { return Period(m_bucket, m_firstPeriod + slot); }
    std::vector<Period> periods() const;
    int slotOf(Period period) const; // -1 when not on the axis or of another bucket
    // A cohort is final once its last possible member's 180 days have all passed.
    bool isProvisional(Period cohort) const;

    // Engagement is monthly whatever the bucket: the axis months up to the as-of month.
    int monthCount() const { return m_monthCount; }
    std::int32_t firstMonth() const { return m_firstMonth; }
    int monthSlot(std::int32_t monthIndex) const // -1 when not an engagement month
    {
        const std::int64_t slot = std::int64_t(monthIndex) - m_firstMonth;
        return slot >= 0 && slot < m_monthCount ? int(slot) : -1;
    }

    // Whether work over this many leads is worth splitting over two threads.
    static bool useSecondThread(std::size_t leads);

private:
    void buildAxis();
    void buildFacts(std::span<const std::uint32_t> rows);
    LeadFacts factsOf(std::uint32_t row) const;
    int slotOfMonthIndex(std::int32_t monthIndex) const;
    bool reached(std::int64_t time) const { return time != noTime && time <= m_asOf; }
    // A recorded or outcome moment, which may be undatedTime (see LeadFacts::Undated).
    enum class Reach { No, Dated, Undated, UndatedLeftOut };
    Reach reachOf(std::int64_t time) const;

public:
    // Whether a stage with this moment counts by the analysis date; an undated one sets
    // LeadFacts::Undated or UndatedLeftOut in `flags`.
    bool counts(std::int64_t time, std::uint8_t &flags) const;

private:
    const MetricsSnapshot &m_snapshot;
    MetricsFilter m_filter;
    Bucket m_bucket;
    std::int64_t m_asOf;
    std::int32_t m_asOfMonth;
    std::int32_t m_firstPeriod = 0;
    int m_periodCount = 0;
    std::int32_t m_firstMonth = 0;
    int m_monthCount = 0;
    std::int64_t m_createdFrom;
    std::int64_t m_createdTo;
    std::vector<LeadFacts> m_facts;
};

} // namespace LeadStage
