#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportSeal.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace LeadStage {

// The quarterly report as an Excel workbook (issue 18) through libxlsxwriter: a first
// sheet "Report" (title, summary, KPI tiles, links to the sheets), one sheet per table
// with numbers as numbers in their formats, a frozen header and an autofilter, native
// Excel charts beside their tables, and a hidden sheet "manifest" holding the sealed
// manifest. The same document gives the same bytes (docs/report.md, "XLSX").
class XlsxReport
{
public:
    static inline const QString reportSheet = u"Report"_qs;
    static inline const QString manifestSheet = u"manifest"_qs;
    static constexpr int manifestChunk = 32000; // characters per cell; Excel holds 32,767

    // Writes the sealed workbook to `path` through a temporary file beside it.
    static Status write(const ReportDocument &document, const QString &path);

    // The workbook's zip entries in name order — what the seal covers.
    static Result<std::vector<ReportPart>> readParts(const QString &path);
    // The manifest from the hidden sheet, parsed by ReportManifest::parse.
    static Result<QJsonObject> readManifest(const QString &path);
    static Result<QJsonObject> readManifest(const std::vector<ReportPart> &parts);
};

} // namespace LeadStage
