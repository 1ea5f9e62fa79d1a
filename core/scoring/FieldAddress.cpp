#include "FieldAddress.h"

namespace LeadStage {

FieldAddress FieldAddress::of(QStringView name)
{
    if (name.startsWith(attrsPrefix))
        return {std::nullopt, name.mid(attrsPrefix.size()).toString()};
    if (const std::optional<LeadField> field = leadFieldFromName(name))
        return {field, QString()};
    return {std::nullopt, name.toString()};
}

QString FieldAddress::nameOfAttribute(const QString &key)
{
    if (leadFieldFromName(key) || key.startsWith(attrsPrefix))
        return attrsPrefix.toString() + key;
    return key;
}

QStringList FieldAddress::leadFieldNames()
{
    return {u"industry"_qs, u"employees"_qs, u"country"_qs,  u"job_title"_qs, u"email_domain"_qs,
            u"email"_qs,    u"source"_qs,    u"campaign"_qs, u"company"_qs};
}

} // namespace LeadStage
