#include "OutcomeRowImporter.h"

#include "NumberCell.h"

#include "store/Database.h"

#include <type_traits>

namespace LeadStage {

namespace {

const QString dateFields[] = {u"sql_at"_qs, u"opportunity_at"_qs, u"customer_at"_qs, u"lost_at"_qs};

} // namespace

Status OutcomeRowImporter::prepare()
{
    auto exists = m_context.database().prepare("SELECT 1 FROM outcomes WHERE lead_id = ?1");
    auto upsert = m_context.database().prepare(
        "INSERT INTO outcomes AS o (lead_id, sql_at, opportunity_at, customer_at, lost_at, revenue) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (lead_id) DO UPDATE SET "
        // The stored row named by its table's name: PostgreSQL finds a bare name ambiguous.
        "sql_at = COALESCE(excluded.sql_at, o.sql_at), "
        "opportunity_at = COALESCE(excluded.opportunity_at, o.opportunity_at), "
        "customer_at = COALESCE(excluded.customer_at, o.customer_at), "
        "lost_at = COALESCE(excluded.lost_at, o.lost_at), revenue = COALESCE(excluded.revenue, o.revenue), "
        // A date that lands ends the stage's being undated (Schema version 8).
        "sql_undated = CASE WHEN COALESCE(excluded.sql_at, o.sql_at) IS NULL THEN o.sql_undated ELSE 0 END, "
        "opportunity_undated = CASE WHEN COALESCE(excluded.opportunity_at, o.opportunity_at) IS NULL "
        "THEN o.opportunity_undated ELSE 0 END, "
        "customer_undated = CASE WHEN COALESCE(excluded.customer_at, o.customer_at) IS NULL "
        "THEN o.customer_undated ELSE 0 END, "
        "lost_undated = CASE WHEN COALESCE(excluded.lost_at, o.lost_at) IS NULL THEN o.lost_undated ELSE 0 END "
        "WHERE o.sql_at IS NOT COALESCE(excluded.sql_at, o.sql_at) OR "
        "o.opportunity_at IS NOT COALESCE(excluded.opportunity_at, o.opportunity_at) OR "
        "o.customer_at IS NOT COALESCE(excluded.customer_at, o.customer_at) OR "
        "o.lost_at IS NOT COALESCE(excluded.lost_at, o.lost_at) OR "
        "o.revenue IS NOT COALESCE(excluded.revenue, o.revenue)");
    // For the import's undo (schema version 9): the row as it was, once per import and
    // only when the upsert changes it (its own condition), or that this import made it.
    auto keepPrevious = m_context.database().prepare(
        "INSERT OR IGNORE INTO import_outcome_changes (import_id, lead_id, existed, sql_at, opportunity_at, "
        "customer_at, lost_at, revenue, sql_undated, opportunity_undated, customer_undated, lost_undated) "
        "SELECT ?7, lead_id, 1, sql_at, opportunity_at, customer_at, lost_at, revenue, sql_undated, "
        "opportunity_undated, customer_undated, lost_undated FROM outcomes WHERE lead_id = ?1 AND (sql_at IS NOT "
        "COALESCE(?2, sql_at) OR "
        "opportunity_at IS NOT COALESCE(?3, opportunity_at) OR customer_at IS NOT COALESCE(?4, customer_at) OR "
        "lost_at IS NOT COALESCE(?5, lost_at) OR revenue IS NOT COALESCE(?6, revenue))");
    auto keepCreated = m_context.database().prepare(
        "INSERT OR IGNORE INTO import_outcome_changes (import_id, lead_id, existed) VALUES (?1, ?2, 0)");
    for (auto *prepared : {&exists, &upsert, &keepPrevious, &keepCreated})
        if (!*prepared)
            return prepared->error();
    m_exists = std::move(*exists);
    m_upsert = std::move(*upsert);
    m_keepPrevious = std::move(*keepPrevious);
    m_keepCreated = std::move(*keepCreated);
    m_stagesMapped = m_stages.mapped();
    return m_stagesMapped ? m_stages.prepare() : Status();
}

std::unique_ptr<RecordBatch> OutcomeRowImporter::newBatch() const
{
    return std::make_unique<Batch>();
}

void OutcomeRowImporter::read(const CsvRecord &record, RecordBatch &batch)
{
    static_assert(std::extent_v<decltype(Row::dates)> == std::size(dateFields));
    Row row;
    for (std::size_t i = 0; i < std::size(dateFields); ++i) {
        auto date = m_context.date(record, dateFields[i]);
        if (!date)
            return batch.reject(date.error().column, date.error().what);
        row.dates[i] = *date;
        if (*date && (!row.earliest || **date < *row.earliest))
            row.earliest = *date;
    }
    if (const QStringView text = m_context.cell(record, u"revenue"); !text.isEmpty()) {
        auto amount = parseAmount(text);
        if (!amount)
            return batch.reject(m_context.columnOf(u"revenue"), u"revenue: "_qs + amount.error().what);
        row.revenue = *amount;
    }
    if (m_stagesMapped) {
        auto stages = m_stages.read(record);
        if (!stages)
            return batch.reject(stages.error().column, stages.error().what);
        row.stages = *stages;
        for (const auto &at : row.stages.recordedAt)
            if (at && (!row.earliest || *at < *row.earliest))
                row.earliest = at;
    }
    row.lead = batch.keep(m_context.cell(record, u"lead"));
    row.email = batch.keep(m_context.cell(record, u"email"));
    static_cast<Batch &>(batch).rows.push_back(row);
}

Status OutcomeRowImporter::write(RecordBatch &batch)
{
    auto &rows = static_cast<Batch &>(batch);
    return m_context.writeInOrder(rows, [&](const Row &row, std::size_t record) { return store(rows, row, record); });
}

Status OutcomeRowImporter::store(Batch &batch, const Row &row, std::size_t record)
{
    const QStringView key = batch.text(row.lead);
    auto lead = m_context.resolveLead(key, batch.text(row.email), row.earliest.value_or(m_context.startedAt()));
    if (!lead)
        return lead.error();
    if (!*lead)
        return m_context.reject(batch, record, m_context.columnOf(u"lead"),
                                u"no lead has the CRM id or e-mail '%1'; import the lead first, or let the import "
                                "create missing leads (--create-missing-leads)"_qs.arg(key));
    m_exists.bind(1, *lead);
    auto exists = m_exists.step();
    m_exists.reset();
    if (!exists)
        return exists.error();
    if (*exists && m_context.options().onMatch == OnMatch::Skip) {
        ++m_context.report().skipped;
        return {};
    }
    for (Statement *statement : {&m_keepPrevious, &m_upsert}) {
        statement->bind(1, *lead);
        for (std::size_t i = 0; i < std::size(row.dates); ++i)
            statement->bind(int(i) + 2, row.dates[i]);
        if (row.revenue)
            statement->bind(6, *row.revenue);
        else
            statement->bindNull(6);
    }
    if (*exists) {
        m_keepPrevious.bind(7, m_context.importId());
        if (Status kept = m_keepPrevious.run(); !kept)
            return kept;
    }
    if (Status status = m_upsert.run(); !status)
        return status;
    if (!*exists) {
        m_keepCreated.bind(1, m_context.importId()).bind(2, *lead);
        if (Status kept = m_keepCreated.run(); !kept)
            return kept;
    }
    bool changed = m_context.database().changes() > 0;
    if (!row.stages.empty()) {
        auto stagesChanged = m_stages.store(*lead, row.stages);
        if (!stagesChanged)
            return stagesChanged.error();
        changed = changed || *stagesChanged;
    }
    if (*exists && !changed) {
        ++m_context.report().unchanged;
        return {};
    }
    ++(*exists ? m_context.report().updated : m_context.report().inserted);
    m_context.touch(*lead);
    return {};
}

} // namespace LeadStage
