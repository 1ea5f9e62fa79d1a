#pragma once

#include "Database.h"
#include "ScoreStatus.h"
#include "WorkspaceLock.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;

namespace LeadStage {

// One LeadStage workspace: an SQLite file (*.leadstage) opened, checked and
// migrated to the current schema, or a schema on a PostgreSQL server
// (postgresql://host/db?schema=name, WorkspaceOnServer.cpp). Opening never crashes and never modifies a file
// it refuses (not SQLite, empty, damaged, foreign, newer, read-only, locked). A new
// workspace is built beside its name and moved into place complete (WorkspaceBuild).
class Workspace
{
public:
    enum class Access { ReadWrite, ReadOnly };
    // Create: a missing (or empty, 0-byte) file becomes a new workspace. Fail: it is refused.
    enum class Missing { Create, Fail };

    struct Options
    {
        Access access = Access::ReadWrite;
        Missing missing = Missing::Fail;
        int busyTimeoutMs = 2000;
    };

    // What opening found and put right, for the user to hear: the GUI's "LeadStage
    // was not closed properly last time", the command line's notes.
    struct OpenNotes
    {
        // The lock of a LeadStage that died with the workspace open (crash, kill, power loss).
        std::optional<WorkspaceLock::Owner> lockTakenOver;
        bool interruptedWriteUndone = false; // an interrupted import's or rescore's journal was rolled back
        bool readAsImmutable = false;        // a read-only file or medium: read without locks (immutable)
        // lead_state does not follow the data (ScoreStatus): an import's rescore did not finish.
        std::optional<ScoreStatus::Stale> staleScores;
        // A server workspace of this older schema version that the user may change but
        // not upgrade (only an owner's LeadStage does): it is used as it is.
        std::optional<int> upgradeWaitsForOwner;

        // One sentence each about the lock and the journal, for a status line or stderr.
        QStringList recoveryMessages() const;
    };

    // `path`: a file, or a server workspace's address (isServerAddress).
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Options &options);
    static bool isServerAddress(const QString &text);
    static Result<std::unique_ptr<Workspace>> create(const QString &path);
    ~Workspace();

    // Another read-write connection to this open workspace, for a worker thread (each
    // thread opens its own). It works under this workspace's lock, which keeps other
    // processes out but not the threads of the process holding it, and keeps the lock
    // alive for as long as it lives. SQLite (WAL) lets one of the two write at a time.
    Result<std::unique_ptr<Workspace>> openConnection() const;

    Database &database() { return m_database; }
    // The file's path, or the server workspace's address as the user wrote it.
    const QString &path() const { return m_path; }
    QString name() const; // file name without ".leadstage", or the server workspace's schema
    bool isOnServer() const { return m_database.isServer(); }
    int schemaVersion() const { return m_schemaVersion; }
    // A read-only workspace's connection refuses every write (VACUUM INTO included).
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Whether its user may ask for changes (through this connection, or for a server
    // workspace through a writer opened for the change) and make a model active: a file
    // opened for writing may; a server workspace as its roles say (read at the open).
    bool mayChange() const { return isOnServer() ? m_serverMayChange : !isReadOnly(); }
    bool mayActivate() const { return isOnServer() ? m_serverMayActivate : !isReadOnly(); }
    const OpenNotes &openNotes() const { return m_notes; }
    // Read now, not at the open: nullopt when lead_state follows the data.
    Result<std::optional<ScoreStatus::Stale>> staleScores() { return ScoreStatus::read(m_database); }

    static QString fileSuffix() { return u"leadstage"_qs; }

private:
    friend class WorkspaceBuild;
    Workspace(QString path, Database database, Access access, std::shared_ptr<QLockFile> lock);
    static Status prepareForWriting(Database &database);
    // Opens `path` (absolute) under an already acquired lock (ReadWrite) or none (ReadOnly).
    // `creating`: the file is the new, empty one WorkspaceBuild fills.
    static Result<std::unique_ptr<Workspace>> openLocked(const QString &path, const Options &options,
                                                         WorkspaceLock::Acquired lock, bool creating);
    static Result<std::unique_ptr<Workspace>> openReadOnly(const QString &path, const Options &options,
                                                           OpenNotes notes);
    static Result<std::unique_ptr<Workspace>> openOnServer(const QString &address, const Options &options);
    Result<std::unique_ptr<Workspace>> openServerConnection() const;

    QString m_path;
    Database m_database;
    Access m_access;
    std::shared_ptr<QLockFile> m_lock; // shared with the connections openConnection() made
    int m_schemaVersion = 0;
    int m_busyTimeoutMs = 2000;
    OpenNotes m_notes;
    QString m_schemaName; // a server workspace's schema
    bool m_serverMayChange = false, m_serverMayActivate = false;
};

} // namespace LeadStage
