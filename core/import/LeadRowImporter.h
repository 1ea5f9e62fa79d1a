#pragma once

#include "ImportContext.h"
#include "RowImporter.h"

namespace LeadStage {

// Leads: matched by CRM id, then normalised e-mail; inserted, updated or skipped;
// columns no field takes go to `attrs` as a JSON object.
class LeadRowImporter : public RowImporter
{
public:
    explicit LeadRowImporter(ImportContext &context) : m_context(context) {}
    Status prepare() override;
    Status import(const CsvRecord &record) override;

private:
    struct Values;
    Result<std::int64_t> match(const CsvRecord &record, const QString &externalId, const QString &email);
    void bindValues(Statement &statement, const Values &values);
    Status insert(const Values &values);
    Status updateOrSkip(std::int64_t id, const Values &values);

    ImportContext &m_context;
    Statement m_insert;
    Statement m_update;
};

} // namespace LeadStage
