#include "ServerTables.h"

#include "CopyText.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/ServerNames.h"

#include <algorithm>

namespace LeadStage {

namespace {

constexpr std::size_t sendAt = 1 << 20;

std::string keyOrder(const TableShape &table)
{
    std::string order;
    for (const QString &column : table.key) {
        if (!order.empty())
            order += ", ";
        order += column.toStdString();
        const auto shape = std::find_if(table.columns.begin(), table.columns.end(),
                                        [&column](const TableShape::Column &c) { return c.name == column; });
        if (shape != table.columns.end() && shape->type == FieldValue::Kind::Text)
            order += " COLLATE \"C\"";
    }
    return order;
}

} // namespace

ServerTableReader::ServerTableReader(ServerConnection &connection, QString schema)
    : m_connection(connection)
    , m_schema(std::move(schema))
{}

Result<std::int64_t> ServerTableReader::count(const TableShape &table)
{
    auto counted = m_connection.query("SELECT count(*) FROM " + qualifiedName(m_schema, table.name), {},
                                      u"counting the rows of %1"_qs.arg(table.name));
    if (!counted)
        return counted.error();
    return counted->int64(0, 0).value_or(0);
}

Status ServerTableReader::read(const TableShape &table, const RowCallback &row)
{
    const std::string copy = "COPY (SELECT " + table.columnList().toStdString() + " FROM "
                             + qualifiedName(m_schema, table.name) + " ORDER BY " + keyOrder(table) + ") TO STDOUT";
    CopyText::RowParser parser(table);
    return m_connection.copyOut(
        copy,
        [&](std::string_view line) -> Status {
            if (Status parsed = parser.parse(line); !parsed)
                return parsed;
            return row(parser.row());
        },
        u"reading the table %1"_qs.arg(table.name));
}

ServerTableWriter::ServerTableWriter(ServerConnection &connection, QString schema)
    : m_connection(connection)
    , m_schema(std::move(schema))
{}

ServerTableWriter::~ServerTableWriter()
{
    if (m_copying)
        m_connection.cancelCopyIn();
}

Status ServerTableWriter::begin(const TableShape &table)
{
    m_buffer.clear();
    m_buffer.reserve(sendAt + 4096);
    const std::string copy =
        "COPY " + qualifiedName(m_schema, table.name) + " (" + table.columnList().toStdString() + ") FROM STDIN";
    Status started = m_connection.beginCopyIn(copy, u"writing the table %1"_qs.arg(table.name));
    m_copying = started.ok();
    return started;
}

Status ServerTableWriter::write(TableRow row)
{
    CopyText::appendRow(m_buffer, row);
    if (m_buffer.size() < sendAt)
        return {};
    Status sent = m_connection.putCopyData(m_buffer);
    m_buffer.clear();
    return sent;
}

Status ServerTableWriter::end()
{
    if (!m_buffer.empty()) {
        Status sent = m_connection.putCopyData(m_buffer);
        m_buffer.clear();
        if (!sent)
            return sent;
    }
    m_copying = false;
    return m_connection.endCopyIn();
}

} // namespace LeadStage
