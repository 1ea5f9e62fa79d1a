#include "ServerChanges.h"

#include "ServerError.h"
#include "WorkspaceAddress.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <libpq-fe.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace LeadStage {

namespace {

// One channel for every workspace in a database: a schema's name may be as long as a
// channel's may be, and a listener reads its own workspace's messages from the rest.
constexpr const char *channel = "leadstage";

} // namespace

Status ServerChanges::announce(Database &database, const QString &what)
{
    if (!database.isServer())
        return {};
    auto address = WorkspaceAddress::parse(database.path());
    if (!address)
        return address.error();
    const QString schema = address->schema();
    // The role and the time are the server's own: what the other analysts' windows show.
    auto notify = database.prepare(
        "SELECT pg_notify('leadstage', json_build_object('schema', CAST(?1 AS TEXT), 'what', CAST(?2 AS TEXT), "
        "'by', current_user, 'at', CAST(extract(epoch FROM now()) AS bigint))::text)");
    if (!notify)
        return notify.error();
    notify->bind(1, schema).bind(2, what);
    return notify->run();
}

ServerChangeListener::ServerChangeListener(ServerConnection connection, QString schema)
    : m_connection(std::move(connection))
    , m_schema(std::move(schema))
{}

Result<ServerChangeListener> ServerChangeListener::listen(const QString &text)
{
    auto address = WorkspaceAddress::parse(text);
    if (!address)
        return address.error();
    if (!address->isServer())
        return Error{u"is a file: only a server workspace tells of other sessions' changes"_qs, text};
    auto connection = ServerConnection::connect(*address);
    if (!connection)
        return connection.error();
    if (Status listening = connection->execute(std::string("LISTEN ") + channel, u"listening for changes"_qs);
        !listening)
        return listening.error();
    return ServerChangeListener(std::move(*connection), address->schema());
}

int ServerChangeListener::socket() const
{
    return PQsocket(m_connection.handle());
}

int ServerChangeListener::backendPid() const
{
    return PQbackendPID(m_connection.handle());
}

Result<std::vector<ServerChange>> ServerChangeListener::take()
{
    pg_conn *connection = m_connection.handle();
    if (PQconsumeInput(connection) == 0 || PQstatus(connection) != CONNECTION_OK)
        return ServerError::fromConnection(u"listening for other analysts' changes"_qs, m_connection.label(),
                                           connection);
    std::vector<ServerChange> changes;
    while (PGnotify *notice = PQnotifies(connection)) {
        const QJsonObject message = QJsonDocument::fromJson(QByteArray(notice->extra)).object();
        if (QString::fromUtf8(notice->relname) == QLatin1String(channel)
            && message.value(u"schema"_qs).toString() == m_schema)
            changes.push_back({message.value(u"what"_qs).toString(), message.value(u"by"_qs).toString(),
                               message.value(u"at"_qs).toInteger()});
        PQfreemem(notice);
    }
    return changes;
}

} // namespace LeadStage
