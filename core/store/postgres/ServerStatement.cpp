#include "ServerStatement.h"

#include "HexDigit.h"
#include "ServerConnection.h"
#include "ServerError.h"

#include <libpq-fe.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cstdlib>
#include <cstring>

namespace LeadStage {

namespace {

// PostgreSQL's type numbers (pg_type.oid), fixed since forever.
constexpr Oid unknownType = 0;
constexpr Oid byteaType = 17;
constexpr Oid int8Type = 20;
constexpr Oid int2Type = 21;
constexpr Oid int4Type = 23;
constexpr Oid float4Type = 700;
constexpr Oid float8Type = 701;
constexpr Oid numericType = 1700;
constexpr Oid boolType = 16;

} // namespace

ServerStatement::ServerStatement(ServerConnection &connection, std::string_view sqliteSql)
    : m_connection(connection)
    , m_sql(ServerDialect::translate(sqliteSql))
{
    const auto count = std::size_t(m_sql.parameters);
    m_values.resize(count);
    m_null.assign(count, 1); // SQLite's unbound parameters are NULL
    m_types.assign(count, unknownType);
    m_formats.assign(count, 0);
}

ServerStatement::~ServerStatement()
{
    PQclear(m_result);
    // Not in a failed transaction (which refuses it) nor amid a COPY: the session's end
    // frees it then.
    pg_conn *connection = m_connection.handle();
    if (!m_prepared.empty() && connection && !m_connection.isStreaming()
        && PQtransactionStatus(connection) != PQTRANS_INERROR && PQtransactionStatus(connection) != PQTRANS_ACTIVE)
        PQclear(PQexec(connection, ("DEALLOCATE " + m_prepared).c_str()));
}

Status ServerStatement::prepareOnServer()
{
    static std::atomic<std::uint64_t> prepared{0};
    const std::string name = "leadstage_" + std::to_string(prepared.fetch_add(1, std::memory_order_relaxed));
    PGresult *result =
        PQprepare(m_connection.handle(), name.c_str(), m_sql.sql.c_str(), m_sql.parameters, m_types.data());
    const bool done = PQresultStatus(result) == PGRES_COMMAND_OK;
    Status status;
    if (!done)
        status = ServerError::fromResult(
            QString::fromUtf8(m_sql.sql.data(), qsizetype(std::min<std::size_t>(m_sql.sql.size(), 60))),
            m_connection.label(), result, m_connection.handle());
    PQclear(result);
    m_preparing = false;
    if (done)
        m_prepared = name;
    return status;
}

void ServerStatement::setParameter(int index, std::string value, unsigned type, int format)
{
    // A number past the statement's parameters is ignored, as SQLite ignores it (with
    // SQLITE_RANGE, which Statement does not read either).
    if (index < 1 || index > m_sql.parameters)
        return;
    const auto at = std::size_t(index - 1);
    m_values[at] = std::move(value);
    m_null[at] = 0;
    m_types[at] = type;
    m_formats[at] = format;
}

void ServerStatement::bind(int index, std::int64_t value)
{
    setParameter(index, std::to_string(value), int8Type, 0);
}

void ServerStatement::bind(int index, double value)
{
    char text[32];
    // The shortest text that reads back as the same double.
    const auto [end, error] = std::to_chars(text, text + sizeof text, value);
    setParameter(index, error == std::errc() ? std::string(text, end) : std::string("NaN"), float8Type, 0);
}

void ServerStatement::bindText(int index, std::string_view utf8)
{
    // Untyped: the server takes the type from where the value goes, as SQLite would
    // store a number's text into an INTEGER column as a number.
    setParameter(index, std::string(utf8), unknownType, 0);
}

void ServerStatement::bindBlob(int index, std::span<const std::byte> value)
{
    setParameter(index, std::string(reinterpret_cast<const char *>(value.data()), value.size()), byteaType, 1);
}

void ServerStatement::bindNull(int index)
{
    if (index < 1 || index > m_sql.parameters)
        return;
    m_null[std::size_t(index - 1)] = 1;
    m_types[std::size_t(index - 1)] = unknownType;
}

Status ServerStatement::run()
{
    if (Status settled = m_connection.settleStream(); !settled)
        return settled;
    const auto count = std::size_t(m_sql.parameters);
    std::vector<const char *> values(count);
    std::vector<int> lengths(count);
    for (std::size_t i = 0; i < count; ++i) {
        // A text parameter travels as a C string: past a NUL the server would see nothing.
        if (!m_null[i] && m_formats[i] == 0 && m_values[i].find('\0') != std::string::npos)
            return Error{
                u"%1: parameter %2 is a text holding a NUL byte, which PostgreSQL's text cannot hold"_qs
                    .arg(QString::fromUtf8(m_sql.sql.data(), qsizetype(std::min<std::size_t>(m_sql.sql.size(), 60))))
                    .arg(i + 1),
                m_connection.label(), 0, 0,
                u"Nothing was written. Take the NUL byte out of the input, or keep this data in a "
                "workspace file."_qs};
        values[i] = m_null[i] ? nullptr : m_values[i].c_str();
        lengths[i] = int(m_values[i].size());
    }
    if (m_preparing && m_prepared.empty() && ++m_runs >= 2)
        if (Status prepared = prepareOnServer(); !prepared)
            return prepared;
    m_result = m_prepared.empty() ? PQexecParams(m_connection.handle(), m_sql.sql.c_str(), int(count), m_types.data(),
                                                 values.data(), lengths.data(), m_formats.data(), 0)
                                  : PQexecPrepared(m_connection.handle(), m_prepared.c_str(), int(count), values.data(),
                                                   lengths.data(), m_formats.data(), 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error error = ServerError::fromResult(
            QString::fromUtf8(m_sql.sql.data(), qsizetype(std::min<std::size_t>(m_sql.sql.size(), 60))),
            m_connection.label(), m_result, m_connection.handle());
        reset();
        return error;
    }
    const char *changed = PQcmdTuples(m_result);
    m_connection.setLastChanges(*changed ? std::strtoll(changed, nullptr, 10) : 0);
    m_rows = status == PGRES_TUPLES_OK ? PQntuples(m_result) : 0;
    m_row = -1;
    m_blobs.assign(std::size_t(PQnfields(m_result)), {});
    return {};
}

Result<bool> ServerStatement::step()
{
    if (!m_result) {
        if (Status ran = run(); !ran)
            return ran.error();
    }
    ++m_row;
    for (auto &blob : m_blobs)
        blob.clear();
    if (m_row < m_rows)
        return true;
    reset();
    return false;
}

void ServerStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

bool ServerStatement::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || column >= PQnfields(m_result)
           || PQgetisnull(m_result, m_row, column) == 1;
}

