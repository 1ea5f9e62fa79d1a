#include "EventRanges.h"

#include "EventBlocks.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/postgres/BinaryCopyRows.h"
#include "store/postgres/ServerConnection.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <new>
#include <numeric>

namespace LeadStage {

namespace {

constexpr std::int64_t rowsPerCount = 1 << 14;
constexpr std::int64_t outOfRangeActivity = 0xFFFF; // read as an unknown activity
constexpr std::int64_t largestDetailId = 0xFFFFFFFE;

Error cancelled()
{
    return Error{QCoreApplication::translate("ScoringError", "loading was cancelled"), QString()};
}

// One lead's events of one second: the key gives them by activity, then detail, so
// sorted by id they land in import order. Rows are written as read; a second that
// holds more than one is reordered in place when it ends.
struct SameSecond
{
    std::size_t first = 0; // its first row
    std::vector<std::int64_t> ids;
    std::vector<std::uint32_t> order;

    void end(EventRanges::Rows &rows)
    {
        if (ids.size() > 1 && !std::is_sorted(ids.begin(), ids.end())) {
            order.resize(ids.size());
            std::iota(order.begin(), order.end(), std::uint32_t(0));
            std::stable_sort(order.begin(), order.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; });
            const auto reorder = [&](auto &column) {
                const std::vector<std::decay_t<decltype(column[0])>> was(column.begin() + std::ptrdiff_t(first),
                                                                         column.end());
                for (std::size_t at = 0; at < order.size(); ++at)
                    column[first + at] = was[order[at]];
            };
            reorder(rows.activities);
            reorder(rows.details);
        }
        ids.clear();
    }
};

// Takes one range's rows in key order (lead, time, activity, detail) into Rows:
// a lead's run, same-second rows back in import order, progress counted now and then.
class RangeRows
{
public:
    RangeRows(EventRanges::Rows &rows, std::atomic<std::int64_t> &read, const std::atomic<bool> &stop,
              const QString &where)
        : m_rows(rows)
        , m_read(read)
        , m_stop(stop)
        , m_where(where)
    {}

    Status add(std::int64_t rowLead, std::int64_t rowTime, std::int64_t activity, std::int64_t detail, std::int64_t id)
    {
        if (m_rows.leads.empty() || rowLead != m_lead) {
            m_second.end(m_rows);
            m_rows.leads.emplace_back(rowLead, 0);
        } else if (rowTime != m_time) {
            m_second.end(m_rows);
        }
        if (m_second.ids.empty())
            m_second.first = m_rows.times.size();
        m_lead = rowLead;
        m_time = rowTime;
        if (detail < 0 || detail > largestDetailId)
            return Error{QCoreApplication::translate("ScoringError", "an event's detail id (%1) is beyond what "
                                                                     "scoring can hold")
                             .arg(detail),
                         m_where};
        m_rows.times.push_back(rowTime);
        m_rows.activities.push_back(
            std::uint16_t(activity >= 0 && activity < outOfRangeActivity ? activity : outOfRangeActivity));
        m_rows.details.push_back(std::uint32_t(detail));
        m_second.ids.push_back(id);
        ++m_rows.leads.back().second;
        if (++m_counted == rowsPerCount) {
            m_read.fetch_add(m_counted, std::memory_order_relaxed);
            m_counted = 0;
            if (m_stop.load(std::memory_order_relaxed))
                return cancelled();
        }
        return {};
    }

    void finish()
    {
        m_second.end(m_rows);
        m_read.fetch_add(m_counted, std::memory_order_relaxed);
        m_counted = 0;
    }

private:
    EventRanges::Rows &m_rows;
    std::atomic<std::int64_t> &m_read;
    const std::atomic<bool> &m_stop;
    const QString &m_where;
    SameSecond m_second;
    std::int64_t m_counted = 0;
    std::int64_t m_lead = 0;
    std::int64_t m_time = 0;
};

} // namespace

void EventRanges::Rows::clear()
{
    times.clear();
    activities.clear();
    details.clear();
    leads.clear();
}

Status EventRanges::plan(Database &database, std::size_t count, Sink sink)
{
    m_sink = std::move(sink);
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
    m_ready.assign(m_bounds.size(), std::nullopt);
    return {};
}

void EventRanges::planBlocks(std::vector<std::pair<std::int64_t, std::int64_t>> bounds, Sink sink)
{
    m_sink = std::move(sink);
    m_bounds = std::move(bounds);
    m_fromBlocks = true;
    m_ready.assign(m_bounds.size(), std::nullopt);
}

