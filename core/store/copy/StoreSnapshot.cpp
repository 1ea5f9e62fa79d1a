#include "StoreSnapshot.h"

#include "FileTables.h"
#include "ServerTables.h"
#include "WorkspaceTables.h"
#include "store/Schema.h"
#include "store/Workspace.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/ServerSchema.h"
#include "store/postgres/ServerTransaction.h"
#include "store/postgres/WorkspaceAddress.h"

namespace LeadStage {

namespace {

// A programming error the tests catch: a migration was added without these shapes.
Status checkShapesAreCurrent()
{
    if (WorkspaceTables::schemaVersion() == Schema::latestVersion())
        return {};
    return Error{u"this LeadStage's copy knows schema version %1, but its workspaces have version %2"_qs
                     .arg(WorkspaceTables::schemaVersion())
                     .arg(Schema::latestVersion()),
                 QString(), 0, 0, u"Report this as a bug: WorkspaceTables and ServerSchema need the new version."_qs};
}

} // namespace

StoreSnapshot::~StoreSnapshot()
{
    m_reader.reset();
    m_serverReading.reset(); // ends the read-only transaction
    if (m_fileReading)
        static_cast<void>(m_workspace->database().exec("COMMIT")); // a read transaction: nothing to keep or lose
}

Result<std::unique_ptr<StoreSnapshot>> StoreSnapshot::open(const WorkspaceAddress &address)
{
    if (Status current = checkShapesAreCurrent(); !current)
        return current.error();
    std::unique_ptr<StoreSnapshot> snapshot(new StoreSnapshot);
    snapshot->m_label = address.text();
    if (!address.isServer()) {
        auto workspace = Workspace::open(address.filePath(),
                                         Workspace::Options{Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        if (!workspace)
            return workspace.error();
        if ((*workspace)->schemaVersion() != Schema::latestVersion())
            return Error{
                u"the workspace has schema version %1; a copy needs version %2"_qs.arg((*workspace)->schemaVersion())
                    .arg(Schema::latestVersion()),
                address.text(), 0, 0,
                u"Open it once in this LeadStage (or run `leadstage score` on it), which upgrades it, then "
                "copy it."_qs};
        snapshot->m_workspace = std::move(*workspace);
        if (Status begun = snapshot->m_workspace->database().exec("BEGIN"); !begun)
            return begun.error();
        snapshot->m_fileReading = true;
        snapshot->m_reader = std::make_unique<FileTableReader>(snapshot->m_workspace->database());
        return snapshot;
    }
    auto connection = ServerConnection::connect(address);
    if (!connection)
        return connection.error();
    snapshot->m_connection = std::make_unique<ServerConnection>(std::move(*connection));
    snapshot->m_serverReading =
        std::make_unique<ServerTransaction>(*snapshot->m_connection, ServerTransaction::Kind::ReadSnapshot);
    if (!snapshot->m_serverReading->isActive())
        return snapshot->m_serverReading->beginStatus().error();
    auto version = ServerSchema::readableVersion(*snapshot->m_connection, address.schema());
    if (!version)
        return version.error();
    if (*version != Schema::latestVersion())
        return Error{u"the workspace has schema version %1; a copy needs version %2"_qs.arg(*version).arg(
                         Schema::latestVersion()),
                     address.text(), 0, 0,
                     u"Ask one of its owners to open it once in this LeadStage (or run `leadstage score` on it), "
                     "which upgrades it, then copy it."_qs};
    snapshot->m_reader = std::make_unique<ServerTableReader>(*snapshot->m_connection, address.schema());
    return snapshot;
}

} // namespace LeadStage
