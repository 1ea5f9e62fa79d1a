#include "LeadIndex.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace LeadStage {

Status LeadIndex::load(Database &database)
{
    auto query = database.prepare("SELECT id, external_id, email FROM leads");
    if (!query)
        return query.error();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        add(query->int64(0), query->text(1), query->text(2));
    }
}

void LeadIndex::add(std::int64_t id, const QString &externalId, const QString &email)
{
    if (!externalId.isEmpty())
        m_byExternalId.insert(externalId, id);
    if (!email.isEmpty())
        m_byEmail.insert(email, id);
}

void LeadIndex::reserve(qsizetype leads)
{
    m_byExternalId.reserve(leads);
    m_byEmail.reserve(leads);
}

std::int64_t LeadIndex::find(const QString &key) const
{
    if (const std::int64_t id = m_byExternalId.value(key))
        return id;
    return key.contains(u'@') ? m_byEmail.value(normaliseEmail(key)) : 0;
}

} // namespace LeadStage
