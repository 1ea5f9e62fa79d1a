#include "LeadStateDigests.h"

#include "LeadStateRow.h"
#include "ScoringInput.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/WatchedCopy.h"

#include <QCoreApplication>

#include <atomic>
#include <limits>
#include <new>
#include <system_error>
#include <thread>

namespace LeadStage::LeadStateDigests {

namespace {

// Leads a digest covers: a few dozen ranges for a million leads, each one worth a read
// of its rows when it differs.
constexpr std::size_t leadsPerRange = 16384;

// The copy of lead_state these digests are, kept true by triggers on lead_state.
const WatchedCopy &copy()
{
    static const WatchedCopy digests("lead_state_digests", "lead_state");
    return digests;
}

// Where both lanes start: a layout that mixes its cells differently gets other seeds,
// so digests of an older layout never match.
constexpr LeadStateRow::Digest seed{0x4C53442D31000001ULL, 0x4C53442D31000002ULL};

// xxHash64's avalanche: every bit of a lane reaches every bit of its result.
std::uint64_t avalanche(std::uint64_t lane)
{
    lane ^= lane >> 33;
    lane *= 0xC2B2AE3D27D4EB4FULL;
    lane ^= lane >> 29;
    lane *= 0x165667B19E3779F9ULL;
    lane ^= lane >> 32;
    return lane;
}

} // namespace

bool hasTable(Database &database)
{
    auto table = copy().exists(database);
    return table && *table; // a file it cannot tell about gets no digests: the rows are compared
}

std::optional<std::vector<Range>> of(const std::vector<LeadScore> &scores, const ScoringInput &input,
                                     const LeadStateRow &row, bool besideOtherWork)
{
    const std::size_t leads = scores.size();
    const std::size_t count = (leads + leadsPerRange - 1) / leadsPerRange;
    std::vector<Range> ranges(count);
    std::atomic<bool> failed{false};
    const auto digestRanges = [&](std::size_t from, std::size_t step) {
        // A thread of its own: nothing may escape it (std::terminate), a failure is a value.
        try {
            std::vector<std::byte> scratch;
            for (std::size_t k = from; k < count; k += step) {
                const std::size_t first = k * leadsPerRange, last = std::min(leads, first + leadsPerRange);
                Range &range = ranges[k];
                range.firstLead = k == 0 ? std::numeric_limits<std::int64_t>::min() : input.leads.id(first);
                range.lastLead = last == leads ? std::numeric_limits<std::int64_t>::max() : input.leads.id(last) - 1;
                range.rows = std::int64_t(last - first);
                LeadStateRow::Digest digest = seed;
                for (std::size_t lead = first; lead < last; ++lead)
                    row.mixInto(digest, input.leads.id(lead), scores[lead], input.events.timesOf(lead), scratch);
                range.digestA = avalanche(digest.first);
                range.digestB = avalanche(digest.second);
            }
        } catch (const std::bad_alloc &) {
            failed.store(true);
        }
    };
    const bool halves = count > 1 && !besideOtherWork; // else this thread takes every range
    std::jthread other;
    if (halves) {
        try {
            other = std::jthread(digestRanges, 1, 2);
        } catch (const std::system_error &) {
            digestRanges(1, 2); // no second thread: this one does its share too
        }
    }
    digestRanges(0, halves ? 2 : 1);
    if (other.joinable())
        other.join();
    if (failed.load())
        return std::nullopt;
    return ranges;
}

std::optional<std::vector<Range>> trusted(Database &database)
{
    auto watched = copy().trusted(database);
    if (!watched || !*watched)
        return std::nullopt;
    auto query = database.prepare("SELECT first_lead, last_lead, rows, digest_a, digest_b FROM lead_state_digests "
                                  "ORDER BY first_lead");
    if (!query)
        return std::nullopt;
    std::vector<Range> found;
    for (;;) {
        auto row = query->step();
        if (!row)
            return std::nullopt;
        if (!*row)
            return found;
        found.push_back({query->int64(0), query->int64(1), query->int64(2), std::uint64_t(query->int64(3)),
                         std::uint64_t(query->int64(4))});
    }
}

Result<bool> write(Database &database, const std::vector<Range> &ranges)
{
    return copy().replace(
        database,
        [&]() -> Status {
            auto insert = database.prepare("INSERT INTO lead_state_digests (first_lead, last_lead, rows, digest_a, "
                                           "digest_b) VALUES (?1, ?2, ?3, ?4, ?5)");
            if (!insert)
                return insert.error();
            for (const Range &range : ranges) {
                insert->bind(1, range.firstLead).bind(2, range.lastLead).bind(3, range.rows);
                insert->bind(4, std::int64_t(range.digestA)).bind(5, std::int64_t(range.digestB));
                if (Status status = insert->run(); !status)
                    return status;
            }
            return {};
        },
        QCoreApplication::translate("ScoringError", "lead_state's digests"));
}

Status forget(Database &database)
{
    return copy().forget(database);
}

} // namespace LeadStage::LeadStateDigests
