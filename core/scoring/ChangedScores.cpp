#include "ChangedScores.h"

#include "LeadStateRow.h"
#include "ScoringInput.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

#include <atomic>
#include <limits>
#include <new>
#include <thread>

namespace LeadStage {

namespace {

// Fewer leads than this are compared on one connection: a thread costs more than it saves.
constexpr std::size_t leadsWorthSplitting = 4096;
constexpr std::size_t rowsPerStopCheck = 1024;

// One connection's part: the leads [first, last) and every stored row whose lead id
// falls between theirs and the next part's.
struct Part
{
    std::size_t first = 0, last = 0;
    std::int64_t lowestId = 0, highestId = 0;
    std::vector<std::size_t> changed;
    bool rewriteAll = false; // a stored row no score replaces
    Status status;
};

struct Shared
{
    const std::vector<LeadScore> &scores;
    const LeadColumns &leads;
    const EventColumns &events;
    const LeadStateRow &row;
    std::size_t most;
    std::atomic<std::size_t> changed{0};
    std::atomic<bool> stop{false};

    // Counts one changed row; false once more than `most` changed.
    bool count(Part &part, std::size_t lead)
    {
        part.changed.push_back(lead);
        if (changed.fetch_add(1, std::memory_order_relaxed) + 1 <= most)
            return true;
        stop.store(true, std::memory_order_relaxed);
        return false;
    }
};

Status compare(Database &connection, Shared &shared, Part &part)
{
    auto stored = connection.prepare(std::string("SELECT ") + LeadStateRow::columns
                                     + " FROM lead_state WHERE lead_id >= ?1 ORDER BY lead_id");
    if (!stored)
        return stored.error();
    stored->bind(1, part.lowestId);
    std::size_t lead = part.first;
    std::vector<std::byte> scratch;
    for (std::size_t rows = 1;; ++rows) {
        if (rows % rowsPerStopCheck == 0 && shared.stop.load(std::memory_order_relaxed))
            return {};
        auto step = stored->step();
        if (!step)
            return step.error();
        if (!*step)
            break;
        const std::int64_t id = stored->int64(0);
        if (id > part.highestId) // the upper end checked here, not on every row in SQL
            break;
        for (; lead < part.last && shared.leads.id(lead) < id; ++lead)
            if (!shared.count(part, lead)) // no stored row
                return {};
        if (lead == part.last || shared.leads.id(lead) != id) {
            part.rewriteAll = true;
            shared.stop.store(true, std::memory_order_relaxed);
            return {};
        }
        if (!shared.row.storedAs(*stored, id, shared.scores[lead], shared.events.timesOf(lead), scratch)
            && !shared.count(part, lead))
            return {};
        ++lead;
    }
    for (; lead < part.last; ++lead)
        if (!shared.count(part, lead))
            return {};
    return {};
}

} // namespace

Result<std::optional<std::vector<std::size_t>>> ChangedScores::find(const std::vector<Database *> &connections,
                                                                    const std::vector<LeadScore> &scores,
                                                                    const ScoringInput &input, const LeadStateRow &row)
{
    const LeadColumns &leads = input.leads;
    Shared shared{scores, leads, input.events, row, scores.size() / shareForFewRows};
    const std::size_t count = scores.size() >= leadsWorthSplitting ? connections.size() : 1;
    std::vector<Part> parts(count);
    for (std::size_t k = 0; k < count; ++k) {
        parts[k].first = scores.size() * k / count;
        parts[k].last = scores.size() * (k + 1) / count;
        parts[k].lowestId = k == 0 ? std::numeric_limits<std::int64_t>::min() : leads.id(parts[k].first);
        parts[k].highestId = k + 1 == count ? std::numeric_limits<std::int64_t>::max() : leads.id(parts[k].last) - 1;
    }
    const auto run = [&](std::size_t k) {
        // A thread of its own: nothing may escape it (std::terminate), a failure is a value.
        try {
            parts[k].status = compare(*connections[k], shared, parts[k]);
        } catch (const std::bad_alloc &) {
            parts[k].status = Error{
                QCoreApplication::translate("ScoringError", "not enough memory to compare the scores with lead_state"),
                connections[k]->path()};
        }
        if (!parts[k].status)
            shared.stop.store(true, std::memory_order_relaxed);
    };
    {
        std::vector<std::jthread> others;
        for (std::size_t k = 1; k < count; ++k)
            others.emplace_back(run, k);
        run(0);
    }
    std::vector<std::size_t> changed;
    for (Part &part : parts) {
        if (!part.status)
            return part.status.error();
        if (part.rewriteAll)
            return std::optional<std::vector<std::size_t>>();
        changed.insert(changed.end(), part.changed.begin(), part.changed.end());
    }
    if (changed.size() > shared.most)
        return std::optional<std::vector<std::size_t>>();
    return std::optional(std::move(changed));
}

} // namespace LeadStage
