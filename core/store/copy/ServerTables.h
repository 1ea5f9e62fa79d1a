#pragma once

#include "TableStreams.h"

#include <QString>

#include <string>

namespace LeadStage {

class ServerConnection;

// Reads a server workspace's tables through COPY (SELECT ... ORDER BY key) TO STDOUT,
// each value as its column's type. Text keys are ordered as bytes (COLLATE "C"), the
// order SQLite gives.
class ServerTableReader : public TableReader
{
public:
    ServerTableReader(ServerConnection &connection, QString schema);
    Result<std::int64_t> count(const TableShape &table) override;
    Status read(const TableShape &table, const RowCallback &row) override;

private:
    ServerConnection &m_connection;
    QString m_schema;
};

// Writes rows into a server workspace's tables through COPY ... FROM STDIN, inside the
// caller's transaction, in pieces of about a megabyte.
class ServerTableWriter : public TableWriter
{
public:
    ServerTableWriter(ServerConnection &connection, QString schema);
    ~ServerTableWriter() override; // a COPY left open by a failure is cancelled
    ServerTableWriter(const ServerTableWriter &) = delete;
    ServerTableWriter &operator=(const ServerTableWriter &) = delete;
    Status begin(const TableShape &table) override;
    Status write(TableRow row) override;
    Status end() override;

private:
    ServerConnection &m_connection;
    QString m_schema;
    std::string m_buffer;
    bool m_copying = false;
};

} // namespace LeadStage
