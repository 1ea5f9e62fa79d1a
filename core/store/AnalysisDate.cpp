#include "AnalysisDate.h"

#include "Database.h"
#include "Statement.h"
#include "StoredTables.h"

#include <QCoreApplication>
#include <algorithm>

namespace LeadStage {

namespace {

// In workspace_settings; the value is UTC seconds in decimal.
constexpr const char *settingKey = "analysis_date";

Result<std::int64_t> scalar(Database &database, std::string_view sql)
{
    auto query = database.prepare(sql);
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return *row && !query->isNull(0) ? query->int64(0) : 0;
}

Result<bool> hasTable(Database &database, std::string_view name = "workspace_settings")
{
    return StoredTables::has(database, name);
}

// The latest date a CRM recorded a stage at (schema version 8; a file read without
// upgrading has none): the data's moments include what the CRM says happened.
Result<std::int64_t> latestRecorded(Database &database)
{
    auto exists = hasTable(database, "recorded_stages");
    if (!exists || !*exists)
        return exists ? Result<std::int64_t>(std::int64_t(0)) : Result<std::int64_t>(exists.error());
    return scalar(database, "SELECT coalesce(max(at), 0) FROM recorded_stages");
}

} // namespace

Result<AnalysisDate::Resolved> AnalysisDate::resolve(Database &database)
{
    auto kept = chosen(database);
    if (!kept)
        return kept.error();
    if (*kept)
        return Resolved{**kept, true};
    auto latest = latestMoment(database);
    if (!latest)
        return latest.error();
    return Resolved{*latest, false};
}

Result<std::optional<std::int64_t>> AnalysisDate::chosen(Database &database)
{
    auto table = hasTable(database);
    if (!table)
        return table.error();
    if (!*table)
        return std::optional<std::int64_t>();
    auto query = database.prepare("SELECT value FROM workspace_settings WHERE key = ?1");
    if (!query)
        return query.error();
    query->bindUtf8(1, settingKey);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::int64_t>();
    bool ok = false;
    const std::int64_t asOf = query->text(0).toLongLong(&ok);
    if (!ok)
        return Error{
            QCoreApplication::translate("StoreError", "the workspace's analysis date is not a number of seconds: '%1'")
                .arg(query->text(0)),
            QString(), 0, 0,
            QCoreApplication::translate(
                "StoreError", "Set it again with `leadstage score FILE --as-of YYYY-MM-DD` (or `--as-of latest`).")};
    return std::optional<std::int64_t>(asOf);
}

Status AnalysisDate::choose(Database &database, std::optional<std::int64_t> asOf)
{
    if (!asOf) {
        auto forget = database.prepare("DELETE FROM workspace_settings WHERE key = ?1");
        if (!forget)
            return forget.error();
        forget->bindUtf8(1, settingKey);
        return forget->run();
    }
    auto keep = database.prepare("INSERT INTO workspace_settings (key, value) VALUES (?1, ?2)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!keep)
        return keep.error();
    keep->bindUtf8(1, settingKey).bind(2, QString::number(*asOf));
    return keep->run();
}

Result<std::int64_t> AnalysisDate::latestMoment(Database &database)
{
    auto recorded = latestRecorded(database);
    if (!recorded)
        return recorded.error();
    auto stored = scalar(database, "SELECT max(coalesce((SELECT max(occurred_at) FROM events), 0),"
                                   " coalesce((SELECT max(created_at) FROM leads), 0),"
                                   " coalesce((SELECT max(max(coalesce(sql_at, 0), coalesce(opportunity_at, 0),"
                                   " coalesce(customer_at, 0), coalesce(lost_at, 0))) FROM outcomes), 0))");
    if (!stored)
        return stored.error();
    return std::max(*stored, *recorded);
}

Result<std::int64_t> AnalysisDate::latestOutcome(Database &database)
{
    auto recorded = latestRecorded(database);
    if (!recorded)
        return recorded.error();
    auto outcome = scalar(database, "SELECT coalesce(max(max(coalesce(sql_at, 0), coalesce(opportunity_at, 0),"
                                    " coalesce(customer_at, 0), coalesce(lost_at, 0))), 0) FROM outcomes");
    if (!outcome)
        return outcome.error();
    return std::max(*outcome, *recorded);
}

} // namespace LeadStage
