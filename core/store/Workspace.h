#pragma once

#include "Database.h"
#include "common/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace LeadStage {

// One LeadStage workspace: an SQLite file (*.leadstage) opened, checked and
// migrated to the current schema. Opening never crashes and never modifies a file
// it refuses (not SQLite, damaged, foreign, newer, read-only, locked).
class Workspace
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Missing { Create, Fail };

    struct Options
    {
        Access access = Access::ReadWrite;
        Missing missing = Missing::Fail;
        int busyTimeoutMs = 2000;
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Workspace>> create(const QString &path);
    ~Workspace();

    // Another read-write connection to this open workspace, for a worker thread (each
    // thread opens its own). It works under this workspace's lock, which keeps other
    // processes out but not the threads of the process holding it, and keeps the lock
    // alive for as long as it lives. SQLite (WAL) lets one of the two write at a time.
    Result<std::unique_ptr<Workspace>> openConnection() const;

    Database &database() { return m_database; }
    const QString &path() const { return m_path; }
    QString name() const; // file name without ".leadstage"
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    static QString fileSuffix() { return u"leadstage"_qs; }

private:
    Workspace(QString path, Database database, Access access, std::shared_ptr<QLockFile> lock);
    static Status prepareForWriting(Database &database);

    QString m_path;
    Database m_database;
    Access m_access;
    std::shared_ptr<QLockFile> m_lock; // shared with the connections openConnection() made
    int m_schemaVersion = 0;
    int m_busyTimeoutMs = 2000;
};

} // namespace LeadStage
