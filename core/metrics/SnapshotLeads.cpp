#include "SnapshotLeads.h"

#include "EventMonths.h"
#include "StoredScores.h"
#include "scoring/LeadBlocks.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

namespace LeadStage {

namespace {

constexpr std::int64_t rowsPerCheck = 1 << 16;

// Unscored leads (no lead_state row) come in as plain leads with grade D. The grade
// is turned into 1..4 by SQLite, so no text is made for it.
// Schema version 8's outcomes, whose stages may be undated: -9223372036854775807 is undatedTime.
constexpr std::string_view selectLeads =
    "SELECT l.id, l.created_at, l.source, l.campaign, l.industry, l.country, instr('ABCD', s.grade),"
    " s.iql_at, s.mql_at, s.pql_at,"
    " coalesce(o.sql_at, CASE WHEN o.sql_undated = 1 THEN -9223372036854775807 END),"
    " coalesce(o.opportunity_at, CASE WHEN o.opportunity_undated = 1 THEN -9223372036854775807 END),"
    " coalesce(o.customer_at, CASE WHEN o.customer_undated = 1 THEN -9223372036854775807 END)"
    " FROM leads l LEFT JOIN lead_state s ON s.lead_id = l.id LEFT JOIN outcomes o ON o.lead_id = l.id"
    " WHERE l.id BETWEEN ?1 AND ?2 ORDER BY l.id";

// Version 11 keeps each IQL lead's months with events in lead_state (EventMonths).
constexpr std::string_view selectLeadsWithMonths =
    "SELECT l.id, l.created_at, l.source, l.campaign, l.industry, l.country, instr('ABCD', s.grade),"
    " s.iql_at, s.mql_at, s.pql_at,"
    " coalesce(o.sql_at, CASE WHEN o.sql_undated = 1 THEN -9223372036854775807 END),"
    " coalesce(o.opportunity_at, CASE WHEN o.opportunity_undated = 1 THEN -9223372036854775807 END),"
    " coalesce(o.customer_at, CASE WHEN o.customer_undated = 1 THEN -9223372036854775807 END), s.event_months"
    " FROM leads l LEFT JOIN lead_state s ON s.lead_id = l.id LEFT JOIN outcomes o ON o.lead_id = l.id"
    " WHERE l.id BETWEEN ?1 AND ?2 ORDER BY l.id";

// A workspace read without upgrading (read-only, older than version 8) has only dated outcomes.
constexpr std::string_view selectLeadsBefore8 =
    "SELECT l.id, l.created_at, l.source, l.campaign, l.industry, l.country, instr('ABCD', s.grade),"
    " s.iql_at, s.mql_at, s.pql_at, o.sql_at, o.opportunity_at, o.customer_at"
    " FROM leads l LEFT JOIN lead_state s ON s.lead_id = l.id LEFT JOIN outcomes o ON o.lead_id = l.id"
    " WHERE l.id BETWEEN ?1 AND ?2 ORDER BY l.id";

// The four filter fields of a million leads hold a few hundred distinct spellings: each
// is made a QString and interned once, the rest cost a lookup of their UTF-8 bytes, and
// the counts reach the dictionary at the end (as if each lead had been interned alone).
class FieldInterner
{
public:
    explicit FieldInterner(MetricsSnapshot &snapshot)
        : m_snapshot(snapshot)
    {}
    std::array<std::uint32_t, dimensionCount> valuesOf(const Statement &row)
    {
        std::array<std::uint32_t, dimensionCount> values{};
        for (int dimension = 0; dimension < dimensionCount; ++dimension)
            values[std::size_t(dimension)] =
                valueOf(dimension, row.isNull(2 + dimension) ? std::string_view() : row.utf8(2 + dimension));
        return values;
    }
    // Adds the repeats counted here to the dictionaries.
    void finish()
    {
        for (int dimension = 0; dimension < dimensionCount; ++dimension)
            for (auto &[bytes, seen] : m_seen[std::size_t(dimension)])
                if (seen.repeats > 0) {
                    m_snapshot.internField(Dimension(dimension), seen.text, seen.repeats);
                    seen.repeats = 0;
                }
    }

private:
    struct Seen
    {
        QString text;
        std::uint32_t value = 0;
        std::int64_t repeats = 0;
    };
    struct BytesHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>{}(bytes); }
    };
    std::uint32_t valueOf(int dimension, std::string_view bytes)
    {
        if (bytes.empty())
            return 0;
        auto &seen = m_seen[std::size_t(dimension)];
        if (const auto known = seen.find(bytes); known != seen.end()) {
            ++known->second.repeats;
            return known->second.value;
        }
        Seen first{QString::fromUtf8(bytes.data(), qsizetype(bytes.size())), 0, 0};
        first.value = m_snapshot.internField(Dimension(dimension), first.text, 1);
        const std::uint32_t value = first.value;
        seen.emplace(std::string(bytes), std::move(first));
        return value;
    }

