#pragma once

#include "ServerDialect.h"
#include "common/Result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct pg_result;

namespace LeadStage {

class ServerConnection;

// A Statement's life on a PostgreSQL connection: the SQL translated once, values
// bound by number and sent with each run, the rows of a run read from its whole
// result. Bulk work does not come here: it goes through COPY.
class ServerStatement
{
public:
    ServerStatement(ServerConnection &connection, std::string_view sqliteSql);
    ServerStatement(const ServerStatement &) = delete;
    ServerStatement &operator=(const ServerStatement &) = delete;
    ~ServerStatement();

    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    void bindText(int index, std::string_view utf8);
    void bindBlob(int index, std::span<const std::byte> value);
    void bindNull(int index);

    // The first step runs the statement; true while a row is ready. After the last row
    // (false) the next step runs it again, as SQLite's does.
    Result<bool> step();
    void reset();

    bool isNull(int column) const;
    bool isNumber(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string_view utf8(int column) const;
    std::span<const std::byte> blob(int column) const; // a bytea column's bytes

    const std::string &sql() const { return m_sql.sql; }

private:
    void setParameter(int index, std::string value, unsigned type, int format);
    Status run();
    Status prepareOnServer();

    ServerConnection &m_connection;
    ServerDialect::Translated m_sql;
    std::vector<std::string> m_values;
    std::vector<char> m_null;
    std::vector<unsigned> m_types;
    std::vector<int> m_formats;
    pg_result *m_result = nullptr;
    // A statement run again (a bulk writer's, row after row) is prepared on the server
    // at its second run, so that the server parses and plans it once.
    int m_runs = 0;
    std::string m_prepared;  // its name on the server, empty while not prepared
    bool m_preparing = true; // false once preparing failed: it is not tried again
    int m_row = -1;
    int m_rows = 0;
    mutable std::vector<std::vector<std::byte>> m_blobs; // decoded bytea of the current row
};

} // namespace LeadStage
