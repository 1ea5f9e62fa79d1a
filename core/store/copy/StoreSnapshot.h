#pragma once

#include "TableStreams.h"
#include "common/Result.h"

#include <QString>

#include <memory>

namespace LeadStage {

class ServerConnection;
class ServerTransaction;
class Workspace;
class WorkspaceAddress;

// A workspace opened to read one consistent state of it while other LeadStages go on
// working: a file opened read-only inside one read transaction, or a server schema in
// one REPEATABLE READ, READ ONLY transaction. Refuses a workspace of another schema
// version than this LeadStage's.
class StoreSnapshot
{
public:
    static Result<std::unique_ptr<StoreSnapshot>> open(const WorkspaceAddress &address);
    ~StoreSnapshot();
    StoreSnapshot(const StoreSnapshot &) = delete;
    StoreSnapshot &operator=(const StoreSnapshot &) = delete;

    TableReader &reader() { return *m_reader; }
    const QString &label() const { return m_label; }

private:
    StoreSnapshot() = default;

    QString m_label;
    std::unique_ptr<Workspace> m_workspace;
    bool m_fileReading = false;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ServerTransaction> m_serverReading;
    std::unique_ptr<TableReader> m_reader;
};

} // namespace LeadStage
