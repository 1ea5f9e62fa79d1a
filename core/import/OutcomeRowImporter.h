#pragma once

#include "ImportContext.h"
#include "RowImporter.h"

namespace LeadStage {

// Outcomes: the sales decisions of a lead (SQL, opportunity, closed won / lost,
// revenue). A lead that has outcomes already is updated (empty cells keep what is
// stored) or skipped, as for leads.
class OutcomeRowImporter : public RowImporter
{
public:
    explicit OutcomeRowImporter(ImportContext &context) : m_context(context) {}
    Status prepare() override;
    Status import(const CsvRecord &record) override;

private:
    ImportContext &m_context;
    Statement m_exists;
    Statement m_upsert;
};

} // namespace LeadStage
