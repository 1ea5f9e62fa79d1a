#include "MetricsContext.h"

#include "LeadSelection.h"
#include "common/SideBySide.h"

#include <algorithm>
#include <limits>
#include <thread>

namespace LeadStage {

namespace {

// Slots are 16-bit in LeadFacts; 32 767 months are 2 700 years.
constexpr int maxPeriods = std::numeric_limits<std::int16_t>::max();

} // namespace

MetricsContext::MetricsContext(const MetricsSnapshot &snapshot, const MetricsFilter &filter, Bucket bucket,
                               std::optional<std::int64_t> asOf)
    : m_snapshot(snapshot)
    , m_filter(filter)
    , m_bucket(bucket)
    , m_asOf(std::min(asOf.value_or(snapshot.asOf()), snapshot.asOf()))
    , m_asOfMonth(Period::monthIndex(m_asOf))
    , m_createdFrom(std::numeric_limits<std::int64_t>::min())
    , m_createdTo(std::numeric_limits<std::int64_t>::max())
{
    buildAxis();
    buildFacts(LeadSelection::rows(snapshot, filter));
}

void MetricsContext::buildAxis()
{
    std::optional<std::int32_t> first;
    if (m_filter.from)
        first = Period::containing(*m_filter.from, m_bucket).index();
    else if (m_snapshot.firstFunnelMonth())
        first = Period::bucketIndex(*m_snapshot.firstFunnelMonth(), m_bucket);
    const std::int64_t lastMoment = m_filter.to ? std::min(*m_filter.to - 1, m_asOf) : m_asOf;
    const std::int32_t last = Period::containing(lastMoment, m_bucket).index();
    if (!first || *first > last)
        return;
    m_firstPeriod = std::max(*first, last - maxPeriods + 1);
    m_periodCount = last - m_firstPeriod + 1;
    m_firstMonth = Period(m_bucket, m_firstPeriod).firstMonth();
    const std::int32_t lastMonth = std::min(period(m_periodCount - 1).lastMonth(), m_asOfMonth);
    m_monthCount = std::max(0, lastMonth - m_firstMonth + 1);
    if (m_filter.from)
        m_createdFrom = period(0).start();
    if (m_filter.to)
        m_createdTo = period(m_periodCount - 1).end();
}

// The facts of a million leads take one pass; on two cores each thread takes half.
void MetricsContext::buildFacts(std::span<const std::uint32_t> rows)
{
    m_facts.resize(rows.size());
    const auto fill = [this, rows](std::size_t begin, std::size_t end) {
        for (std::size_t index = begin; index < end; ++index)
            m_facts[index] = factsOf(rows[index]);
    };
    halvesSideBySide(useSecondThread(rows.size()), rows.size(), fill);
}

MetricsContext::Reach MetricsContext::reachOf(std::int64_t time) const
{
    if (time == undatedTime)
        return m_asOf >= m_snapshot.asOf() ? Reach::Undated : Reach::UndatedLeftOut;
    return reached(time) ? Reach::Dated : Reach::No;
}

bool MetricsContext::counts(std::int64_t time, std::uint8_t &flags) const
{
    switch (reachOf(time)) {
    case Reach::No:
        return false;
    case Reach::Dated:
        return true;
    case Reach::Undated:
        flags |= LeadFacts::Undated;
        return true;
    case Reach::UndatedLeftOut:
        flags |= LeadFacts::UndatedLeftOut;
        return false;
    }
    return false;
}

LeadFacts MetricsContext::factsOf(std::uint32_t row) const
{
    LeadFacts facts;
    facts.row = row;
    const std::int64_t iqlAt = m_snapshot.iqlAt(row), mqlAt = m_snapshot.mqlAt(row);
    std::uint8_t flags = 0;
    if (reached(iqlAt)) {
        flags |= LeadFacts::IqlReached;
        facts.iqlSlot = std::int16_t(slotOfMonthIndex(m_snapshot.iqlMonth(row)));
        if (iqlAt + conversionWindow > m_asOf)
            flags |= LeadFacts::WindowOpen;
    }
    if (reached(mqlAt)) {
        flags |= LeadFacts::MqlReached;
        facts.mqlSlot = std::int16_t(slotOfMonthIndex(m_snapshot.mqlMonth(row)));
    }
    if ((flags & LeadFacts::IqlReached) && (flags & LeadFacts::MqlReached)) {
        const std::int64_t seconds = mqlAt - iqlAt;
        facts.secondsToMql =
            std::int32_t(std::clamp<std::int64_t>(seconds, 0, std::numeric_limits<std::int32_t>::max()));
        if (seconds <= conversionWindow)
            flags |= LeadFacts::Converted;
    }
    // DESIGN §4: the current stage is the furthest reached by the analysis date,
    // outcomes above the scored stages. "Ever reached" goes by each stage's own
    // moment, so a straight-to-MQL lead has reached MQL but never IQL. Moments never
    // move back, so an analysis date before the snapshot's is answered exactly.
    const std::int64_t moments[] = {m_snapshot.createdAt(row),
                                    iqlAt,
                                    mqlAt,
                                    m_snapshot.pqlAt(row),
                                    m_snapshot.sqlAt(row),
                                    m_snapshot.opportunityAt(row),
                                    m_snapshot.customerAt(row)};
    // Outcomes (SQL and on) may be undated: they count at the snapshot's analysis date.
    for (std::uint8_t stage = 0; stage < 7; ++stage)
        if (stage == 0 || (stage < 4 ? reached(moments[stage]) : counts(moments[stage], flags))) {
            facts.everReached |= std::uint8_t(1u << stage);
            facts.stage = stage;
        }
    if (facts.everReached & (1u << 6))
        flags |= LeadFacts::Customer;
    const std::int64_t created = m_snapshot.createdAt(row);
    if (created <= m_asOf && created >= m_createdFrom && created < m_createdTo)
        flags |= LeadFacts::InFunnel;
    facts.flags = flags;
    return facts;
}

bool MetricsContext::useSecondThread(std::size_t leads)
{
    // Below a quarter of a million leads a second thread costs more than it saves.
    return leads >= (1u << 18) && std::thread::hardware_concurrency() >= 2;
}

std::vector<Period> MetricsContext::periods() const
{
    std::vector<Period> all;
    all.reserve(std::size_t(m_periodCount));
    for (int slot = 0; slot < m_periodCount; ++slot)
        all.push_back(period(slot));
    return all;
}

int MetricsContext::slotOf(Period period) const
{
    if (period.bucket() != m_bucket)
        return -1;
    const std::int64_t slot = std::int64_t(period.index()) - m_firstPeriod;
    return slot >= 0 && slot < m_periodCount ? int(slot) : -1;
}

bool MetricsContext::isProvisional(Period cohort) const
{
    return cohort.end() - 1 + conversionWindow > m_asOf;
}

int MetricsContext::slotOfMonthIndex(std::int32_t monthIndex) const
{
    const std::int64_t slot = std::int64_t(Period::bucketIndex(monthIndex, m_bucket)) - m_firstPeriod;
    return slot >= 0 && slot < m_periodCount ? int(slot) : -1;
}

} // namespace LeadStage
