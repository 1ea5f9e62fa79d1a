#include "LeadLoader.h"

#include "store/Database.h"
#include "store/Schema.h"

#include <algorithm>
#include <limits>
#include <memory>

namespace LeadStage {

namespace {

// Room made for at most this many leads ahead (from the span of their ids): beyond,
// the columns grow as they go.
constexpr std::uint64_t mostLeadsReservedAhead = std::uint64_t(1) << 25;
// Fewer leads than this are read by one reader: a second costs more than it saves.
constexpr std::int64_t leadsWorthTwoReaders = 64;

// The leads' cells in leadCellsOf()'s order; a cell the load does not keep reads as NULL,
// which SQLite hands out without decoding the stored text. An undated outcome reads as
// undatedTime (-9223372036854775807); a workspace read without upgrading (read-only,
// older than version 8) has only dated outcomes. With `joined` false the outcomes read
// as NULL, for a load that reads them apart (leadOutcomesQuery) instead of looking every
// lead up in them.
Result<std::string> leadRowsQuery(Database &database, const LeadFieldChoice &kept, bool joined, std::string_view tail)
{
    auto version8 = Schema::hasUndatedOutcomes(database);
    if (!version8)
        return version8.error();
    const auto cell = [&kept](std::string_view column, std::initializer_list<LeadField> usedBy) {
        const bool used = std::any_of(usedBy.begin(), usedBy.end(),
                                      [&kept](LeadField field) { return kept.fields[std::size_t(field)]; });
        return std::string(used ? column : "NULL") + ", ";
    };
    std::string sql =
        "SELECT l.id, l.created_at, " + cell("l.industry", {LeadField::Industry})
        + cell("l.employees", {LeadField::Employees}) + cell("l.country", {LeadField::Country})
        + cell("l.job_title", {LeadField::JobTitle}) + cell("l.email", {LeadField::Email, LeadField::EmailDomain})
        + cell("l.source", {LeadField::Source}) + cell("l.campaign", {LeadField::Campaign})
        + cell("l.company", {LeadField::Company}) + (kept.attrs ? "l.attrs" : "NULL") + ", l.archived_at, ";
    if (!joined)
        return sql + "NULL, NULL, NULL FROM leads l " + std::string(tail);
    sql += *version8 ? "coalesce(o.sql_at, CASE WHEN o.sql_undated = 1 THEN -9223372036854775807 END),"
                       " coalesce(o.opportunity_at, CASE WHEN o.opportunity_undated = 1 THEN -9223372036854775807 END),"
                       " coalesce(o.customer_at, CASE WHEN o.customer_undated = 1 THEN -9223372036854775807 END)"
                     : "o.sql_at, o.opportunity_at, o.customer_at";
    return sql + " FROM leads l LEFT JOIN outcomes o ON o.lead_id = l.id " + std::string(tail);
}

// Every outcome as leadRowsQuery() joins it, by lead id.
Result<std::string> leadOutcomesQuery(Database &database)
{
    auto version8 = Schema::hasUndatedOutcomes(database);
    if (!version8)
        return version8.error();
    return std::string(
               *version8 ? "SELECT lead_id,"
                           " coalesce(sql_at, CASE WHEN sql_undated = 1 THEN -9223372036854775807 END),"
                           " coalesce(opportunity_at, CASE WHEN opportunity_undated = 1 THEN -9223372036854775807 END),"
                           " coalesce(customer_at, CASE WHEN customer_undated = 1 THEN -9223372036854775807 END)"
                         : "SELECT lead_id, sql_at, opportunity_at, customer_at")
           + " FROM outcomes ORDER BY lead_id";
}

LeadColumns::Cells leadCellsOf(const Statement &row)
{
    LeadColumns::Cells lead;
    lead.id = row.int64(0);
    lead.createdAt = row.int64(1);
    lead.industry = row.utf8(2);
    lead.employees = row.optionalInt64(3);
    lead.country = row.utf8(4);
    lead.jobTitle = row.utf8(5);
    lead.email = row.utf8(6);
    lead.source = row.utf8(7);
    lead.campaign = row.utf8(8);
    lead.company = row.utf8(9);
    lead.attrs = row.utf8(10);
    lead.archived = !row.isNull(11);
    lead.sqlAt = row.optionalInt64(12);
    lead.opportunityAt = row.optionalInt64(13);
    lead.customerAt = row.optionalInt64(14);
    return lead;
}

} // namespace

LeadLoader::LeadLoader(Database &database)
    : m_database(database)
{}

Result<std::string> LeadLoader::query(const LeadFieldChoice &kept, std::string_view tail)
{
    return leadRowsQuery(m_database, kept, true, tail);
}

// The rows of a leads query; with `withOutcomes`, its outcome cells come from the
// outcomes read apart (readOutcomes), merged by lead id.
Status LeadLoader::readRows(Statement &query, LeadColumns &leads, std::vector<std::int64_t> &ids, bool withOutcomes,
                            LeadBlocks::Packer *packer) const
{
    auto outcome = m_outcomes.begin();
    for (;;) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        LeadColumns::Cells lead = leadCellsOf(query);
        if (withOutcomes) {
            if (outcome != m_outcomes.end() && outcome->leadId < lead.id)
                outcome = std::lower_bound(outcome, m_outcomes.end(), lead.id,
                                           [](const StoredOutcome &o, std::int64_t id) { return o.leadId < id; });
            if (outcome != m_outcomes.end() && outcome->leadId == lead.id) {
                lead.sqlAt = outcome->sqlAt;
                lead.opportunityAt = outcome->opportunityAt;
                lead.customerAt = outcome->customerAt;
            }
        }
        leads.append(lead);
        ids.push_back(lead.id);
        if (packer)
            packer->add(lead);
    }
    query.reset();
    return {};
}

