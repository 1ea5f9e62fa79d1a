#include "ServerWriteLock.h"

#include "ServerConnection.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstring>

namespace LeadStage::ServerWriteLock {

namespace {

// 'LSTG', LeadStage's mark, as the lock's first key; the schema's oid as the second.
constexpr const char *tryLock = "SELECT pg_try_advisory_lock(1280529479, oid::int) FROM pg_namespace"
                                " WHERE nspname = current_schema()";
constexpr const char *holder =
    "SELECT a.usename, coalesce(a.client_hostname, host(a.client_addr), 'this server'), a.pid, a.application_name"
    " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
    " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 1280529479"
    " AND l.objid = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())";
// The writer says since when in its session's name, which others read in pg_stat_activity.
constexpr const char *writingSince = "SELECT set_config('application_name', $1, false)";
constexpr const char *sincePrefix = "leadstage, writing since ";

} // namespace

Status take(ServerConnection &connection, const QString &where)
{
    const QString doing = QCoreApplication::translate("StoreError", "taking the workspace's write lock");
    auto taken = connection.query(tryLock, {}, doing);
    if (!taken)
        return taken.error();
    if (taken->rows() == 1 && taken->text(0, 0) == u"t"_qs) {
        const QString since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        auto named = connection.query(writingSince, {QString::fromLatin1(sincePrefix) + since}, doing);
        return named ? Status() : Status(named.error());
    }
    auto held = connection.query(holder, {}, doing);
    QString who = QCoreApplication::translate("StoreError", "another analyst");
    if (held && held->rows() > 0) {
        QString since = held->text(0, 3);
        since = since.startsWith(QLatin1String(sincePrefix)) ? since.mid(qsizetype(strlen(sincePrefix)))
                                                             : QCoreApplication::translate("StoreError", "a while");
        who = QCoreApplication::translate("StoreError", "%1 (from %2, server process %3, writing since %4)")
                  .arg(held->text(0, 0), held->text(0, 1), held->text(0, 2), since);
    }
    return Error{
        QCoreApplication::translate("StoreError", "is being changed by %1: one analyst imports or rescores at a time")
            .arg(who),
        where, 0, 0,
        QCoreApplication::translate("StoreError", "Try again when that has finished; reading (metrics, reports, the "
                                                  "dashboard) works meanwhile.")};
}

} // namespace LeadStage::ServerWriteLock
