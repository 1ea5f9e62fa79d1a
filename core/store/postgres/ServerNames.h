#pragma once

#include <QString>

#include <string>

namespace LeadStage {

// `"schema"."table"` for SQL text: identifiers cannot be parameters. Only for names
// checked by WorkspaceAddress::checkSchemaName and the schema's own table names.
inline std::string qualifiedName(const QString &schema, const QString &table)
{
    return '"' + schema.toStdString() + "\".\"" + table.toStdString() + '"';
}

} // namespace LeadStage
