#pragma once

#include "import/ImportRequest.h"

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
};

// Reads the options, recognises or applies the presets, scans each file's first rows
// for date formats and fails, naming file and column, when a column's dates read as
// M/D and D/M alike and no --date-format says which.
Result<ImportArguments> readImportArguments(const QCommandLineParser &parser);

} // namespace LeadStage::Commands
