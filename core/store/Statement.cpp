#include "Statement.h"

#include "Database.h"
#include "postgres/ServerStatement.h"

#include <sqlite3.h>

#include <utility>

namespace LeadStage {

Statement::Statement() = default;

Statement::Statement(sqlite3_stmt *statement, const Database *database)
    : m_statement(statement)
    , m_database(database)
{}

Statement::Statement(std::unique_ptr<ServerStatement> statement, const Database *database)
    : m_server(std::move(statement))
    , m_database(database)
{}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_server(std::move(other.m_server))
    , m_database(other.m_database)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_server = std::move(other.m_server);
        m_database = other.m_database;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (m_server) [[unlikely]] {
        m_server->bind(index, value);
        return *this;
    }
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_server) [[unlikely]] {
        m_server->bind(index, value);
        return *this;
    }
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    // SQLite stores UTF-8: handing it UTF-16 costs a translation and an allocation in
    // SQLite for every value. Qt's encoder writes into a reused buffer instead, which
    // SQLITE_TRANSIENT copies at once, so one buffer serves every parameter.
    m_utf8.resize(std::size_t(value.size()) * 3);
    char *end = m_encoder.appendToBuffer(m_utf8.data(), value);
    return bindUtf8(index, std::string_view(m_utf8.data(), std::size_t(end - m_utf8.data())));
}

Statement &Statement::bindUtf8(int index, std::string_view value)
{
    if (m_server) [[unlikely]] {
        m_server->bindText(index, value);
        return *this;
    }
    sqlite3_bind_text(m_statement, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindLastingUtf8(int index, std::string_view value)
{
    if (m_server) [[unlikely]] {
        m_server->bindText(index, value);
        return *this;
    }
    sqlite3_bind_text(m_statement, index, value.data(), int(value.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindBlob(int index, std::span<const std::byte> value)
{
    // A zero-length BLOB needs a non-null pointer: SQLite binds NULL for a null one.
    if (m_server) [[unlikely]] {
        m_server->bindBlob(index, value);
        return *this;
    }
    static const std::byte none{};
    sqlite3_bind_blob(m_statement, index, value.empty() ? &none : value.data(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_server) [[unlikely]] {
        m_server->bindNull(index);
        return *this;
    }
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement &Statement::bind(int index, std::optional<std::int64_t> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Result<bool> Statement::step()
{
    if (m_server) [[unlikely]]
        return m_server->step();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_database->lastError(QString::fromUtf8(sqlite3_sql(m_statement)).left(60));
    sqlite3_reset(m_statement);
    return error;
}

Status Statement::run()
{
    if (m_server) [[unlikely]] {
        auto stepped = m_server->step();
        m_server->reset();
        if (!stepped)
            return stepped.error();
        return {};
    }
    auto stepped = step();
    sqlite3_reset(m_statement);
    if (!stepped)
        return stepped.error();
    return {};
}

void Statement::reset()
{
    if (m_server) [[unlikely]] {
        m_server->reset();
        return;
    }
    sqlite3_reset(m_statement);
}

bool Statement::isNull(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool Statement::isNumber(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->isNumber(column);
    const int type = sqlite3_column_type(m_statement, column);
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

std::int64_t Statement::int64(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->int64(column);
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->real(column);
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    if (m_server) [[unlikely]] {
        if (m_server->isNull(column))
            return {};
        const std::string_view bytes = m_server->utf8(column);
        return bytes.empty() ? QString(u""_qs) : QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }
    // UTF-8 as stored, decoded by Qt: column_text16 would translate into a buffer of
    // SQLite's own first, an allocation per value that bulk readers feel.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return bytes == 0 ? QString(u""_qs) : QString::fromUtf8(data, bytes); // NULL and '' stay apart
}

std::optional<std::span<const std::byte>> Statement::optionalBlob(int column) const
{
    if (m_server) [[unlikely]] {
        if (m_server->isNull(column))
            return std::nullopt;
        return m_server->blob(column);
    }
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return std::nullopt;
    const auto *data = static_cast<const std::byte *>(sqlite3_column_blob(m_statement, column));
    return std::span<const std::byte>(data, data ? std::size_t(sqlite3_column_bytes(m_statement, column)) : 0);
}

std::string_view Statement::utf8(int column) const
{
    if (m_server) [[unlikely]]
        return m_server->utf8(column);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return {data, std::size_t(sqlite3_column_bytes(m_statement, column))};
}

std::optional<std::string_view> Statement::optionalUtf8(int column) const
{
    if (m_server) [[unlikely]] {
        if (m_server->isNull(column))
            return std::nullopt;
        return m_server->utf8(column);
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return std::nullopt;
    return std::string_view(data, std::size_t(sqlite3_column_bytes(m_statement, column)));
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace LeadStage
