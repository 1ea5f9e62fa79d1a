#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace LeadStage {

class Database;

// A lead as people name it: its row id, CRM id and e-mail.
struct LeadIdentity
{
    std::int64_t id = 0;
    QString externalId; // empty when the lead has none
    QString email;      // normalised; empty when the lead has none

    // The id shown in exports: the CRM id, else the e-mail, else the row id.
    QString displayId() const;
};

// Finds a lead the way imports match one (DESIGN §6): by external id first, then
// by normalised e-mail.
class LeadLookup
{
public:
    explicit LeadLookup(Database &database);

    // Nothing when no lead has this external id or e-mail.
    Result<std::optional<LeadIdentity>> find(const QString &externalIdOrEmail);

private:
    Result<std::optional<LeadIdentity>> findBy(std::string_view column, const QString &value);

    Database &m_database;
};

} // namespace LeadStage
