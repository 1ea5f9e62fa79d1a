#include "LeadLookup.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace LeadStage {

QString LeadIdentity::displayId() const
{
    if (!externalId.isEmpty())
        return externalId;
    return email.isEmpty() ? QString::number(id) : email;
}

LeadLookup::LeadLookup(Database &database)
    : m_database(database)
{}

Result<std::optional<LeadIdentity>> LeadLookup::find(const QString &externalIdOrEmail)
{
    auto byExternalId = findBy("external_id", externalIdOrEmail);
    if (!byExternalId || byExternalId->has_value())
        return byExternalId;
    // Stored e-mails are normalised (trimmed, lower-case), so the key is too.
    return findBy("email", externalIdOrEmail.trimmed().toLower());
}

Result<std::optional<LeadIdentity>> LeadLookup::findBy(std::string_view column, const QString &value)
{
    // `column` is one of our two literals, never user text.
    auto query = m_database.prepare("SELECT id, external_id, email FROM leads WHERE " + std::string(column) + " = ?1");
    if (!query)
        return query.error();
    query->bind(1, value);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<LeadIdentity>();
    return std::optional<LeadIdentity>(LeadIdentity{query->int64(0), query->text(1), query->text(2)});
}

} // namespace LeadStage