    MetricsSnapshot &m_snapshot;
    std::array<std::unordered_map<std::string, Seen, BytesHash, std::equal_to<>>, dimensionCount> m_seen;
};

SnapshotLead leadFrom(const Statement &row)
{
    SnapshotLead lead;
    lead.id = row.int64(0);
    lead.createdAt = row.int64(1);
    const std::int64_t grade = row.int64(6);
    lead.grade = grade >= 1 && grade <= 4 ? Grade(grade - 1) : Grade::D;
    lead.iqlAt = timeOrNone(row.optionalInt64(7));
    lead.mqlAt = timeOrNone(row.optionalInt64(8));
    lead.pqlAt = timeOrNone(row.optionalInt64(9));
    lead.sqlAt = timeOrNone(row.optionalInt64(10));
    lead.opportunityAt = timeOrNone(row.optionalInt64(11));
    lead.customerAt = timeOrNone(row.optionalInt64(12));
    return lead;
}

// Version 11's stored months of an IQL lead, added to the snapshot as its row comes.
class StoredMonths
{
public:
    // False when the row has none (NULL: scored before version 11) or bytes that are not
    // marks: that lead's months come from its events then.
    bool take(MetricsSnapshot &snapshot, std::optional<std::span<const std::byte>> bytes)
    {
        if (!bytes || !EventMonths::decode(*bytes, m_decoded))
            return false;
        snapshot.addEventMonths(snapshot.size() - 1, m_decoded);
        return true;
    }

private:
    std::vector<MonthMark> m_decoded;
};

Error cancelled()
{
    return Error{QCoreApplication::translate("MetricsError", "loading the dashboard data was cancelled"), QString()};
}

constexpr std::array<LeadField, dimensionCount> fieldOfDimension = {LeadField::Source, LeadField::Campaign,
                                                                    LeadField::Industry, LeadField::Country};

// One block's filter fields interned as FieldInterner interns the rows' cells: each value
// once, in the order the leads of the range first meet it, with its count among them.
class BlockFields
{
public:
    BlockFields(MetricsSnapshot &snapshot, const LeadColumns::Coded &block, std::size_t begin, std::size_t end)
    {
        for (std::size_t dimension = 0; dimension < dimensionCount; ++dimension) {
            const std::size_t field = std::size_t(fieldOfDimension[dimension]);
            const std::vector<std::uint32_t> &codes = block.codes[field];
            std::vector<std::int64_t> counts(block.values[field].size() + 1, 0);
            std::vector<std::uint32_t> order;
            for (std::size_t lead = begin; lead < end; ++lead)
                if (const std::uint32_t code = codes[lead]; code != 0 && counts[code]++ == 0)
                    order.push_back(code);
            std::vector<std::uint32_t> &values = m_values[dimension];
            values.assign(counts.size(), 0);
            for (const std::uint32_t code : order) {
                const std::string_view bytes = block.values[field][code - 1];
                values[code] = snapshot.internField(
                    Dimension(dimension), QString::fromUtf8(bytes.data(), qsizetype(bytes.size())), counts[code]);
            }
        }
    }
    std::array<std::uint32_t, dimensionCount> valuesOf(const LeadColumns::Coded &block, std::size_t lead) const
    {
        std::array<std::uint32_t, dimensionCount> values{};
        for (std::size_t dimension = 0; dimension < dimensionCount; ++dimension)
            values[dimension] = m_values[dimension][block.codes[std::size_t(fieldOfDimension[dimension])][lead]];
        return values;
    }

private:
    std::array<std::vector<std::uint32_t>, dimensionCount> m_values; // per code
};

} // namespace

