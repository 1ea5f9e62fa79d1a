#pragma once

#include "ImportContext.h"
#include "RowImporter.h"
#include "StageCells.h"

namespace LeadStage {

// Outcomes: the sales decisions of a lead (SQL, opportunity, closed won / lost,
// revenue), and beside them undated outcomes and the CRM's recorded stages
// (StageCells). A lead that has outcomes already is updated (empty cells keep what is
// stored) or skipped, as for leads.
class OutcomeRowImporter : public RowImporter
{
public:
    explicit OutcomeRowImporter(ImportContext &context)
        : m_context(context)
        , m_stages(context)
    {}
    Status prepare() override;
    std::unique_ptr<RecordBatch> newBatch() const override;
    void read(const CsvRecord &record, RecordBatch &batch) override;
    Status write(RecordBatch &batch) override;

private:
    struct Row
    {
        std::optional<std::int64_t> dates[4]; // sql, opportunity, customer, lost
        std::optional<std::int64_t> earliest;
        std::optional<double> revenue;
        StageCells stages;
        RecordBatch::Span lead, email;
    };
    using Batch = RowsBatch<Row>;
    Status store(Batch &batch, const Row &row, std::size_t record);

    ImportContext &m_context;
    Statement m_exists;
    Statement m_upsert;
    Statement m_keepPrevious, m_keepCreated; // for the import's undo
    StageColumns m_stages;
    bool m_stagesMapped = false;
};

} // namespace LeadStage