bool ServerStatement::isNumber(int column) const
{
    if (isNull(column))
        return false;
    switch (PQftype(m_result, column)) {
    case int8Type:
    case int4Type:
    case int2Type:
    case float4Type:
    case float8Type:
    case numericType:
    case boolType:
        return true;
    default:
        return false;
    }
}

std::int64_t ServerStatement::int64(int column) const
{
    if (isNull(column))
        return 0;
    const char *text = PQgetvalue(m_result, m_row, column);
    if (PQftype(m_result, column) == boolType)
        return text[0] == 't' ? 1 : 0;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text, text + std::strlen(text), value);
    if (error == std::errc() && *end == '\0')
        return value;
    return std::int64_t(std::strtod(text, nullptr)); // a real or numeric read as an integer: SQLite truncates too
}

double ServerStatement::real(int column) const
{
    return isNull(column) ? 0.0 : std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
}

std::string_view ServerStatement::utf8(int column) const
{
    if (isNull(column))
        return {};
    return {PQgetvalue(m_result, m_row, column), std::size_t(PQgetlength(m_result, m_row, column))};
}

std::span<const std::byte> ServerStatement::blob(int column) const
{
    if (isNull(column))
        return {};
    const std::string_view text = utf8(column);
    if (PQftype(m_result, column) != byteaType)
        return {reinterpret_cast<const std::byte *>(text.data()), text.size()};
    auto &bytes = m_blobs[std::size_t(column)];
    if (bytes.empty() && text.size() > 2 && text.starts_with("\\x")) {
        // bytea_output = hex, which ServerConnection sets for every session. The packed
        // copies are tens of megabytes: a table lookup a digit, no branch.
        static const auto digits = [] {
            std::array<std::uint8_t, 256> values{};
            for (int c = 0; c < 256; ++c)
                values[std::size_t(c)] = std::uint8_t(std::max(hexDigitValue(char(c)), 0));
            return values;
        }();
        bytes.resize((text.size() - 2) / 2);
        const auto *hex = reinterpret_cast<const unsigned char *>(text.data()) + 2;
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = std::byte(std::uint8_t(digits[hex[2 * i]] << 4 | digits[hex[2 * i + 1]]));
    }
    return bytes;
}

} // namespace LeadStage
