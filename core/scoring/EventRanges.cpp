#include "EventRanges.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <new>

namespace LeadStage {

namespace {

constexpr std::int64_t rowsPerCount = 1 << 14;
constexpr std::int64_t outOfRangeActivity = 0xFFFF; // read as an unknown activity
constexpr std::int64_t largestDetailId = 0xFFFFFFFE;

Error cancelled()
{
    return Error{QCoreApplication::translate("ScoringError", "loading was cancelled"), QString()};
}

// One lead's events of one second, kept until the second ends: sorted by id, they
// land in import order whatever order the key gave them (activity, then detail).
struct SameSecond
{
    std::vector<std::pair<std::int64_t, EventRanges::Row>> rows;

    void flushInto(std::vector<EventRanges::Row> &out)
    {
        if (rows.size() > 1)
            std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &row : rows)
            out.push_back(row.second);
        rows.clear();
    }
};

} // namespace

Status EventRanges::plan(Database &database, std::size_t count)
{
    // Both ends are one step down the key (or the old index) each: as two queries, for
    // SQLite takes min() and max() from an index only when each is alone in its query.
    auto ends = database.prepare("SELECT (SELECT min(lead_id) FROM events), (SELECT max(lead_id) FROM events)");
    if (!ends)
        return ends.error();
    auto row = ends->step();
    if (!row)
        return row.error();
    m_bounds.clear();
    if (!*row || ends->isNull(0))
        return {};
    const std::int64_t first = ends->int64(0), last = ends->int64(1);
    const std::uint64_t width = std::max<std::uint64_t>(1, (std::uint64_t(last - first) + count) / count);
    for (std::int64_t from = first; from <= last;) {
        const std::int64_t to = std::uint64_t(last - from) < width ? last : from + std::int64_t(width) - 1;
        m_bounds.emplace_back(from, to);
        if (to == last)
            break;
        from = to + 1;
    }
    // Open above: a lead committed since the ends were read still gets its events.
    m_bounds.back().second = std::numeric_limits<std::int64_t>::max();
    m_rows.assign(m_bounds.size(), {});
    return {};
}

Status EventRanges::readOn(Database &connection, const std::atomic<bool> &stop)
{
    for (;;) {
        if (stop.load(std::memory_order_relaxed))
            return cancelled();
        const std::size_t range = m_next.fetch_add(1, std::memory_order_relaxed);
        if (range >= m_bounds.size())
            return {};
        // A thread of its own: nothing may escape it (std::terminate), a failure is a value.
        try {
            if (Status status = readRange(connection, range, stop); !status)
                return status;
        } catch (const std::bad_alloc &) {
            return Error{QCoreApplication::translate("ScoringError", "not enough memory to load the events"),
                         connection.path()};
        }
    }
}

Status EventRanges::readRange(Database &connection, std::size_t range, const std::atomic<bool> &stop)
{
    auto query = connection.prepare("SELECT lead_id, occurred_at, activity_id, detail_id, id FROM events "
                                    "WHERE lead_id BETWEEN ?1 AND ?2 ORDER BY lead_id, occurred_at");
    if (!query)
        return query.error();
    query->bind(1, m_bounds[range].first).bind(2, m_bounds[range].second);
    std::vector<Row> &rows = m_rows[range];
    SameSecond second;
    std::int64_t counted = 0;
    for (;;) {
        auto stepped = query->step();
        if (!stepped)
            return stepped.error();
        if (!*stepped)
            break;
        const std::int64_t lead = query->int64(0), time = query->int64(1);
        if (!second.rows.empty()
            && (second.rows.front().second.leadId != lead || second.rows.front().second.time != time))
            second.flushInto(rows);
        const std::int64_t activity = query->int64(2), detail = query->int64(3);
        if (detail < 0 || detail > largestDetailId)
            return Error{QCoreApplication::translate("ScoringError", "an event's detail id (%1) is beyond what "
                                                                     "scoring can hold")
                             .arg(detail),
                         connection.path()};
        const auto activityId =
            std::uint16_t(activity >= 0 && activity < outOfRangeActivity ? activity : outOfRangeActivity);
        second.rows.push_back({query->int64(4), Row{lead, time, std::uint32_t(detail), activityId}});
        if (++counted == rowsPerCount) {
            m_read.fetch_add(counted, std::memory_order_relaxed);
            counted = 0;
            if (stop.load(std::memory_order_relaxed))
                return cancelled();
        }
    }
    second.flushInto(rows);
    m_read.fetch_add(counted, std::memory_order_relaxed);
    return {};
}

} // namespace LeadStage
