#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportFormat.h"

#include <QByteArray>
#include <QString>

namespace LeadStage {

// The quarterly report as a PDF (issue 18): ReportPages drawn on a QPdfWriter — vector
// text with the fonts embedded, vector charts — with the manifest in the document's
// XMP metadata, the creation date set to the document's time instead of the clock, and
// the whole file sealed (ReportSeal). Needs a QGuiApplication for the fonts.
namespace PdfReport {

// The finished, sealed bytes.
Result<QByteArray> render(const ReportDocument &document, PaperSize paper);
// render() written to `path` in one step: a half-written file never stands at `path`.
Status write(const ReportDocument &document, PaperSize paper, const QString &path);

} // namespace PdfReport
} // namespace LeadStage
