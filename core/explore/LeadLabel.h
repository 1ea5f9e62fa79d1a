#pragma once

#include <QString>

#include <cstdint>

namespace LeadStage {

// What names a lead wherever a name is expected (the explorer's rows, the lead
// detail): its name, else its e-mail, else its CRM id, else "Lead #id" — never blank,
// as imports from CRMs often leave the name empty.
QString leadLabel(const QString &name, const QString &email, const QString &crmId, std::int64_t id);

} // namespace LeadStage
