#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportSeal.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace LeadStage {

// The quarterly report as CSV files, one per table: `01-stages.csv`, `02-…` in the
// document's order, UTF-8 with a BOM and CRLF line ends as Excel expects, the column
// titles in the report's language as the first row, cells written by the one shared
// CsvWriter (numbers from the exact values, texts escaped against formula injection,
// null as an empty cell). Then `manifest.json` (ReportManifest, with the column keys
// and every number), and one seal over all the files (ReportSeal).
class CsvReport
{
public:
    static QString manifestName(); // "manifest.json"

    static std::vector<ReportPart> render(const ReportDocument &document);

    // Writes the parts into `folder` all at once: into a new sibling folder first, then
    // renamed, so a reader never sees half a report. An existing folder is replaced only
    // when it is empty or holds a previous LeadStage CSV report — never the user's files.
    static Status writeFolder(const std::vector<ReportPart> &parts, const QString &folder);

    // The parts of a folder writeFolder() wrote, in the order they were sealed, for
    // verifying: the tables' files and the manifest; other files are not the report's.
    static Result<std::vector<ReportPart>> readFolder(const QString &folder);

    // The manifest among the parts.
    static Result<QJsonObject> readManifest(const std::vector<ReportPart> &parts);
};

} // namespace LeadStage
