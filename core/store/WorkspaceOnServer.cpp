// Workspace's side for a schema on a PostgreSQL server (issue 21): the same Workspace,
// its Database a server connection whose search_path names the workspace's schema.
#include "Workspace.h"

#include "Schema.h"
#include "postgres/ServerConnection.h"
#include "postgres/ServerSchema.h"
#include "postgres/ServerWriteLock.h"
#include "postgres/TeamRoles.h"
#include "postgres/WorkspaceAddress.h"

#include <QCoreApplication>

namespace LeadStage {

namespace {

// The connection, and the workspace's schema version.
Result<std::pair<Database, int>> connectToSchema(const WorkspaceAddress &address, Workspace::Access access)
{
    auto connected = ServerConnection::connect(address);
    if (!connected)
        return connected.error();
    auto connection = std::make_unique<ServerConnection>(std::move(*connected));
    auto version = ServerSchema::readableVersion(*connection, address.schema());
    if (!version)
        return version.error();
    // Every statement names its tables without a schema, as in the file: the session's
    // search_path points them at the workspace's schema (pg_catalog stays first).
    const QString doing = QCoreApplication::translate("StoreError", "choosing the workspace's schema");
    if (auto set = connection->query("SELECT set_config('search_path', $1, false)", {address.schema()}, doing); !set)
        return set.error();
    // A reader's session refuses every write on the server itself, not only in LeadStage.
    if (access == Workspace::Access::ReadOnly)
        if (Status readOnly = connection->execute("SET default_transaction_read_only = on", doing); !readOnly)
            return readOnly.error();
    return std::pair{Database(std::move(connection), address.text()), *version};
}

} // namespace

bool Workspace::isServerAddress(const QString &text)
{
    // Any scheme: parse() then refuses one that is not PostgreSQL's, naming it.
    return WorkspaceAddress::isAddress(text);
}

Result<std::unique_ptr<Workspace>> Workspace::openOnServer(const QString &text, const Options &options)
{
    auto address = WorkspaceAddress::parse(text);
    if (!address)
        return address.error();
    auto connected = connectToSchema(*address, options.access);
    if (!connected)
        return connected.error();
    auto &[database, version] = *connected;
    auto rights = TeamRoles::rightsOf(*database.server());
    if (!rights)
        return rights.error();
    if (options.access == Access::ReadWrite) {
        // A viewer is told before taking the lock that would hold up the analysts.
        if (Status may = TeamRoles::checkMayChange(*rights, address->schema(), address->text()); !may)
            return may.error();
        if (Status locked = ServerWriteLock::take(*database.server(), address->text()); !locked)
            return locked.error();
    }
    OpenNotes notes;
    if (options.access == Access::ReadWrite && version < Schema::latestVersion()) {
        // As a file is upgraded when opened for writing, under the one-writer lock; the
        // steps change tables an owner holds, so an analyst's LeadStage leaves them.
        auto may = ServerSchema::mayUpgrade(*database.server());
        if (!may)
            return may.error();
        if (!*may)
            notes.upgradeWaitsForOwner = version;
        else if (Status upgraded = ServerSchema::upgrade(*database.server(), version); !upgraded)
            return upgraded.error();
        else
            version = Schema::latestVersion();
    }
    auto stale = ScoreStatus::read(database);
    if (!stale)
        return stale.error();
    notes.staleScores = *stale;
    std::unique_ptr<Workspace> workspace(new Workspace(address->text(), std::move(database), options.access, nullptr));
    workspace->m_schemaVersion = version;
    workspace->m_busyTimeoutMs = options.busyTimeoutMs;
    workspace->m_notes = std::move(notes);
    workspace->m_schemaName = address->schema();
    workspace->m_serverMayChange = rights->change;
    workspace->m_serverMayActivate = rights->activate;
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::openServerConnection() const
{
    auto address = WorkspaceAddress::parse(m_path);
    if (!address)
        return address.error();
    auto connected = connectToSchema(*address, m_access);
    if (!connected)
        return connected.error();
    std::unique_ptr<Workspace> connection(new Workspace(m_path, std::move(connected->first), m_access, nullptr));
    connection->m_schemaVersion = m_schemaVersion;
    connection->m_busyTimeoutMs = m_busyTimeoutMs;
    connection->m_schemaName = m_schemaName;
    return connection;
}

} // namespace LeadStage
