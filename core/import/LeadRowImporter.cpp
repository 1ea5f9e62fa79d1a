#include "LeadRowImporter.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace LeadStage {

namespace {

// The text fields bound as ?3..?10, in this order.
const QString textFields[] = {u"first_name"_qs, u"last_name"_qs, u"company"_qs, u"job_title"_qs,
                              u"industry"_qs,   u"country"_qs,   u"source"_qs,  u"campaign"_qs};

QString orNull(QStringView text)
{
    return text.isEmpty() ? QString() : text.toString();
}

} // namespace

struct LeadRowImporter::Values
{
    QString externalId, email;
    QString texts[std::size(textFields)];
    std::optional<std::int64_t> employees, createdAt;
    QByteArray attrs;
};

Status LeadRowImporter::prepare()
{
    auto insert = m_context.database().prepare(
        "INSERT INTO leads (external_id, email, first_name, last_name, company, job_title, industry, country, "
        "source, campaign, employees, created_at, attrs) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "COALESCE(?12, ?14), ?13)");
    // An update fills in what the row has; an empty cell keeps what is stored.
    auto update = m_context.database().prepare(
        "UPDATE leads SET external_id = COALESCE(?1, external_id), email = COALESCE(?2, email), "
        "first_name = COALESCE(?3, first_name), last_name = COALESCE(?4, last_name), company = COALESCE(?5, company), "
        "job_title = COALESCE(?6, job_title), industry = COALESCE(?7, industry), country = COALESCE(?8, country), "
        "source = COALESCE(?9, source), campaign = COALESCE(?10, campaign), employees = COALESCE(?11, employees), "
        "created_at = COALESCE(?12, created_at), attrs = json_patch(attrs, ?13) WHERE id = ?14");
    for (auto *prepared : {&insert, &update})
        if (!*prepared)
            return prepared->error();
    m_insert = std::move(*insert);
    m_update = std::move(*update);
    return {};
}

void LeadRowImporter::bindValues(Statement &statement, const Values &values)
{
    statement.bind(1, values.externalId).bind(2, values.email);
    for (int i = 0; i < int(std::size(textFields)); ++i)
        statement.bind(3 + i, values.texts[i]);
    statement.bind(11, values.employees).bind(12, values.createdAt);
    statement.bindUtf8(13, std::string_view(values.attrs.constData(), std::size_t(values.attrs.size())));
}

Status LeadRowImporter::insert(const Values &values)
{
    bindValues(m_insert, values);
    // A lead without a creation date counts from the import.
    m_insert.bind(14, m_context.startedAt());
    if (Status status = m_insert.run(); !status)
        return status;
    const std::int64_t id = m_context.database().lastInsertId();
    m_context.leads().add(id, values.externalId, values.email);
    m_context.touch(id);
    ++m_context.report().inserted;
    return {};
}

Status LeadRowImporter::updateOrSkip(std::int64_t id, const Values &values)
{
    if (m_context.options().onMatch == OnMatch::Skip) {
        ++m_context.report().skipped;
        return {};
    }
    bindValues(m_update, values);
    m_update.bind(14, id);
    if (Status status = m_update.run(); !status)
        return status;
    m_context.leads().add(id, values.externalId, values.email);
    m_context.touch(id);
    ++m_context.report().updated;
    return {};
}

Result<std::int64_t> LeadRowImporter::match(const CsvRecord &record, const QString &externalId, const QString &email)
{
    if (!externalId.isEmpty())
        if (const std::int64_t id = m_context.leads().byExternalId(externalId))
            return id;
    if (email.isEmpty())
        return std::int64_t(0);
    const std::int64_t id = m_context.leads().byEmail(email);
    if (!id || externalId.isEmpty())
        return id;
    // Same e-mail, another CRM id: merging two CRM records silently would lose one.
    auto stored = m_context.database().prepare("SELECT external_id FROM leads WHERE id = ?1");
    if (!stored)
        return stored.error();
    stored->bind(1, id);
    if (auto row = stored->step(); !row)
        return row.error();
    if (!stored->isNull(0) && stored->text(0) != externalId) {
        const QString reason = u"e-mail %1 belongs to the lead with CRM id %2, not %3"_qs.arg(email, stored->text(0),
                                                                                               externalId);
        if (Status status = m_context.reject(record, m_context.columnOf(u"email"), reason); !status)
            return status.error();
        return std::int64_t(-1);
    }
    return id;
}

Status LeadRowImporter::import(const CsvRecord &record)
{
    Values values;
    values.externalId = orNull(m_context.cell(record, u"external_id"));
    values.email = orNull(LeadIndex::normaliseEmail(m_context.cell(record, u"email")));
    for (int i = 0; i < int(std::size(textFields)); ++i)
        values.texts[i] = orNull(m_context.cell(record, textFields[i]));
    if (values.externalId.isEmpty() && values.email.isEmpty())
        return m_context.reject(record, 0, u"the row has neither a CRM id nor an e-mail"_qs);
    if (const QStringView employees = m_context.cell(record, u"employees"); !employees.isEmpty()) {
        bool ok = false;
        values.employees = employees.toLongLong(&ok);
        if (!ok)
            return m_context.reject(record, m_context.columnOf(u"employees"),
                                    u"employees: '%1' is not a whole number"_qs.arg(employees));
    }
    auto created = m_context.date(record, u"created_at");
    if (!created)
        return m_context.reject(record, created.error());
    values.createdAt = *created;
    QJsonObject attrs;
    for (int column : m_context.columns().attributeColumns)
        if (column < record.size() && !record.field(column).trimmed().isEmpty())
            attrs.insert(m_context.columns().header[column], record.field(column).trimmed().toString());
    values.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);

    auto matched = match(record, values.externalId, values.email);
    if (!matched)
        return matched.error();
    if (*matched < 0)
        return {};
    if (const std::int64_t owner = values.email.isEmpty() ? 0 : m_context.leads().byEmail(values.email);
        *matched && owner && owner != *matched)
        return m_context.reject(record, m_context.columnOf(u"email"),
                                u"e-mail %1 belongs to another lead than CRM id %2"_qs.arg(values.email, values.externalId));
    return *matched ? updateOrSkip(*matched, values) : insert(values);
}

} // namespace LeadStage
