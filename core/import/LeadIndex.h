#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <cstdint>

namespace LeadStage {

class Database;

// Every lead's CRM id and normalised e-mail in memory, so that matching ten million
// event rows costs a hash lookup each rather than a query (DESIGN §6: external id
// first, then e-mail). Kept up to date as the import inserts leads.
class LeadIndex
{
public:
    Status load(Database &database);

    void add(std::int64_t id, const QString &externalId, const QString &email);
    // Room for this many leads in all, so a large file's keys go in without rehashing.
    void reserve(qsizetype leads);
    qsizetype size() const { return std::max(m_byExternalId.size(), m_byEmail.size()); }
    std::int64_t byExternalId(const QString &externalId) const { return m_byExternalId.value(externalId); }
    std::int64_t byEmail(const QString &normalisedEmail) const { return m_byEmail.value(normalisedEmail); }
    // A CRM id or an e-mail, as event files name leads: 0 when no lead has it.
    std::int64_t find(const QString &key) const;

    static QString normaliseEmail(QStringView email) { return email.trimmed().toString().toLower(); }

private:
    QHash<QString, std::int64_t> m_byExternalId;
    QHash<QString, std::int64_t> m_byEmail;
};

} // namespace LeadStage
