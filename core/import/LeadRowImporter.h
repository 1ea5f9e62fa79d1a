#pragma once

#include "ImportContext.h"
#include "RowImporter.h"

namespace LeadStage {

// Leads: read into values (texts as UTF-8, dates, columns no field takes into `attrs`
// as a JSON object); then matched by CRM id, then normalised e-mail, and inserted,
// updated or skipped.
class LeadRowImporter : public RowImporter
{
public:
    explicit LeadRowImporter(ImportContext &context)
        : m_context(context)
    {}
    Status prepare() override;
    std::unique_ptr<RecordBatch> newBatch() const override;
    void read(const CsvRecord &record, RecordBatch &batch) override;
    Status write(RecordBatch &batch) override;

private:
    struct Row;
    using Batch = RowsBatch<Row>;
    Status store(Batch &batch, const Row &row, std::size_t record);
    Result<std::int64_t> match(Batch &batch, std::size_t record, const Row &row);
    void bindValues(Statement &statement, const Batch &batch, const Row &row);
    Status insert(const Batch &batch, const Row &row);
    Status updateOrSkip(std::int64_t id, const Batch &batch, const Row &row);

    ImportContext &m_context;
    Statement m_insert;
    Statement m_update;
};

} // namespace LeadStage
