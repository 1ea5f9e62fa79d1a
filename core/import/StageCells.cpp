#include "StageCells.h"

#include <QCoreApplication>

#include "CsvRecord.h"
#include "store/Database.h"

namespace LeadStage {

namespace {

const QString outcomeFlagFields[] = {u"sql_flag"_qs, u"opportunity_flag"_qs, u"customer_flag"_qs, u"lost_flag"_qs};
const QString recordedDateFields[] = {u"recorded_mql_at"_qs, u"recorded_sql_at"_qs, u"recorded_opportunity_at"_qs,
                                      u"recorded_customer_at"_qs};
const QString recordedFlagFields[] = {u"recorded_mql_flag"_qs, u"recorded_sql_flag"_qs, u"recorded_opportunity_flag"_qs,
                                      u"recorded_customer_flag"_qs};

} // namespace

Result<bool> parseFlag(QStringView text, bool lostIsYes)
{
    const QStringView value = text.trimmed();
    const auto is = [value](const char16_t *word) { return value.compare(word, Qt::CaseInsensitive) == 0; };
    if (is(u"1") || is(u"true") || is(u"yes"))
        return true;
    if (is(u"0") || is(u"false") || is(u"no"))
        return false;
    if (is(u"won"))
        return !lostIsYes;
    if (is(u"lost"))
        return lostIsYes;
    return Error{
        QCoreApplication::translate("ImportError", "'%1' is not a yes/no value (1/0, true/false, yes/no, won/lost)")
            .arg(value.toString()),
        QString()};
}

bool StageCells::empty() const
{
    if (undatedOutcomes != 0 || recordedUndated != 0)
        return false;
    for (const auto &at : recordedAt)
        if (at)
            return false;
    return true;
}

QString StageCells::recordedStageName(int slot)
{
    static const QString names[] = {u"MQL"_qs, u"SQL"_qs, u"Opportunity"_qs, u"Customer"_qs};
    return names[slot];
}

bool StageColumns::mapped() const
{
    for (const QString &field : stageFields())
        if (m_context.columnOf(field) > 0)
            return true;
    return false;
}

Result<StageCells> StageColumns::read(const CsvRecord &record) const
{
    StageCells cells;
    const auto flag = [&](const QString &field, bool lostIsYes) -> Result<bool> {
        const QStringView text = m_context.cell(record, field);
        if (text.isEmpty())
            return false;
        auto yes = parseFlag(text, lostIsYes);
        if (!yes)
            return Error{field + u": "_qs + yes.error().what, QString(), 0, m_context.columnOf(field)};
        return *yes;
    };
    for (int i = 0; i < 4; ++i) {
        auto yes = flag(outcomeFlagFields[i], i == 3);
        if (!yes)
            return yes.error();
        if (*yes)
            cells.undatedOutcomes |= std::uint8_t(1u << i);
    }
    for (int i = 0; i < StageCells::recordedCount; ++i) {
        auto date = m_context.date(record, recordedDateFields[i]);
        if (!date)
            return date.error();
        cells.recordedAt[std::size_t(i)] = *date;
        auto yes = flag(recordedFlagFields[i], false);
        if (!yes)
            return yes.error();
        if (*yes && !*date)
            cells.recordedUndated |= std::uint8_t(1u << i);
    }
    return cells;
}

Status StageColumns::prepare()
{
    // A flag only ever says yes, and only where no date is stored: the WHERE keeps a
    // row that changes nothing from counting as a change.
    auto undated = m_context.database().prepare(
        "INSERT INTO outcomes AS o (lead_id, sql_undated, opportunity_undated, customer_undated, lost_undated) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (lead_id) DO UPDATE SET "
        "sql_undated = CASE WHEN o.sql_at IS NULL THEN max(o.sql_undated, excluded.sql_undated) ELSE 0 END, "
        "opportunity_undated = CASE WHEN o.opportunity_at IS NULL "
        "THEN max(o.opportunity_undated, excluded.opportunity_undated) ELSE 0 END, "
        "customer_undated = CASE WHEN o.customer_at IS NULL "
        "THEN max(o.customer_undated, excluded.customer_undated) ELSE 0 END, "
        "lost_undated = CASE WHEN o.lost_at IS NULL THEN max(o.lost_undated, excluded.lost_undated) ELSE 0 END "
        "WHERE (o.sql_at IS NULL AND excluded.sql_undated > o.sql_undated) "
        "OR (o.opportunity_at IS NULL AND excluded.opportunity_undated > o.opportunity_undated) "
        "OR (o.customer_at IS NULL AND excluded.customer_undated > o.customer_undated) "
        "OR (o.lost_at IS NULL AND excluded.lost_undated > o.lost_undated)");
    // A date replaces what is stored; an undated yes adds the stage only when it is new.
    auto recorded = m_context.database().prepare(
        "INSERT INTO recorded_stages AS r (lead_id, stage, at, import_id) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (lead_id, stage) DO UPDATE SET at = COALESCE(excluded.at, r.at), import_id = excluded.import_id "
        "WHERE r.at IS NOT COALESCE(excluded.at, r.at)");
    // For the import's undo (schema version 9): the row as it was, once per import and
    // only when the statement above changes it (its own conditions), or that there was none.
    auto keepOutcome = m_context.database().prepare(
        "INSERT OR IGNORE INTO import_outcome_changes (import_id, lead_id, existed, sql_at, opportunity_at, "
        "customer_at, lost_at, revenue, sql_undated, opportunity_undated, customer_undated, lost_undated) "
        "SELECT ?6, ?1, 0, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0 "
        "WHERE NOT EXISTS (SELECT 1 FROM outcomes WHERE lead_id = ?1) "
        "UNION ALL SELECT ?6, lead_id, 1, sql_at, opportunity_at, customer_at, lost_at, revenue, sql_undated, "
        "opportunity_undated, customer_undated, lost_undated FROM outcomes WHERE lead_id = ?1 AND ("
        "(sql_at IS NULL AND ?2 > sql_undated) OR (opportunity_at IS NULL AND ?3 > opportunity_undated) OR "
        "(customer_at IS NULL AND ?4 > customer_undated) OR (lost_at IS NULL AND ?5 > lost_undated))");
    auto keepRecorded = m_context.database().prepare(
        "INSERT OR IGNORE INTO import_recorded_stage_changes (import_id, lead_id, stage, existed, at, "
        "previous_import_id) SELECT ?4, ?1, ?2, 0, NULL, NULL "
        "WHERE NOT EXISTS (SELECT 1 FROM recorded_stages WHERE lead_id = ?1 AND stage = ?2) "
        "UNION ALL SELECT ?4, lead_id, stage, 1, at, import_id FROM recorded_stages "
        "WHERE lead_id = ?1 AND stage = ?2 AND at IS NOT COALESCE(?3, at)");
    for (auto *prepared : {&undated, &recorded, &keepOutcome, &keepRecorded})
        if (!*prepared)
            return prepared->error();
    m_undated = std::move(*undated);
    m_recorded = std::move(*recorded);
    m_keepOutcome = std::move(*keepOutcome);
    m_keepRecorded = std::move(*keepRecorded);
    return {};
}

Result<bool> StageColumns::store(std::int64_t lead, const StageCells &cells)
{
    bool changed = false;
    if (cells.undatedOutcomes != 0) {
        for (Statement *statement : {&m_keepOutcome, &m_undated}) {
            statement->bind(1, lead);
            for (int i = 0; i < 4; ++i)
                statement->bind(2 + i, std::int64_t((cells.undatedOutcomes >> i) & 1u));
        }
        m_keepOutcome.bind(6, m_context.importId());
        if (Status kept = m_keepOutcome.run(); !kept)
            return kept.error();
        if (Status status = m_undated.run(); !status)
            return status.error();
        changed = m_context.database().changes() > 0;
    }
    for (int i = 0; i < StageCells::recordedCount; ++i) {
        const auto &at = cells.recordedAt[std::size_t(i)];
        if (!at && !((cells.recordedUndated >> i) & 1u))
            continue;
        for (Statement *statement : {&m_keepRecorded, &m_recorded})
            statement->bind(1, lead)
                .bind(2, StageCells::recordedStageName(i))
                .bind(3, at)
                .bind(4, m_context.importId());
        if (Status kept = m_keepRecorded.run(); !kept)
            return kept.error();
        if (Status status = m_recorded.run(); !status)
            return status.error();
        changed = changed || m_context.database().changes() > 0;
    }
    return changed;
}

} // namespace LeadStage
