#pragma once

#include "common/Result.h"

namespace LeadStage {

class ServerConnection;

// A transaction on the server: begun on construction, rolled back on destruction unless
// commit() succeeded, so an error, a cancel or a return halfway leaves nothing. (A kill
// leaves nothing either: the server rolls back a transaction whose client went away.)
class ServerTransaction
{
public:
    enum class Kind {
        Write,
        // One snapshot for every statement, and no writes: a copy reads a consistent workspace.
        ReadSnapshot,
    };

    explicit ServerTransaction(ServerConnection &connection, Kind kind = Kind::Write);
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;
    ~ServerTransaction();

    bool isActive() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    ServerConnection &m_connection;
    Status m_begin;
    bool m_active = false;
};

} // namespace LeadStage
