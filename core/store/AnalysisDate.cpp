#include "AnalysisDate.h"

#include "Database.h"
#include "Statement.h"

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

Result<bool> hasTable(Database &database)
{
    auto found =
        scalar(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'workspace_settings'");
    if (!found)
        return found.error();
    return *found > 0;
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
        return Error{u"the workspace's analysis date is not a number of seconds: '%1'"_qs.arg(query->text(0)),
                     QString(), 0, 0,
                     u"Set it again with `leadstage score FILE --as-of YYYY-MM-DD` (or `--as-of latest`)."_qs};
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
    auto keep = database.prepare("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?1, ?2)");
    if (!keep)
        return keep.error();
    keep->bindUtf8(1, settingKey).bind(2, QString::number(*asOf));
    return keep->run();
}

Result<std::int64_t> AnalysisDate::latestMoment(Database &database)
{
    return scalar(database, "SELECT max(coalesce((SELECT max(occurred_at) FROM events), 0),"
                            " coalesce((SELECT max(created_at) FROM leads), 0),"
                            " coalesce((SELECT max(max(coalesce(sql_at, 0), coalesce(opportunity_at, 0),"
                            " coalesce(customer_at, 0), coalesce(lost_at, 0))) FROM outcomes), 0))");
}

Result<std::int64_t> AnalysisDate::latestOutcome(Database &database)
{
    return scalar(database, "SELECT coalesce(max(max(coalesce(sql_at, 0), coalesce(opportunity_at, 0),"
                            " coalesce(customer_at, 0), coalesce(lost_at, 0))), 0) FROM outcomes");
}

} // namespace LeadStage
