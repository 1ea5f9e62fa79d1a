#include "OutcomeRowImporter.h"

#include "store/Database.h"

namespace LeadStage {

namespace {

const QString dateFields[] = {u"sql_at"_qs, u"opportunity_at"_qs, u"customer_at"_qs, u"lost_at"_qs};

} // namespace

Status OutcomeRowImporter::prepare()
{
    auto exists = m_context.database().prepare("SELECT 1 FROM outcomes WHERE lead_id = ?1");
    auto upsert = m_context.database().prepare(
        "INSERT INTO outcomes (lead_id, sql_at, opportunity_at, customer_at, lost_at, revenue) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (lead_id) DO UPDATE SET "
        "sql_at = COALESCE(excluded.sql_at, sql_at), opportunity_at = COALESCE(excluded.opportunity_at, opportunity_at), "
        "customer_at = COALESCE(excluded.customer_at, customer_at), lost_at = COALESCE(excluded.lost_at, lost_at), "
        "revenue = COALESCE(excluded.revenue, revenue)");
    for (auto *prepared : {&exists, &upsert})
        if (!*prepared)
            return prepared->error();
    m_exists = std::move(*exists);
    m_upsert = std::move(*upsert);
    return {};
}

Status OutcomeRowImporter::import(const CsvRecord &record)
{
    std::optional<std::int64_t> dates[std::size(dateFields)];
    std::optional<std::int64_t> earliest;
    for (std::size_t i = 0; i < std::size(dateFields); ++i) {
        auto date = m_context.date(record, dateFields[i]);
        if (!date)
            return m_context.reject(record, date.error());
        dates[i] = *date;
        if (*date && (!earliest || **date < *earliest))
            earliest = *date;
    }
    std::optional<double> revenue;
    if (const QStringView text = m_context.cell(record, u"revenue"); !text.isEmpty()) {
        bool ok = false;
        revenue = text.toDouble(&ok);
        if (!ok)
            return m_context.reject(record, m_context.columnOf(u"revenue"),
                                    u"revenue: '%1' is not a number (use a dot for decimals, no currency sign)"_qs.arg(text));
    }
    auto lead = m_context.resolveLead(record, earliest.value_or(m_context.startedAt()));
    if (!lead)
        return lead.error();
    if (!*lead)
        return m_context.reject(
            record, m_context.columnOf(u"lead"),
            u"no lead has the CRM id or e-mail '%1'; import the lead first, or let the import "
            "create missing leads (--create-missing-leads)"_qs.arg(m_context.cell(record, u"lead")));
    m_exists.bind(1, *lead);
    auto exists = m_exists.step();
    m_exists.reset();
    if (!exists)
        return exists.error();
    if (*exists && m_context.options().onMatch == OnMatch::Skip) {
        ++m_context.report().skipped;
        return {};
    }
    m_upsert.bind(1, *lead);
    for (std::size_t i = 0; i < std::size(dateFields); ++i)
        m_upsert.bind(int(i) + 2, dates[i]);
    if (revenue)
        m_upsert.bind(6, *revenue);
    else
        m_upsert.bindNull(6);
    if (Status status = m_upsert.run(); !status)
        return status;
    ++(*exists ? m_context.report().updated : m_context.report().inserted);
    m_context.touch(*lead);
    return {};
}

} // namespace LeadStage
