#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>
#include <string_view>

struct sqlite3;

namespace LeadStage {

class ServerConnection;
class Statement;

// One connection (RAII) to a workspace's store: an SQLite file, or a schema on a
// PostgreSQL server, where statements written in SQLite's dialect are translated
// (ServerDialect). Each thread opens its own; errors come back as Error values naming
// the file or the server.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    Database() = default;
    Database(sqlite3 *handle, QString path);
    // A server connection whose search_path already names the workspace's schema;
    // `address` names it in messages.
    Database(std::unique_ptr<ServerConnection> server, QString address);
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Opens with the given sqlite3_open_v2 flags; nothing is read or written yet. With
    // `uriQuery` ("mode=ro&immutable=1") the file is opened as an SQLite URI with it.
    static Result<Database> open(const QString &path, int flags, const QString &uriQuery = {});

    bool isOpen() const { return m_handle != nullptr || m_server != nullptr; }
    Dialect dialect() const { return m_server ? Dialect::Postgres : Dialect::Sqlite; }
    bool isServer() const { return m_server != nullptr; }
    sqlite3 *handle() const { return m_handle; }                // nullptr on a server
    ServerConnection *server() const { return m_server.get(); } // nullptr for a file
    const QString &path() const { return m_path; }

    // Runs SQL without parameters (schema, pragmas). Never for SQL built from data.
    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);

    // A readable Error from the connection's last failure, saying what was being done.
    Error lastError(const QString &doing) const;
    int lastErrorCode() const; // the extended SQLite result code
    std::int64_t lastInsertId() const;
    int changes() const;
    // Whether a transaction is open on this connection (BEGIN without COMMIT or ROLLBACK yet).
    bool inTransaction() const;
    // Frees the pages this connection caches (up to the 256 MB a writer keeps). A worker
    // calls it before handing the connection back to the GUI thread: otherwise the GUI's
    // next statement after another connection's write frees them there, 60 ms and more.
    void releaseCachedPages();

    void close();

private:
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<ServerConnection> m_server;
    QString m_path;
};

// Frees a connection's cached pages when the scope ends, whichever way it ends.
class CachedPagesReleasedAtExit
{
public:
    explicit CachedPagesReleasedAtExit(Database &database)
        : m_database(database)
    {}
    CachedPagesReleasedAtExit(const CachedPagesReleasedAtExit &) = delete;
    CachedPagesReleasedAtExit &operator=(const CachedPagesReleasedAtExit &) = delete;
    ~CachedPagesReleasedAtExit() { m_database.releaseCachedPages(); }

private:
    Database &m_database;
};

// Turns an SQLite result code into advice the user can act on.
QString sqliteHint(int extendedCode);

} // namespace LeadStage
