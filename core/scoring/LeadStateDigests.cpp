#include "LeadStateDigests.h"

#include "LeadStateRow.h"
#include "ScoringInput.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <limits>
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

bool hasDigestsTable(Database &database)
{
    auto query = database.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'lead_state_digests'");
    if (!query)
        return false;
    auto row = query->step();
    return row && *row;
}

Status writeAll(Database &database, const std::vector<Range> &ranges)
{
    if (Status cleared = database.exec("DELETE FROM lead_state_digests"); !cleared)
        return cleared;
    auto insert = database.prepare(
        "INSERT INTO lead_state_digests (first_lead, last_lead, rows, digest) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    for (const Range &range : ranges) {
        insert->bind(1, range.firstLead).bind(2, range.lastLead).bind(3, range.rows);
        insert->bind(4, std::int64_t(range.digest));
        if (Status status = insert->run(); !status)
            return status;
    }
    for (const char *trigger : triggers)
        if (Status status = database.exec(trigger); !status)
            return status;
    return {};
}

} // namespace

std::vector<Range> of(const std::vector<LeadScore> &scores, const ScoringInput &input, const LeadStateRow &row)
{
    const std::size_t leads = scores.size();
    const std::size_t count = (leads + leadsPerRange - 1) / leadsPerRange;
    std::vector<Range> ranges(count);
    const auto digestRanges = [&](std::size_t from) {
        std::vector<std::byte> scratch;
        for (std::size_t k = from; k < count; k += 2) {
            const std::size_t first = k * leadsPerRange, last = std::min(leads, first + leadsPerRange);
            Range &range = ranges[k];
            range.firstLead = k == 0 ? std::numeric_limits<std::int64_t>::min() : input.leads.id(first);
            range.lastLead = last == leads ? std::numeric_limits<std::int64_t>::max() : input.leads.id(last) - 1;
            range.rows = std::int64_t(last - first);
            std::uint64_t digest = 0;
            for (std::size_t lead = first; lead < last; ++lead)
                row.mixInto(digest, input.leads.id(lead), scores[lead], input.events.timesOf(lead), scratch);
            range.digest = digest;
        }
    };
    {
        std::jthread other;
        if (count > 1)
            other = std::jthread(digestRanges, 1);
        digestRanges(0);
    }
    return ranges;
}

Result<std::vector<Range>> stored(Database &database)
{
    std::vector<Range> found;
    if (!hasDigestsTable(database))
        return found;
    // Without all three triggers nothing says lead_state is still what they digest.
    auto watched = database.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                    "AND tbl_name = 'lead_state' AND name IN (?1, ?2, ?3)");
    if (!watched)
        return watched.error();
    for (int i = 0; i < 3; ++i)
        watched->bindUtf8(i + 1, triggerNames[i]);
    auto counted = watched->step();
    if (!counted)
        return counted.error();
    if (watched->int64(0) != 3)
        return found;
    watched->reset();
    auto query = database.prepare("SELECT first_lead, last_lead, rows, digest FROM lead_state_digests "
                                  "ORDER BY first_lead");
    if (!query)
        return query.error();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return found;
        found.push_back({query->int64(0), query->int64(1), query->int64(2), std::uint64_t(query->int64(3))});
    }
}

bool write(Database &database, const std::vector<Range> &ranges)
{
    if (!hasDigestsTable(database))
        return false;
    // The digests only save time: a failure to write them is undone alone and leaves the
    // rescore to finish without them.
    if (!database.exec("SAVEPOINT lead_state_digests"))
        return false;
    const bool written = bool(writeAll(database, ranges));
    if (!written)
        (void)database.exec("ROLLBACK TO lead_state_digests");
    (void)database.exec("RELEASE lead_state_digests");
    return written;
}

Status forget(Database &database)
{
    if (!hasDigestsTable(database))
        return {};
    for (const char *sql : {"DROP TRIGGER IF EXISTS lead_state_digests_after_insert",
                            "DROP TRIGGER IF EXISTS lead_state_digests_after_update",
                            "DROP TRIGGER IF EXISTS lead_state_digests_after_delete", "DELETE FROM lead_state_digests"})
        if (Status status = database.exec(sql); !status)
            return status;
    return {};
}

} // namespace LeadStage::LeadStateDigests
