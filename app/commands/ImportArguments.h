#pragma once

#include "import/ImportRequest.h"
#include "import/MappingFile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace LeadStage::Commands {

// `leadstage import`'s options, and the ImportRequest they describe.
QList<QCommandLineOption> importOptions();

struct ImportArguments
{
    QString workspace;
    ImportRequest request;
    bool json = false;
    // --write-mapping: where to write the mapping the preset or sniffing chose, and what
    // goes there besides the sources' mappings. Nothing is imported then.
    QString writeMapping;
    MappingFile chosen;
};

// The mapping file the import would use: every source's mapping (date formats resolved),
// the columns left unmapped, the activity names and missing values given.
MappingFile chosenMapping(const ImportArguments &arguments);

// What --help shows: every field of every kind mapped, the leads' id by position (#1).
MappingFile exampleMappingFile();
// The fields of every kind of file and a complete mapping file, for `import --help`.
QString mappingHelp();

// Reads the options, recognises or applies the presets, scans each file's first rows
// for date formats and fails, naming file and column, when a column's dates read as
// M/D and D/M alike and no --date-format says which.
Result<ImportArguments> readImportArguments(const QCommandLineParser &parser);

} // namespace LeadStage::Commands
