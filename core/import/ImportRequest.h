#pragma once

#include "ActivityMap.h"
#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportKind.h"
#include "MissingValues.h"

#include <memory>
#include <vector>

namespace LeadStage {

class HashingFile;

// One file of an import: its kind, where it is, how it is read and mapped.
struct ImportSource
{
    ImportKind kind = ImportKind::Leads;
    QString path;
    ColumnMapping mapping; // every date field needs a format here (ImportScan resolves them)
    CsvReader::Options csv;
    // The file already open and rewound to its first byte (a pipe can be opened only
    // once: its first rows were scanned through it); unset: the import opens `path`.
    std::shared_ptr<HashingFile> input;
};

struct ImportOptions
{
    OnMatch onMatch = OnMatch::Update;
    bool createMissingLeads = false; // events/outcomes of unknown leads create them instead of being rejected
    bool rescore = true;             // rescore the touched leads after the commit
    bool dryRun = false;             // do everything, then roll back: the wizard's validation summary
    bool strict = false;             // any rejected row rolls the whole import back (`import --strict`)
    // Nothing else reads the workspace meanwhile (the command line): write with a
    // rollback journal, about twice as fast for large files (BulkWriteJournal).
    bool exclusive = false;
    // Cells that mean "not answered", read as empty (and counted in the report).
    MissingValues missingValues = MissingValues::standard();
};

// Everything one import needs; the files land in the order leads, events, outcomes,
// all in one transaction.
struct ImportRequest
{
    std::vector<ImportSource> sources;
    ActivityMap activities = ActivityMap::defaults();
    ImportOptions options;
};

} // namespace LeadStage
