#include "ReportWriter.h"

#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/PdfReport.h"
#include "report/XlsxReport.h"
#include "report/ZipArchive.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace LeadStage {

namespace {

Status writeBytes(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{file.errorString(), path, 0, 0,
                     QCoreApplication::translate("ReportWriter", "Choose a folder you can write to.")};
    return {};
}

} // namespace

Status ReportWriter::write(const ReportDocument &document, ReportFormat format, PaperSize paper, const QString &path,
                           bool csvAsZip)
{
    switch (format) {
    case ReportFormat::Pdf:
        return PdfReport::write(document, paper, path);
    case ReportFormat::Xlsx:
        return XlsxReport::write(document, path);
    case ReportFormat::Html:
        return writeBytes(HtmlReport::render(document, paper), path);
    case ReportFormat::Csv: {
        const std::vector<ReportPart> parts = CsvReport::render(document);
        return csvAsZip ? ZipArchive::write(parts, path) : CsvReport::writeFolder(parts, path);
    }
    }
    return Error{u"unknown report format"_qs, path, 0, 0, {}};
}

} // namespace LeadStage
