#include "LeadStateDigests.h"

#include "LeadStateRow.h"
#include "ScoringInput.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

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

const char *const triggerNames[] = {"lead_state_digests_after_insert", "lead_state_digests_after_update",
                                    "lead_state_digests_after_delete"};

const char *const triggers[] = {
    "CREATE TRIGGER IF NOT EXISTS lead_state_digests_after_insert AFTER INSERT ON lead_state "
    "BEGIN DELETE FROM lead_state_digests; END",
    "CREATE TRIGGER IF NOT EXISTS lead_state_digests_after_update AFTER UPDATE ON lead_state "
    "BEGIN DELETE FROM lead_state_digests; END",
    "CREATE TRIGGER IF NOT EXISTS lead_state_digests_after_delete AFTER DELETE ON lead_state "
    "BEGIN DELETE FROM lead_state_digests; END",
};

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

Status writeAll(Database &database, const std::vector<Range> &ranges)
{
    if (Status cleared = database.exec("DELETE FROM lead_state_digests"); !cleared)
        return cleared;
    auto insert = database.prepare(
        "INSERT INTO lead_state_digests (first_lead, last_lead, rows, digest_a, digest_b) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    for (const Range &range : ranges) {
        insert->bind(1, range.firstLead).bind(2, range.lastLead).bind(3, range.rows);
        insert->bind(4, std::int64_t(range.digestA)).bind(5, std::int64_t(range.digestB));
        if (Status status = insert->run(); !status)
            return status;
    }
    for (const char *trigger : triggers)
        if (Status status = database.exec(trigger); !status)
            return status;
    return {};
}

} // namespace

bool hasTable(Database &database)
{
    auto query = database.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'lead_state_digests'");
    if (!query)
        return false;
    auto row = query->step();
    return row && *row;
}

std::optional<std::vector<Range>> of(const std::vector<LeadScore> &scores, const ScoringInput &input,
                                     const LeadStateRow &row)
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
    std::jthread other;
    if (count > 1) {
        try {
            other = std::jthread(digestRanges, 1, 2);
        } catch (const std::system_error &) {
            digestRanges(1, 2); // no second thread: this one does its share too
        }
    }
    digestRanges(0, count > 1 ? 2 : 1);
    if (other.joinable())
        other.join();
    if (failed.load())
        return std::nullopt;
    return ranges;
}

std::optional<std::vector<Range>> trusted(Database &database)
{
    if (!hasTable(database))
        return std::nullopt;
    // Without all three triggers nothing says lead_state is still what they digest.
    auto watched = database.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                    "AND tbl_name = 'lead_state' AND name IN (?1, ?2, ?3)");
    if (!watched)
        return std::nullopt;
    for (int i = 0; i < 3; ++i)
        watched->bindUtf8(i + 1, triggerNames[i]);
    auto counted = watched->step();
    if (!counted || !*counted || watched->int64(0) != 3)
        return std::nullopt;
    watched->reset();
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
    if (!hasTable(database))
        return false;
    // The digests only save time: a failure to write them is undone alone and leaves the
    // rescore to finish without them, unless SQLite ended the whole transaction with it.
    if (!database.exec("SAVEPOINT lead_state_digests"))
        return false;
    const Status written = writeAll(database, ranges);
    if (!written)
        (void)database.exec("ROLLBACK TO lead_state_digests");
    (void)database.exec("RELEASE lead_state_digests");
    if (!written && sqlite3_get_autocommit(database.handle()) != 0) {
        Error error = written.error();
        error.what = QCoreApplication::translate("ScoringError", "writing lead_state's digests ended the rescore: %1")
                         .arg(error.what);
        return error;
    }
    return bool(written);
}

Status forget(Database &database)
{
    if (!hasTable(database))
        return {};
    for (const char *sql : {"DROP TRIGGER IF EXISTS lead_state_digests_after_insert",
                            "DROP TRIGGER IF EXISTS lead_state_digests_after_update",
                            "DROP TRIGGER IF EXISTS lead_state_digests_after_delete", "DELETE FROM lead_state_digests"})
        if (Status status = database.exec(sql); !status)
            return status;
    return {};
}

} // namespace LeadStage::LeadStateDigests
