#pragma once

#include "CsvRecord.h"
#include "ImportKind.h"
#include "RecordBatch.h"
#include "common/Result.h"

#include <memory>

namespace LeadStage {

class ImportContext;

// Turns the records of one kind of file into rows of the workspace, in two halves so
// that reading runs on its own thread a batch ahead of the writer (ReadAhead): read()
// checks and converts a record without touching the store or the lead index; write()
// matches and stores a batch in file order. A row that cannot land is rejected (the
// import goes on); an Error from write() means the store failed and the whole import
// stops and rolls back.
class RowImporter
{
public:
    virtual ~RowImporter() = default;
    virtual Status prepare() = 0; // before any row, on the writer's thread

    virtual std::unique_ptr<RecordBatch> newBatch() const = 0;
    // On the reading thread: the record's row into the batch, or its rejection.
    virtual void read(const CsvRecord &record, RecordBatch &batch) = 0;
    // On the writer's thread.
    virtual Status write(RecordBatch &batch) = 0;
    // After the file's last batch, on the writer's thread: what the report still needs.
    virtual Status finish() { return {}; }

    static std::unique_ptr<RowImporter> create(ImportKind kind, ImportContext &context);
};

} // namespace LeadStage
