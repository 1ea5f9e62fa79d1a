#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringEncoder>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace LeadStage {

class Database;
class ServerStatement;

// A prepared statement with bound parameters (1-based, as in SQLite). Reused for
// bulk work: bind, step, reset. On a server workspace it runs as a ServerStatement.
class Statement
{
public:
    Statement();
    Statement(sqlite3_stmt *statement, const Database *database);
    Statement(std::unique_ptr<ServerStatement> statement, const Database *database);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bindUtf8(int index, std::string_view value);
    // Without SQLite's copy: `value` must stay valid until the parameter is bound again
    // or the statement is gone (a constant, a buffer that outlives the statement).
    Statement &bindLastingUtf8(int index, std::string_view value);
    // Without SQLite's copy either, for a buffer that lives until the statement's next
    // run only: SQLite reads parameters when it steps, so every parameter the buffer
    // held must be bound again before the run after that one.
    Statement &bindUtf8UntilRun(int index, std::string_view value) { return bindLastingUtf8(index, value); }
    Statement &bindNull(int index);
    Statement &bind(int index, std::optional<std::int64_t> value);
    // A BLOB, copied by SQLite (an empty one is a zero-length BLOB, not NULL).
    Statement &bindBlob(int index, std::span<const std::byte> value);

    // true: a row is ready; false: done. Errors come back as Error.
    Result<bool> step();
    // step() for statements that return no rows.
    Status run();
    void reset();

    bool isNull(int column) const;
    // An INTEGER or REAL value (not text that looks like a number).
    bool isNumber(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step() or reset(): no copy, for bulk readers.
    std::string_view utf8(int column) const;
    // The same, nullopt for NULL (an empty text is not NULL).
    std::optional<std::string_view> optionalUtf8(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    // A BLOB's bytes, valid until the next step() or reset(); nullopt for NULL.
    std::optional<std::span<const std::byte>> optionalBlob(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<ServerStatement> m_server;
    const Database *m_database = nullptr;
    std::string m_utf8; // bind(QString)'s conversion buffer, reused
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

} // namespace LeadStage
