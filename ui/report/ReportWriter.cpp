#include "ReportWriter.h"

#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/PdfReport.h"

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
    case ReportFormat::Html:
        return writeBytes(HtmlReport::render(document, paper), path);
    case ReportFormat::Csv:
        if (!csvAsZip)
            return CsvReport::writeFolder(CsvReport::render(document), path);
        [[fallthrough]];
    case ReportFormat::Xlsx:
        return Error{QCoreApplication::translate("ReportWriter", "This build cannot write %1 reports yet.")
                         .arg(csvAsZip ? u"ZIP"_qs : formatName(format).toUpper()),
                     path,
                     0,
                     0,
                     {}};
    }
    return Error{u"unknown report format"_qs, path, 0, 0, {}};
}

} // namespace LeadStage
