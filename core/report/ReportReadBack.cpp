#include "ReportReadBack.h"

#include "CsvReport.h"
#include "HtmlReport.h"
#include "PdfManifest.h"
#include "XlsxReport.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace LeadStage {

namespace {

Error notAReport(const QString &path, const QString &why)
{
    return Error{QCoreApplication::translate("ReportError", "not a LeadStage report: %1").arg(why), path, 0, 0,
                 QCoreApplication::translate(
                     "ReportError", "Give the PDF, XLSX, HTML, CSV folder or .zip that `leadstage report` wrote.")};
}

Result<ReportReadBack> fromParts(ReportFormat format, const std::vector<ReportPart> &parts,
                                 Result<QJsonObject> manifest)
{
    if (!manifest)
        return manifest.error();
    return ReportReadBack{format, *manifest, ReportSeal::check(parts)};
}

} // namespace

Result<ReportReadBack> ReportReadBack::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QCoreApplication::translate("ReportError", "no such file or folder"), path, 0, 0, {}};
    if (info.isDir()) {
        auto parts = CsvReport::readFolder(path);
        if (!parts)
            return parts.error();
        return fromParts(ReportFormat::Csv, *parts, CsvReport::readManifest(*parts));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("ReportError", "cannot read it: %1").arg(file.errorString()), path, 0, 0, {}};
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("%PDF-")) {
        auto manifest = PdfManifest::read(bytes);
        if (!manifest)
            return manifest.error();
        return ReportReadBack{ReportFormat::Pdf, *manifest, ReportSeal::check(bytes)};
    }
    if (bytes.startsWith("PK")) {
        // An XLSX is a zip with a workbook; a CSV report's zip holds manifest.json.
        auto parts = ZipArchive::read(path);
        if (!parts)
            return parts.error();
        for (const ReportPart &part : *parts) {
            if (part.name == u"xl/workbook.xml") {
                auto xlsxParts = XlsxReport::readParts(path);
                if (!xlsxParts)
                    return xlsxParts.error();
                return fromParts(ReportFormat::Xlsx, *xlsxParts, XlsxReport::readManifest(*xlsxParts));
            }
        }
        return fromParts(ReportFormat::Csv, *parts, CsvReport::readManifest(*parts));
    }
    if (bytes.contains(HtmlReport::manifestStart())) {
        auto manifest = HtmlReport::readManifest(bytes);
        if (!manifest)
            return manifest.error();
        return ReportReadBack{ReportFormat::Html, *manifest, ReportSeal::check(bytes)};
    }
    return notAReport(path,
                      QCoreApplication::translate("ReportError", "it is no PDF, zip or HTML file LeadStage wrote"));
}

} // namespace LeadStage
