#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportFormat.h"

namespace LeadStage {

// Writes a finished report document in one format to `path` (a file, or for CSV
// without zip a folder), through the format's renderer: PDF, XLSX, HTML, CSV. Every
// renderer writes to a temporary name and renames, so a failure leaves no half file.
class ReportWriter
{
public:
    static Status write(const ReportDocument &document, ReportFormat format, PaperSize paper, const QString &path,
                        bool csvAsZip);
};

} // namespace LeadStage
