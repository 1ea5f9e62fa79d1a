#pragma once

#include "common/Result.h"

#include <QString>

#include <string_view>

struct sqlite3;

namespace LeadStage {

class Statement;

// One SQLite connection (RAII). Each thread opens its own; errors come back as
// Error values naming the database file.
class Database
{
public:
    Database() = default;
    Database(sqlite3 *handle, QString path);
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Opens with the given sqlite3_open_v2 flags; nothing is read or written yet. With
    // `uriQuery` ("mode=ro&immutable=1") the file is opened as an SQLite URI with it.
    static Result<Database> open(const QString &path, int flags, const QString &uriQuery = {});

    bool isOpen() const { return m_handle != nullptr; }
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }

    // Runs SQL without parameters (schema, pragmas). Never for SQL built from data.
    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);

    // A readable Error from the connection's last failure, saying what was being done.
    Error lastError(const QString &doing) const;
    int lastErrorCode() const; // the extended SQLite result code
    std::int64_t lastInsertId() const;
    int changes() const;

    void close();

private:
    sqlite3 *m_handle = nullptr;
    QString m_path;
};

// Turns an SQLite result code into advice the user can act on.
QString sqliteHint(int extendedCode);

} // namespace LeadStage
