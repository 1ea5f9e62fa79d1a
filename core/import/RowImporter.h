#pragma once

#include "CsvRecord.h"
#include "ImportKind.h"
#include "common/Result.h"

#include <memory>

namespace LeadStage {

class ImportContext;

// Turns the records of one kind of file into rows of the workspace. A row that cannot
// land is rejected through the context (and the import goes on); an Error means the
// store failed and the whole import stops and rolls back.
class RowImporter
{
public:
    virtual ~RowImporter() = default;
    virtual Status prepare() = 0;
    virtual Status import(const CsvRecord &record) = 0;

    static std::unique_ptr<RowImporter> create(ImportKind kind, ImportContext &context);
};

} // namespace LeadStage
