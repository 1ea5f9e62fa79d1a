#include "LeadColumns.h"

#include "Moments.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace LeadStage {

namespace {

constexpr std::array<QStringView, leadFieldCount> fieldNames = {
    u"industry", u"employees", u"country", u"job_title", u"email",
    u"email_domain", u"source", u"campaign", u"company"};

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
    for (auto *column : {&m_ids, &m_createdAt, &m_sqlAt, &m_opportunityAt, &m_customerAt})
        column->reserve(leads);
    m_archived.reserve(leads);
    m_attrs.reserve(leads);
    for (TextColumn &field : m_fields)
        field.ids.reserve(leads);
}

void LeadColumns::append(const LeadRecord &lead)
{
    m_ids.push_back(lead.id);
    m_createdAt.push_back(lead.createdAt);
    m_sqlAt.push_back(timeOrNone(lead.sqlAt));
    m_opportunityAt.push_back(timeOrNone(lead.opportunityAt));
    m_customerAt.push_back(timeOrNone(lead.customerAt));
    m_archived.push_back(lead.archived ? 1 : 0);
    m_attrs.push_back(lead.attrs);
    const qsizetype at = lead.email.lastIndexOf(u'@');
    const QString domain = at < 0 ? QString() : lead.email.mid(at + 1).trimmed().toLower();
    const QString employees = lead.employees ? QString::number(*lead.employees) : QString();
    const std::array<const QString *, leadFieldCount> texts = {
        &lead.industry, &employees, &lead.country, &lead.jobTitle, &lead.email,
        &domain, &lead.source, &lead.campaign, &lead.company};
    for (std::size_t i = 0; i < leadFieldCount; ++i)
        m_fields[i].append(*texts[i]);
}

TextColumn LeadColumns::attributeColumn(const QString &key) const
{
    TextColumn column;
    column.ids.reserve(m_attrs.size());
    const QByteArray quotedKey = '"' + key.toUtf8() + '"';
    for (const QByteArray &attrs : m_attrs) {
        // Most leads lack most keys: skip the JSON parse when the key's text is absent.
        const bool mayHold = attrs.contains(quotedKey);
        column.append(mayHold ? attributeText(QJsonDocument::fromJson(attrs).object().value(key)) : QString());
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
