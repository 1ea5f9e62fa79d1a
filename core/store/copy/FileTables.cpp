#include "FileTables.h"

#include "store/Database.h"

#include <sqlite3.h>

#include <memory>
#include <string>

namespace LeadStage {

namespace {

std::string selectInKeyOrder(const TableShape &table)
{
    return QString(u"SELECT "_qs + table.columnList() + u" FROM "_qs + table.name + u" ORDER BY "_qs
                   + table.key.join(u", "_qs))
        .toStdString();
}

struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

} // namespace

FileTableReader::FileTableReader(Database &database)
    : m_database(database)
{}

Result<std::int64_t> FileTableReader::count(const TableShape &table)
{
    auto query = m_database.prepare(QString(u"SELECT count(*) FROM "_qs + table.name).toStdString());
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return query->int64(0);
}

Status FileTableReader::read(const TableShape &table, const RowCallback &row)
{
    // The raw statement: the storage class of each value is what this reader is for.
    const std::string sql = selectInKeyOrder(table);
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(m_database.handle(), sql.c_str(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return m_database.lastError(u"reading the table %1"_qs.arg(table.name));
    const std::unique_ptr<sqlite3_stmt, StatementFinalizer> statement(raw);
    std::vector<FieldValue> fields(table.columns.size());
    for (;;) {
        const int stepped = sqlite3_step(raw);
        if (stepped == SQLITE_DONE)
            return {};
        if (stepped != SQLITE_ROW)
            return m_database.lastError(u"reading the table %1"_qs.arg(table.name));
        for (int column = 0; column < int(fields.size()); ++column) {
            FieldValue &field = fields[std::size_t(column)];
            switch (sqlite3_column_type(raw, column)) {
            case SQLITE_NULL:
                field = FieldValue{};
                break;
            case SQLITE_INTEGER:
                field.kind = FieldValue::Kind::Integer;
                field.integer = sqlite3_column_int64(raw, column);
                break;
            case SQLITE_FLOAT:
                field.kind = FieldValue::Kind::Real;
                field.real = sqlite3_column_double(raw, column);
                break;
            case SQLITE_TEXT:
                field.kind = FieldValue::Kind::Text;
                field.text = std::string_view(reinterpret_cast<const char *>(sqlite3_column_text(raw, column)),
                                              std::size_t(sqlite3_column_bytes(raw, column)));
                break;
            default:
                return Error{u"the table %1 holds binary data in its column %2, which LeadStage never writes"_qs.arg(
                                 table.name, table.columns[std::size_t(column)].name),
                             m_database.path(), 0, 0, u"The file was changed by another program: restore it."_qs};
            }
        }
        if (Status taken = row(fields); !taken)
            return taken;
    }
}

FileTableWriter::FileTableWriter(Database &database)
    : m_database(database)
{}

Status FileTableWriter::begin(const TableShape &table)
{
    QStringList parameters;
    for (std::size_t i = 1; i <= table.columns.size(); ++i)
        parameters << u"?%1"_qs.arg(i);
    const QString sql = u"INSERT INTO "_qs + table.name + u" ("_qs + table.columnList() + u") VALUES ("_qs
                        + parameters.join(u", "_qs) + u')';
    auto insert = m_database.prepare(sql.toStdString());
    if (!insert)
        return insert.error();
    m_insert = std::move(*insert);
    m_table = table.name;
    return {};
}

Status FileTableWriter::write(TableRow row)
{
    int index = 1;
    for (const FieldValue &field : row) {
        switch (field.kind) {
        case FieldValue::Kind::Null:
            m_insert.bindNull(index);
            break;
        case FieldValue::Kind::Integer:
            m_insert.bind(index, field.integer);
            break;
        case FieldValue::Kind::Real:
            m_insert.bind(index, field.real);
            break;
        case FieldValue::Kind::Text:
            m_insert.bindUtf8(index, field.text);
            break;
        }
        ++index;
    }
    if (Status inserted = m_insert.run(); !inserted) {
        Error error = inserted.error();
        error.what = u"writing the table %1: %2"_qs.arg(m_table, error.what);
        return error;
    }
    return {};
}

Status FileTableWriter::end()
{
    m_insert = Statement();
    return {};
}

} // namespace LeadStage
