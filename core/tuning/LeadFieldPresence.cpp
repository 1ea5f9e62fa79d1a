#include "LeadFieldPresence.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <algorithm>

namespace LeadStage {

namespace {

// In LeadField's order, how many leads have a value (a comparison is a number in
// SQLite but a boolean on a server, which max() does not take: counts serve both);
// email_domain counts when an e-mail has a domain.
const char *const fieldsWithValues = R"sql(
SELECT count(*),
       count(nullif(industry, '')), count(employees), count(nullif(country, '')),
       count(nullif(job_title, '')), count(nullif(email, '')),
       count(CASE WHEN instr(coalesce(email, ''), '@') BETWEEN 1 AND length(email) - 1 THEN 1 END),
       count(nullif(source, '')), count(nullif(campaign, '')), count(nullif(company, ''))
FROM leads
)sql";

const char *const attributesWithValues = R"sql(
SELECT DISTINCT a.key FROM leads AS l, json_each(l.attrs) AS a
WHERE l.attrs <> '{}' AND a.value IS NOT NULL AND a.value <> ''
)sql";

// In LeadField's order: whether some lead has a value, stopping at the first.
const char *const fieldHasValue[leadFieldCount] = {
    "SELECT EXISTS (SELECT 1 FROM leads WHERE industry <> '')",
    "SELECT EXISTS (SELECT 1 FROM leads WHERE employees IS NOT NULL)",
    "SELECT EXISTS (SELECT 1 FROM leads WHERE country <> '')",
    "SELECT EXISTS (SELECT 1 FROM leads WHERE job_title <> '')",
    "SELECT EXISTS (SELECT 1 FROM leads WHERE email <> '')",
    "SELECT EXISTS (SELECT 1 FROM leads WHERE instr(email, '@') BETWEEN 1 AND length(email) - 1)",
    "SELECT EXISTS (SELECT 1 FROM leads WHERE source <> '')",
    "SELECT EXISTS (SELECT 1 FROM leads WHERE campaign <> '')",
    "SELECT EXISTS (SELECT 1 FROM leads WHERE company <> '')",
};

const char *const attributeHasValue = R"sql(
SELECT EXISTS (SELECT 1 FROM leads AS l, json_each(l.attrs) AS a
               WHERE l.attrs <> '{}' AND a.key = ?1 AND a.value IS NOT NULL AND a.value <> '')
)sql";

Result<bool> exists(Database &database, const char *sql, const QString &key = QString())
{
    auto query = database.prepare(sql);
    if (!query)
        return query.error();
    if (!key.isNull())
        query->bind(1, key);
    auto row = query->step();
    if (!row)
        return row.error();
    return *row && query->int64(0) != 0;
}

} // namespace

Result<LeadFieldPresence> LeadFieldPresence::readFor(Database &database, const ScoringModel &model)
{
    LeadFieldPresence presence;
    auto anyLead = exists(database, "SELECT EXISTS (SELECT 1 FROM leads)");
    if (!anyLead)
        return anyLead.error();
    presence.m_hasLeads = *anyLead;
    std::vector<QString> names;
    for (const ScoringRule &rule : model.rules)
        if (rule.condition)
            names.push_back(rule.condition->field);
    for (const FitRule &rule : model.fit.rules)
        names.push_back(rule.condition.field);
    for (const QString &name : names) {
        const FieldAddress address = FieldAddress::of(name);
        if (!presence.m_hasLeads || presence.has(address))
            continue;
        auto found = address.field ? exists(database, fieldHasValue[std::size_t(*address.field)])
                                   : exists(database, attributeHasValue, address.attribute);
        if (!found)
            return found.error();
        if (*found && address.field)
            presence.m_fields[std::size_t(*address.field)] = true;
        else if (*found)
            presence.m_attributes.insert(address.attribute);
        if (*found || !address.field)
            continue;
        // An empty field may have a namesake extra column: the warning then says attrs.KEY.
        auto namesake = exists(database, attributeHasValue, name);
        if (!namesake)
            return namesake.error();
        if (*namesake)
            presence.m_attributes.insert(name);
    }
    return presence;
}

Result<LeadFieldPresence> LeadFieldPresence::read(Database &database)
{
    LeadFieldPresence presence;
    auto fields = database.prepare(fieldsWithValues);
    if (!fields)
        return fields.error();
    auto row = fields->step();
    if (!row)
        return row.error();
    presence.m_hasLeads = *row && fields->int64(0) > 0;
    for (std::size_t i = 0; *row && i < leadFieldCount; ++i)
        presence.m_fields[i] = fields->int64(int(i) + 1) != 0;
    auto attributes = database.prepare(attributesWithValues);
    if (!attributes)
        return attributes.error();
    for (;;) {
        auto next = attributes->step();
        if (!next)
            return next.error();
        if (!*next)
            return presence;
        presence.m_attributes.insert(attributes->text(0));
    }
}

bool LeadFieldPresence::has(const FieldAddress &address) const
{
    if (address.field)
        return m_fields[std::size_t(*address.field)];
    return m_attributes.contains(address.attribute);
}

QStringList LeadFieldPresence::attributeNames() const
{
    QStringList names;
    for (const QString &key : m_attributes)
        names << FieldAddress::nameOfAttribute(key);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return names;
}

} // namespace LeadStage
