#include "FieldAddress.h"

#include "ScoringModel.h"

namespace LeadStage {

FieldAddress FieldAddress::of(QStringView name)
{
    if (name.startsWith(attrsPrefix))
        return {std::nullopt, name.mid(attrsPrefix.size()).toString()};
    if (const std::optional<LeadField> field = leadFieldFromName(name))
        return {field, QString()};
    return {std::nullopt, name.toString()};
}

LeadFieldChoice FieldAddress::namedBy(const ScoringModel &model)
{
    LeadFieldChoice choice;
    const auto name = [&choice](const FieldCondition &condition) {
        const FieldAddress address = of(condition.field);
        if (address.field)
            choice.fields.set(std::size_t(*address.field));
        else
            choice.attrs = true;
    };
    for (const ScoringRule &rule : model.rules)
        if (rule.condition)
            name(*rule.condition);
    for (const FitRule &rule : model.fit.rules)
        name(rule.condition);
    return choice;
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
