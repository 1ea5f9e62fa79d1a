#include "LeadColumns.h"

#include "Moments.h"
#include "common/HugePages.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>

namespace LeadStage {

namespace {

constexpr std::array<QStringView, leadFieldCount> fieldNames = {
    u"industry", u"employees", u"country", u"job_title", u"email", u"email_domain", u"source", u"campaign", u"company"};

QString attributeText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_qs : u"false"_qs;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString domainOf(const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

// domainOf() on UTF-8: an ASCII domain (nearly all) is lowered in place of a QString.
void appendDomain(TextColumn &column, std::string_view email)
{
    const std::size_t at = email.rfind('@');
    if (at == std::string_view::npos) {
        column.appendUtf8({});
        return;
    }
    const std::string_view domain = email.substr(at + 1);
    char lowered[256];
    const bool plain = domain.size() <= sizeof lowered
                       && std::all_of(domain.begin(), domain.end(), [](char c) { return c > ' ' && c < 0x7F; });
    if (!plain) {
        column.append(domainOf(QString::fromUtf8(email.data(), qsizetype(email.size()))));
        return;
    }
    std::transform(domain.begin(), domain.end(), lowered,
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
    column.appendUtf8(std::string_view(lowered, domain.size()));
}

} // namespace

std::optional<LeadField> leadFieldFromName(QStringView name)
{
    for (std::size_t i = 0; i < leadFieldCount; ++i)
        if (fieldNames[i] == name)
            return LeadField(i);
    if (name == u"e-mail_domain" || name == u"e-mail domain")
        return LeadField::EmailDomain;
    return std::nullopt;
}

void LeadColumns::reserve(std::size_t leads)
{
    for (auto *column : {&m_ids, &m_createdAt, &m_sqlAt, &m_opportunityAt, &m_customerAt}) {
        column->reserve(leads);
        adviseHugePages(column->data(), column->capacity() * sizeof(std::int64_t));
    }
    m_archived.reserve(leads);
    m_attrEnds.reserve(leads);
    for (TextColumn &field : m_fields)
        field.reserve(leads);
}

void LeadColumns::appendOutcomes(std::int64_t id, std::int64_t createdAt, std::optional<std::int64_t> sqlAt,
                                 std::optional<std::int64_t> opportunityAt, std::optional<std::int64_t> customerAt,
                                 bool archived)
{
    m_ids.push_back(id);
    m_createdAt.push_back(createdAt);
    m_sqlAt.push_back(timeOrNone(sqlAt));
    m_opportunityAt.push_back(timeOrNone(opportunityAt));
    m_customerAt.push_back(timeOrNone(customerAt));
    m_archived.push_back(archived ? 1 : 0);
}

LeadFieldChoice LeadFieldChoice::all()
{
    LeadFieldChoice choice;
    choice.fields.set();
    choice.attrs = true;
    return choice;
}

void LeadColumns::append(const Cells &lead)
{
    appendOutcomes(lead.id, lead.createdAt, lead.sqlAt, lead.opportunityAt, lead.customerAt, lead.archived);
    if (m_kept.attrs)
        appendAttrs(lead.attrs);
    const auto kept = [this](LeadField field) { return m_kept.fields[std::size_t(field)]; };
    const auto text = [&](LeadField field, std::string_view value) {
        if (kept(field))
            m_fields[std::size_t(field)].appendUtf8(value);
    };
    text(LeadField::Industry, lead.industry);
    if (kept(LeadField::Employees)) {
        char number[24];
        const auto end = lead.employees ? std::to_chars(number, number + sizeof number, *lead.employees).ptr : number;
        m_fields[std::size_t(LeadField::Employees)].appendUtf8(std::string_view(number, std::size_t(end - number)));
    }
    text(LeadField::Country, lead.country);
    text(LeadField::JobTitle, lead.jobTitle);
    text(LeadField::Email, lead.email);
    if (kept(LeadField::EmailDomain))
        appendDomain(m_fields[std::size_t(LeadField::EmailDomain)], lead.email);
    text(LeadField::Source, lead.source);
    text(LeadField::Campaign, lead.campaign);
    text(LeadField::Company, lead.company);
}

void LeadColumns::append(const LeadRecord &lead)
{
    appendOutcomes(lead.id, lead.createdAt, lead.sqlAt, lead.opportunityAt, lead.customerAt, lead.archived);
    if (m_kept.attrs)
        appendAttrs(std::string_view(lead.attrs.constData(), std::size_t(lead.attrs.size())));
    const QString domain = domainOf(lead.email);
    const QString employees = lead.employees ? QString::number(*lead.employees) : QString();
    const std::array<const QString *, leadFieldCount> texts = {&lead.industry, &employees,     &lead.country,
                                                               &lead.jobTitle, &lead.email,    &domain,
                                                               &lead.source,   &lead.campaign, &lead.company};
    for (std::size_t i = 0; i < leadFieldCount; ++i)
        if (m_kept.fields[i])
            m_fields[i].append(*texts[i]);
}

void LeadColumns::appendPlainColumns(const std::vector<std::int64_t> &ids, const std::vector<std::int64_t> &createdAt,
                                     const std::vector<std::int64_t> &sqlAt,
                                     const std::vector<std::int64_t> &opportunityAt,
                                     const std::vector<std::int64_t> &customerAt,
                                     const std::vector<std::uint8_t> &archived)
{
    const auto appendAll = [](auto &to, const auto &from) { to.insert(to.end(), from.begin(), from.end()); };
    appendAll(m_ids, ids);
    appendAll(m_createdAt, createdAt);
    appendAll(m_sqlAt, sqlAt);
    appendAll(m_opportunityAt, opportunityAt);
    appendAll(m_customerAt, customerAt);
    appendAll(m_archived, archived);
}

void LeadColumns::appendColumns(const LeadColumns &other)
{
    appendPlainColumns(other.m_ids, other.m_createdAt, other.m_sqlAt, other.m_opportunityAt, other.m_customerAt,
                       other.m_archived);
    const std::size_t bytesBefore = m_attrBytes.size();
    m_attrBytes.insert(m_attrBytes.end(), other.m_attrBytes.begin(), other.m_attrBytes.end());
    m_attrEnds.reserve(m_attrEnds.size() + other.m_attrEnds.size());
    for (const std::size_t end : other.m_attrEnds)
        m_attrEnds.push_back(bytesBefore + end);
    for (std::size_t field = 0; field < leadFieldCount; ++field)
        m_fields[field].appendColumn(other.m_fields[field]);
}

void LeadColumns::appendCoded(const Coded &leads)
{
    appendPlainColumns(leads.ids, leads.createdAt, leads.sqlAt, leads.opportunityAt, leads.customerAt, leads.archived);
    if (m_kept.attrs)
        for (const std::string_view attrs : leads.attrs)
            appendAttrs(attrs);
    for (std::size_t field = 0; field < leadFieldCount; ++field)
        if (m_kept.fields[field])
            m_fields[field].appendCoded(leads.values[field], leads.codes[field]);
}

void LeadColumns::appendAttrs(std::string_view attrs)
{
    // "{}" holds nothing; skip the copy for leads without attributes
    if (attrs.size() > 2)
        m_attrBytes.insert(m_attrBytes.end(), attrs.begin(), attrs.end());
    m_attrEnds.push_back(m_attrBytes.size());
}

std::string_view LeadColumns::attrs(std::size_t lead) const
{
    if (m_attrEnds.empty())
        return {};
    const std::size_t begin = lead == 0 ? 0 : m_attrEnds[lead - 1];
    return std::string_view(m_attrBytes.data() + begin, m_attrEnds[lead] - begin);
}

TextColumn LeadColumns::attributeColumn(const QString &key) const
{
    Q_ASSERT_X(m_kept.attrs, "LeadColumns::attributeColumn", "the attrs were left out of this load");
    TextColumn column;
    column.reserve(size());
    const QByteArray utf8Key = '"' + key.toUtf8() + '"';
    const std::string_view quotedKey(utf8Key.constData(), std::size_t(utf8Key.size()));
    for (std::size_t lead = 0; lead < size(); ++lead) {
        const std::string_view leadAttrs = attrs(lead);
        // Most leads lack most keys: skip the JSON parse when the key's text is absent.
        if (leadAttrs.find(quotedKey) == std::string_view::npos) {
            column.appendUtf8({});
            continue;
        }
        const auto json = QByteArray::fromRawData(leadAttrs.data(), qsizetype(leadAttrs.size()));
        column.append(attributeText(QJsonDocument::fromJson(json).object().value(key)));
    }
    return column;
}

std::optional<std::size_t> LeadColumns::indexOf(std::int64_t leadId) const
{
    const auto found = std::find(m_ids.begin(), m_ids.end(), leadId);
    if (found == m_ids.end())
        return std::nullopt;
    return std::size_t(found - m_ids.begin());
}

} // namespace LeadStage