Status LeadLoader::readBlocks(const std::vector<LeadBlocks::Range> &stored, LeadColumns &leads,
                              std::vector<std::int64_t> &ids)
{
    auto read = LeadBlocks::read(m_database, stored, leads, ids);
    if (!read)
        return read.error();
    if (!*read) {
        m_leadBlocksDamaged = true;
        return LeadBlocks::damaged(m_database.path());
    }
    return {};
}

Status LeadLoader::readOutcomes()
{
    auto sql = leadOutcomesQuery(m_database);
    if (!sql)
        return sql.error();
    auto query = m_database.prepare(*sql);
    if (!query)
        return query.error();
    m_outcomes.clear();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        m_outcomes.push_back(
            {query->int64(0), query->optionalInt64(1), query->optionalInt64(2), query->optionalInt64(3)});
    }
}

// The lead id that splits the leads into two halves read at once; nullopt for too few
// leads to be worth a second reader.
Result<std::optional<std::int64_t>> LeadLoader::middleLeadId()
{
    auto ends = m_database.prepare("SELECT (SELECT min(id) FROM leads), (SELECT max(id) FROM leads)");
    if (!ends)
        return ends.error();
    auto row = ends->step();
    if (!row)
        return row.error();
    if (!*row || ends->isNull(0))
        return std::optional<std::int64_t>();
    // Unsigned: the span of ids at the ends of the range does not fit a signed number.
    const std::uint64_t span = std::uint64_t(ends->int64(1)) - std::uint64_t(ends->int64(0));
    m_expectedLeads = std::size_t(std::min<std::uint64_t>(span, mostLeadsReservedAhead - 1) + 1);
    if (span < std::uint64_t(leadsWorthTwoReaders))
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(std::int64_t(std::uint64_t(ends->int64(0)) + span / 2));
}

// A full load's leads: from their packed copy when it is there and trusted, else from the
// rows (packed as they are read when the caller asked for the copies).
Result<LeadLoader::Readers> LeadLoader::readers(bool mayReadBlocks)
{
    auto blocks = mayReadBlocks ? LeadBlocks::ranges(m_database)
                                : Result<std::vector<LeadBlocks::Range>>(std::vector<LeadBlocks::Range>());
    if (!blocks)
        return blocks.error();
    Readers readers;
    if (!blocks->empty()) {
        readers.first = [this, stored = std::move(*blocks)](LeadColumns &leads, std::vector<std::int64_t> &ids) {
            return readBlocks(stored, leads, ids);
        };
        return readers;
    }
    auto prepared = prepareRows();
    if (!prepared)
        return prepared.error();
    const auto rows = std::make_shared<Rows>(std::move(*prepared));
    readers.first = [this, rows](LeadColumns &leads, std::vector<std::int64_t> &ids) {
        return readRows(rows->first, leads, ids, true, rows->firstPacker ? &*rows->firstPacker : nullptr);
    };
    if (rows->later)
        readers.later = [this, rows](LeadColumns &leads, std::vector<std::int64_t> &ids) {
            return readRows(*rows->later, leads, ids, true, rows->laterPacker ? &*rows->laterPacker : nullptr);
        };
    if (rows->firstPacker)
        readers.packed = [rows] {
            std::vector<LeadBlocks::Block> blocks = rows->firstPacker->finish();
            if (rows->laterPacker)
                for (LeadBlocks::Block &block : rows->laterPacker->finish())
                    blocks.push_back(std::move(block));
            return blocks;
        };
    return readers;
}

// The leads' statements of a load that reads the rows: with connections of its own, in
// two halves at once; packed as they are read when the caller asked for the copies.
Result<LeadLoader::Rows> LeadLoader::prepareRows()
{
    auto found = !m_laterConnection ? Result<std::optional<std::int64_t>>(std::nullopt) : middleLeadId();
    if (!found)
        return found.error();
    const std::optional<std::int64_t> middle = *found;
    // The outcomes apart: a join would look every lead up in them.
    if (Status status = readOutcomes(); !status)
        return status.error();
    // The copy holds every cell, whichever the model names.
    const LeadFieldChoice cells = m_packBlocks ? LeadFieldChoice::all() : m_leadFields;
    auto sql = leadRowsQuery(m_database, cells, false, middle ? "WHERE l.id <= ?1 ORDER BY l.id" : "ORDER BY l.id");
    auto laterSql = leadRowsQuery(m_database, cells, false, "WHERE l.id > ?1 ORDER BY l.id");
    if (!sql || !laterSql)
        return !sql ? sql.error() : laterSql.error();
    auto first = m_database.prepare(*sql);
    if (!first)
        return first.error();
    Rows leads{std::move(*first)};
    constexpr std::int64_t lowest = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t highest = std::numeric_limits<std::int64_t>::max();
    if (m_packBlocks)
        leads.firstPacker.emplace(lowest, middle.value_or(highest));
    if (middle) {
        leads.first.bind(1, *middle);
        auto later = m_laterConnection->prepare(*laterSql);
        if (!later)
            return later.error();
        leads.later = std::move(*later);
        leads.later->bind(1, *middle);
        if (m_packBlocks)
            leads.laterPacker.emplace(*middle + 1, highest);
    }
    return leads;
}

} // namespace LeadStage
