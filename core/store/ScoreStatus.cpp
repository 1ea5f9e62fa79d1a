#include "ScoreStatus.h"

#include "Database.h"
#include "Statement.h"
#include "StoredTables.h"
#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace LeadStage {

namespace {

// What version 6's migration would mark: leads without a lead_state row.
Result<std::optional<ScoreStatus::Stale>> unscoredLeads(Database &database)
{
    for (const char *table : {"leads", "lead_state"}) {
        auto exists = StoredTables::has(database, table);
        if (!exists)
            return exists.error();
        if (!*exists)
            return std::optional<ScoreStatus::Stale>();
    }
    auto query = database.prepare("SELECT EXISTS (SELECT 1 FROM leads l WHERE NOT EXISTS"
                                  " (SELECT 1 FROM lead_state s WHERE s.lead_id = l.id))");
    if (!query)
        return query.error();
    if (auto row = query->step(); !row)
        return row.error();
    if (query->int64(0) == 0)
        return std::optional<ScoreStatus::Stale>();
    return std::optional<ScoreStatus::Stale>(
        ScoreStatus::Stale{QDateTime::currentSecsSinceEpoch(), QString::fromLatin1(ScoreStatus::unscoredReason)});
}

} // namespace

Result<std::optional<ScoreStatus::Stale>> ScoreStatus::read(Database &database)
{
    auto exists = StoredTables::has(database, "score_status");
    if (!exists)
        return exists.error();
    if (!*exists)
        return unscoredLeads(database); // a file older than version 6, read without upgrading
    auto query = database.prepare("SELECT stale_since, reason FROM score_status WHERE id = 1");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row || query->isNull(0))
        return std::optional<Stale>();
    return std::optional<Stale>(Stale{query->int64(0), query->text(1)});
}

Status ScoreStatus::markStale(Database &database, const char *reason)
{
    // The first cause is kept: it is the one the scores have not caught up with since.
    auto update = database.prepare("UPDATE score_status SET stale_since = COALESCE(stale_since, ?1),"
                                   " reason = COALESCE(reason, ?2) WHERE id = 1");
    if (!update)
        return update.error();
    update->bind(1, std::int64_t(QDateTime::currentSecsSinceEpoch())).bindUtf8(2, reason);
    return update->run();
}

Status ScoreStatus::markFresh(Database &database)
{
    return database.exec("UPDATE score_status SET stale_since = NULL, reason = NULL WHERE id = 1");
}

QString ScoreStatus::describe(const Stale &stale)
{
    const QString when = isoUtc(stale.since);
    if (stale.reason == QLatin1String(unscoredReason))
        return QCoreApplication::translate(
                   "ScoreStatus", "its scores are out of date: some leads have never been scored (found on %1)")
            .arg(when);
    if (stale.reason == QLatin1String(undoReason))
        return QCoreApplication::translate(
                   "ScoreStatus",
                   "its scores are out of date: an import was undone on %1 and the rescore did not finish")
            .arg(when);
    return QCoreApplication::translate(
               "ScoreStatus",
               "its scores are out of date: an import changed the data on %1 and its rescore did not finish")
        .arg(when);
}

} // namespace LeadStage
