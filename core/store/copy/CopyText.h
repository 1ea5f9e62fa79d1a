#pragma once

#include "TableRow.h"
#include "WorkspaceTables.h"
#include "common/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace LeadStage {

// PostgreSQL's COPY text format, both ways: one line per row, fields split by tabs,
// \N for NULL, backslash escapes in text. Reals are written with the fewest digits
// that read back as the same double, which is also what the server writes.
namespace CopyText {

void appendRow(std::string &out, TableRow row);

// One row's fields from a line (with or without its newline), each read as its
// column's type. Text fields point into `texts`, valid until the next call.
class RowParser
{
public:
    explicit RowParser(const TableShape &table);
    Status parse(std::string_view line);
    TableRow row() const { return m_fields; }

private:
    const TableShape &m_table;
    std::vector<FieldValue> m_fields;
    std::vector<std::string> m_texts;
};

} // namespace CopyText
} // namespace LeadStage
