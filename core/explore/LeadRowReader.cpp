#include "LeadRowReader.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace LeadStage {

namespace {

// The ids asked for, in their order (`wanted.value`, ordered by `wanted.key`): SQLite
// reads the JSON array; a server, which has arrays, reads it as bigint[].
std::string wantedIds(bool onServer)
{
    return onServer ? "unnest(translate(?1, '[]', '{}')::bigint[]) WITH ORDINALITY AS wanted(value, key)"
                    : "json_each(?1) AS wanted";
}

// Columns in ExplorerColumn order after the id.
std::string rowsOf(bool onServer)
{
    return R"sql(
SELECT l.id, coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, ''), l.email, l.company,
       s.stage, s.grade, s.engagement, s.info, s.intent, s.product, s.fit,
       l.source, l.campaign, l.industry, s.last_activity_at, l.created_at, l.external_id, l.attrs
FROM )sql" + wantedIds(onServer)
           + R"sql(
JOIN leads AS l ON l.id = wanted.value
LEFT JOIN lead_state AS s ON s.lead_id = l.id
ORDER BY wanted.key
)sql";
}

std::string existingOf(bool onServer)
{
    return "SELECT l.id FROM " + wantedIds(onServer) + " JOIN leads AS l ON l.id = wanted.value ORDER BY wanted.key";
}

// Made once per store, not on every page of rows read.
std::string_view selectRows(const Database &database)
{
    static const std::string onFile = rowsOf(false), onServer = rowsOf(true);
    return database.isServer() ? onServer : onFile;
}

std::string_view selectExisting(const Database &database)
{
    static const std::string onFile = existingOf(false), onServer = existingOf(true);
    return database.isServer() ? onServer : onFile;
}

QVariant valueOf(const Statement &query, int column, ColumnKind kind)
{
    if (query.isNull(column))
        return {};
    if (kind == ColumnKind::Text)
        return query.text(column).trimmed();
    return QVariant::fromValue<qlonglong>(query.int64(column));
}

// The import's extra columns; "{}" (the default) is read without a parser.
QJsonObject attributesOf(const Statement &query, int column)
{
    if (query.isNull(column))
        return {};
    const std::string_view json = query.utf8(column);
    if (json.size() <= 2)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size()))).object();
}

Result<Statement *> prepared(Database &database, std::optional<Statement> &slot, std::string_view sql)
{
    if (!slot) {
        auto statement = database.prepare(sql);
        if (!statement)
            return statement.error();
        slot = std::move(*statement);
    }
    slot->reset();
    return &*slot;
}

} // namespace

QByteArray idsAsJson(std::span<const std::int64_t> ids)
{
    QByteArray json;
    json.reserve(qsizetype(ids.size()) * 9 + 2);
    json += '[';
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i)
            json += ',';
        json += QByteArray::number(qlonglong(ids[i]));
    }
    json += ']';
    return json;
}

LeadRowReader::LeadRowReader(Database &database)
    : m_database(database)
{}

Result<std::vector<LeadRow>> LeadRowReader::read(std::span<const std::int64_t> ids)
{
    auto query = prepared(m_database, m_rows, selectRows(m_database));
    if (!query)
        return query.error();
    const QByteArray json = idsAsJson(ids);
    (*query)->bindUtf8(1, std::string_view(json.constData(), std::size_t(json.size())));
    std::vector<LeadRow> rows;
    rows.reserve(ids.size());
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        LeadRow lead;
        lead.id = (*query)->int64(0);
        for (const ExplorerColumnSpec &spec : columnSpecs()) {
            const int column = int(spec.column);
            lead.cells[std::size_t(column)] = valueOf(**query, column + 1, spec.kind);
        }
        lead.attributes = attributesOf(**query, explorerColumnCount + 1);
        rows.push_back(std::move(lead));
    }
    (*query)->reset();
    return rows;
}

Result<std::vector<std::int64_t>> LeadRowReader::existing(std::span<const std::int64_t> ids)
{
    auto query = prepared(m_database, m_existing, selectExisting(m_database));
    if (!query)
        return query.error();
    const QByteArray json = idsAsJson(ids);
    (*query)->bindUtf8(1, std::string_view(json.constData(), std::size_t(json.size())));
    std::vector<std::int64_t> found;
    found.reserve(ids.size());
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        found.push_back((*query)->int64(0));
    }
    (*query)->reset();
    return found;
}

} // namespace LeadStage
