#include "ManyRowInsert.h"

namespace LeadStage {

std::string manyRowInsert(std::string_view head, int columns, int rows)
{
    std::string group = "(?";
    for (int column = 1; column < columns; ++column)
        group += ", ?";
    group += ')';
    std::string sql(head);
    sql += " VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += (row > 0 ? ", " : "") + group;
    return sql;
}

} // namespace LeadStage
