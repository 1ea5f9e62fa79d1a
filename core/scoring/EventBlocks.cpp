#include "EventBlocks.h"

#include "PackedBlockTable.h"
#include "common/PackedNumbers.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/WatchedCopy.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace LeadStage::EventBlocks {

namespace {

// The first byte of every block: a later layout gets another number, and a block of one
// this build does not know reads as damaged, so the load reads the rows instead.
constexpr std::byte layout{1};

using PackedNumbers::difference;
using PackedNumbers::put;
using PackedNumbers::putSigned;
using PackedNumbers::Reader;
using PackedNumbers::sum;

// The copy of the events these blocks are, kept true by triggers on events.
const WatchedCopy &copy()
{
    static const WatchedCopy blocks("event_blocks", "events");
    return blocks;
}

} // namespace

std::vector<std::byte> pack(const EventRanges::Rows &rows)
{
    std::vector<std::byte> out;
    out.reserve(16 + rows.leads.size() * 4 + rows.times.size() * 6);
    out.push_back(layout);
    put(out, rows.leads.size());
    put(out, rows.times.size());
    std::int64_t previous = 0;
    for (const auto &[leadId, count] : rows.leads) {
        putSigned(out, difference(leadId, previous));
        put(out, count);
        previous = leadId;
    }
    previous = 0;
    for (const std::int64_t time : rows.times) {
        putSigned(out, difference(time, previous));
        previous = time;
    }
    for (const std::uint16_t activity : rows.activities)
        put(out, activity);
    for (const std::uint32_t detail : rows.details)
        put(out, detail);
    return out;
}

namespace {

// False, with `rows` part filled, on the first sign of damage.
bool decode(std::span<const std::byte> data, EventRanges::Rows &rows)
{
    Reader in{data};
    if (data.empty() || data[0] != layout)
        return false;
    in.at = 1;
    const std::uint64_t leads = in.number(), events = in.number();
    // Each lead takes two bytes at least and each event three: a count beyond the blob is damage.
    if (in.damaged || leads > data.size() / 2 || events > data.size() / 3)
        return false;
    rows.leads.resize(leads);
    rows.times.resize(events);
    rows.activities.resize(events);
    rows.details.resize(events);
    std::int64_t previous = 0;
    std::uint64_t counted = 0;
    for (std::size_t lead = 0; lead < rows.leads.size(); ++lead) {
        auto &[leadId, count] = rows.leads[lead];
        leadId = sum(previous, in.signedNumber());
        const std::uint64_t n = in.number();
        // Lead ids ascend; the counts add up to the events without wrapping around.
        if (in.damaged || (lead > 0 && leadId <= previous) || n > events - counted)
            return false;
        count = std::uint32_t(n);
        counted += n;
        previous = leadId;
    }
    if (counted != events)
        return false;
    previous = 0;
    for (std::int64_t &time : rows.times) {
        time = sum(previous, in.signedNumber());
        previous = time;
    }
    for (std::uint16_t &activity : rows.activities) {
        const std::uint64_t value = in.number();
        activity = std::uint16_t(value);
        in.damaged |= value > 0xFFFF;
    }
    for (std::uint32_t &detail : rows.details) {
        const std::uint64_t value = in.number();
        detail = std::uint32_t(value);
        in.damaged |= value > 0xFFFFFFFF;
    }
    return !in.damaged && in.at == data.size();
}

} // namespace

Status unpack(std::span<const std::byte> data, EventRanges::Rows &rows)
{
    rows.clear();
    if (decode(data, rows))
        return {};
    rows.clear();
    return damaged(QString());
}

Error damaged(const QString &where)
{
    return Error{QCoreApplication::translate("ScoringError", "the packed copy of the events (event_blocks) is damaged"),
                 where, 0, 0,
                 QCoreApplication::translate("ScoringError",
                                             "The events themselves are read instead; the next full rescore writes "
                                             "the copy anew.")};
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> ranges(Database &database)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> found;
    auto trusted = copy().trusted(database);
    if (!trusted)
        return trusted.error();
    if (!*trusted)
        return found;
    auto query = database.prepare("SELECT first_lead, last_lead FROM event_blocks ORDER BY first_lead");
    if (!query)
        return query.error();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        found.emplace_back(query->int64(0), query->int64(1));
    }
    // As written: ranges that follow each other without a gap, the last open above.
    for (std::size_t at = 0; at < found.size(); ++at) {
        const bool last = at + 1 == found.size();
        if (found[at].second < found[at].first
            || (last ? found[at].second != std::numeric_limits<std::int64_t>::max()
                     : found[at].second == std::numeric_limits<std::int64_t>::max()
                           || found[at + 1].first != found[at].second + 1))
            return std::vector<std::pair<std::int64_t, std::int64_t>>();
    }
    return found;
}

Result<bool> read(Database &connection, std::int64_t firstLead, EventRanges::Rows &rows)
{
    rows.clear();
    bool whole = false;
    // The block that holds firstLead, which must start there (ranges() planned by them).
    const Status read = PackedBlockTable::read(
        connection, "event_blocks", "events", firstLead, firstLead, [&](const PackedBlockTable::Row &row) {
            whole = row.firstLead == firstLead && decode(row.data, rows) && std::int64_t(rows.times.size()) == row.count
                    && (rows.leads.empty()
                        || (rows.leads.front().first >= firstLead && rows.leads.back().first <= row.lastLead));
            return false;
        });
    if (!read)
        return read.error();
    if (!whole)
        rows.clear();
    return whole;
}

Result<bool> write(Database &database, const std::vector<Block> &blocks)
{
    std::vector<PackedBlockTable::Row> rows;
    rows.reserve(blocks.size());
    for (const Block &block : blocks)
        rows.push_back({block.firstLead, block.lastLead, block.events, block.data});
    return PackedBlockTable::write(
        database, copy(), "INSERT INTO event_blocks (first_lead, last_lead, events, data) VALUES (?1, ?2, ?3, ?4)",
        rows, QCoreApplication::translate("ScoringError", "the packed events"));
}

Status forget(Database &database)
{
    return copy().forget(database);
}

} // namespace LeadStage::EventBlocks