Status EventRanges::readOn(Database &connection, std::size_t reader, const std::atomic<bool> &stop)
{
    for (;;) {
        if (stop.load(std::memory_order_relaxed))
            return cancelled();
        const std::size_t range = m_next.fetch_add(1, std::memory_order_relaxed);
        if (range >= m_bounds.size())
            return {};
        // A thread of its own: nothing may escape it (std::terminate), a failure is a value.
        try {
            Rows rows;
            {
                const std::lock_guard lock(m_readMutex);
                if (!m_spare.empty()) {
                    rows = std::move(m_spare.back());
                    m_spare.pop_back();
                }
            }
            if (Status status = readRange(connection, range, rows, stop); !status)
                return status;
            {
                const std::lock_guard lock(m_readMutex);
                m_ready[range] = std::move(rows);
            }
            if (Status status = handOver(reader); !status)
                return status;
        } catch (const std::bad_alloc &) {
            return Error{QCoreApplication::translate("ScoringError", "not enough memory to load the events"),
                         connection.path()};
        }
    }
}

// Hands every range read in a row from the first not yet handed over to the sink.
Status EventRanges::handOver(std::size_t reader)
{
    const std::lock_guard order(m_sinkMutex);
    while (m_handed < m_bounds.size()) {
        Rows rows;
        {
            const std::lock_guard lock(m_readMutex);
            if (!m_ready[m_handed])
                return {};
            rows = std::move(*m_ready[m_handed]);
            m_ready[m_handed].reset();
        }
        if (Status status = m_sink(rows, reader); !status)
            return status;
        ++m_handed;
        rows.clear();
        const std::lock_guard lock(m_readMutex);
        m_spare.push_back(std::move(rows));
    }
    return {};
}

Status EventRanges::readRange(Database &connection, std::size_t range, Rows &rows, const std::atomic<bool> &stop)
{
    if (m_fromBlocks) {
        auto decoded = EventBlocks::read(connection, m_bounds[range].first, rows);
        if (!decoded)
            return decoded.error();
        if (!*decoded) {
            m_damagedBlock.store(true);
            return EventBlocks::damaged(connection.path());
        }
        m_read.fetch_add(std::int64_t(rows.times.size()), std::memory_order_relaxed);
        return stop.load(std::memory_order_relaxed) ? Status(cancelled()) : Status();
    }
    if (connection.isServer())
        return readServerRange(connection, range, rows, stop);
    // Only the lower end in SQL: SQLite would compare every row's key with the upper
    // end (a tenth of the scan), where the lead id read anyway tells when to stop.
    auto query = connection.prepare("SELECT lead_id, occurred_at, activity_id, detail_id, id FROM events "
                                    "WHERE lead_id >= ?1 ORDER BY lead_id, occurred_at");
    if (!query)
        return query.error();
    query->bind(1, m_bounds[range].first);
    const std::int64_t last = m_bounds[range].second;
    RangeRows out(rows, m_read, stop, connection.path());
    for (;;) {
        auto stepped = query->step();
        if (!stepped)
            return stepped.error();
        if (!*stepped)
            break;
        const std::int64_t lead = query->int64(0);
        if (lead > last)
            break;
        if (Status added = out.add(lead, query->int64(1), query->int64(2), query->int64(3), query->int64(4)); !added)
            return added;
    }
    out.finish();
    return {};
}

Status EventRanges::readServerRange(Database &connection, std::size_t range, Rows &rows, const std::atomic<bool> &stop)
{
    // COPY takes no parameters: the bounds are integers this load planned, written as
    // numbers. Binary: bigints as 8 bytes each, no text to parse. The order is the
    // primary key's (no sort on the server); RangeRows puts a second's rows in id order.
    const std::string copy =
        "COPY (SELECT lead_id, occurred_at, activity_id, detail_id, id FROM events WHERE lead_id BETWEEN "
        + std::to_string(m_bounds[range].first) + " AND " + std::to_string(m_bounds[range].second)
        + " ORDER BY lead_id, occurred_at) TO STDOUT (FORMAT binary)";
    RangeRows out(rows, m_read, stop, connection.path());
    BinaryCopyRows parser(5, [&](std::span<const std::int64_t> row, std::uint64_t) {
        return out.add(row[0], row[1], row[2], row[3], row[4]);
    });
    if (Status read = connection.server()->copyOut(
            copy, [&](std::string_view bytes) { return parser.feed(bytes); },
            QCoreApplication::translate("ScoringError", "reading the events for scoring"));
        !read)
        return read;
    if (!parser.complete())
        return Error{QCoreApplication::translate("ScoringError", "the server's copy of the events ended early"),
                     connection.path()};
    out.finish();
    return {};
}

} // namespace LeadStage
