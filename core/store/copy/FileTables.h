#pragma once

#include "TableStreams.h"
#include "store/Statement.h"

#include <vector>

namespace LeadStage {

class Database;

// Reads a workspace file's tables: each value as SQLite stores it (its storage class,
// not the declared type, so a digest sees what is really there).
class FileTableReader : public TableReader
{
public:
    explicit FileTableReader(Database &database);
    Result<std::int64_t> count(const TableShape &table) override;
    Status read(const TableShape &table, const RowCallback &row) override;

private:
    Database &m_database;
};

// Writes rows into a workspace file's tables with one prepared INSERT per table,
// inside the caller's transaction.
class FileTableWriter : public TableWriter
{
public:
    explicit FileTableWriter(Database &database);
    Status begin(const TableShape &table) override;
    Status write(TableRow row) override;
    Status end() override;

private:
    Database &m_database;
    Statement m_insert;
    QString m_table;
};

} // namespace LeadStage
