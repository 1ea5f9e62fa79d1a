#pragma once

#include "TableRow.h"
#include "WorkspaceTables.h"
#include "common/Result.h"

#include <cstdint>
#include <functional>

namespace LeadStage {

// Reads a workspace table's rows, in primary-key order, from one store.
class TableReader
{
public:
    using RowCallback = std::function<Status(TableRow row)>;

    virtual ~TableReader() = default;
    virtual Result<std::int64_t> count(const TableShape &table) = 0;
    // Calls `row` for each row; its error stops the reading and is returned.
    virtual Status read(const TableShape &table, const RowCallback &row) = 0;
};

// Writes rows into a workspace table of one store, inside the caller's transaction.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    virtual Status begin(const TableShape &table) = 0;
    virtual Status write(TableRow row) = 0;
    virtual Status end() = 0;
};

} // namespace LeadStage