// The leads from their packed copy, their scores from lead_state merged by id (a lead
// without a row is unscored: grade D, no stage). Nullopt when there is no trusted copy,
// or it turned out damaged before any lead was appended: then the rows are read.
Result<std::optional<SnapshotLeads::Months>>
SnapshotLeads::readWithBlocks(Database &database, MetricsSnapshot &snapshot, Range range,
                              const std::function<bool(std::int64_t rows)> &keepGoing)
{
    // lead_state's part, read first: on a server the blocks come through a COPY of their
    // own, and nothing else may run on the connection until it ends.
    StoredScores scores(database, range.first, range.last);
    auto scored = scores.first();
    if (!scored)
        return scored.error();
    LeadFieldChoice kept;
    for (const LeadField field : fieldOfDimension)
        kept.fields.set(std::size_t(field));
    const std::size_t before = snapshot.size();
    StoredMonths months;
    std::optional<Error> failed;
    bool missingMonths = false, stopped = false;
    std::int64_t rows = 0;
    auto visited = LeadBlocks::visit(database, range.first, range.last, kept, [&](const LeadColumns::Coded &block) {
        const auto inRange = [&](std::int64_t id) { return id >= range.first && id <= range.last; };
        std::size_t begin = 0, end = block.ids.size();
        while (begin < end && !inRange(block.ids[begin]))
            ++begin;
        while (end > begin && !inRange(block.ids[end - 1]))
            --end;
        const BlockFields fields(snapshot, block, begin, end);
        for (std::size_t at = begin; at < end; ++at) {
            SnapshotLead lead;
            lead.id = block.ids[at];
            lead.createdAt = block.createdAt[at];
            lead.sqlAt = block.sqlAt[at];
            lead.opportunityAt = block.opportunityAt[at];
            lead.customerAt = block.customerAt[at];
            // Rows of lead_state without a lead (which foreign keys prevent) are passed over.
            while (*scored && scores.leadId() < lead.id)
                if (scored = scores.next(); !scored) {
                    failed = scored.error();
                    return false;
                }
            const bool hasScores = *scored && scores.leadId() == lead.id;
            if (hasScores) {
                const std::int64_t grade = scores.grade();
                lead.grade = grade >= 1 && grade <= 4 ? Grade(grade - 1) : Grade::D;
                lead.iqlAt = timeOrNone(scores.iqlAt());
                lead.mqlAt = timeOrNone(scores.mqlAt());
                lead.pqlAt = timeOrNone(scores.pqlAt());
            }
            snapshot.appendLead(lead, fields.valuesOf(block, at));
            if (lead.iqlAt != noTime && !months.take(snapshot, scores.eventMonths())) {
                missingMonths = true;
                return false;
            }
            if (++rows % rowsPerCheck == 0 && !keepGoing(rows)) {
                stopped = true;
                return false;
            }
        }
        return true;
    });
    if (!visited)
        return visited.error();
    if (failed)
        return *failed;
    if (missingMonths)
        return std::optional(Months::MissingOne);
    if (stopped)
        return cancelled();
    if (*visited == LeadBlocks::Visit::Read)
        return std::optional(Months::Added);
    // Damaged: the rows are read instead, as long as this read added nothing yet.
    if (snapshot.size() != before)
        return LeadBlocks::damaged(database.path());
    return std::optional<Months>();
}

Result<std::optional<SnapshotLeads::Range>> SnapshotLeads::idRange(Database &database)
{
    // Two queries: SQLite reads min() or max() off the key only when it is alone.
    auto range = database.prepare("SELECT (SELECT min(id) FROM leads), (SELECT max(id) FROM leads)");
    if (!range)
        return range.error();
    if (auto row = range->step(); !row)
        return row.error();
    if (range->isNull(0))
        return std::optional<Range>();
    return std::optional(Range{range->int64(0), range->int64(1)});
}

Result<SnapshotLeads::Months> SnapshotLeads::read(Database &database, int schemaVersion, MetricsSnapshot &snapshot,
                                                  Range range, const std::function<bool(std::int64_t rows)> &keepGoing)
{
    const bool monthsStored = schemaVersion >= 11;
    if (monthsStored) {
        auto fromBlocks = readWithBlocks(database, snapshot, range, keepGoing);
        if (!fromBlocks)
            return fromBlocks.error();
        if (*fromBlocks)
            return **fromBlocks;
    }
    auto query = database.prepare(monthsStored         ? selectLeadsWithMonths
                                  : schemaVersion >= 8 ? selectLeads
                                                       : selectLeadsBefore8);
    if (!query)
        return query.error();
    query->bind(1, range.first).bind(2, range.last);
    FieldInterner fields(snapshot);
    StoredMonths months;
    for (std::int64_t rows = 1;; ++rows) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const SnapshotLead lead = leadFrom(*query);
        snapshot.appendLead(lead, fields.valuesOf(*query));
        if (monthsStored && lead.iqlAt != noTime && !months.take(snapshot, query->optionalBlob(13)))
            return Months::MissingOne;
        if (rows % rowsPerCheck == 0 && !keepGoing(rows))
            return cancelled();
    }
    fields.finish();
    return monthsStored ? Months::Added : Months::NotStored;
}

} // namespace LeadStage
