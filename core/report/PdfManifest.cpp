#include "PdfManifest.h"

#include <QCoreApplication>

#include "ReportManifest.h"

namespace LeadStage::PdfManifest {

QByteArray elementName()
{
    return QByteArrayLiteral("leadstage:manifest");
}

QByteArray namespaceUri()
{
    return QByteArrayLiteral("https://leadstage.app/ns/report/1/");
}

Result<QJsonObject> read(const QByteArray &pdfBytes)
{
    const QByteArray open = '<' + elementName() + '>';
    const QByteArray close = "</" + elementName() + '>';
    const qsizetype start = pdfBytes.indexOf(open);
    const qsizetype end = start < 0 ? -1 : pdfBytes.indexOf(close, start + open.size());
    if (start < 0 || end < 0)
        return Error{
            QCoreApplication::translate("ReportError", "the PDF holds no LeadStage report manifest"),
            {},
            0,
            0,
            QCoreApplication::translate("ReportError", "Verify a PDF that LeadStage wrote as a quarterly report.")};
    if (pdfBytes.indexOf(open, end) >= 0)
        return Error{
            QCoreApplication::translate("ReportError", "the PDF holds more than one LeadStage report manifest"),
            {},
            0,
            0,
            QCoreApplication::translate("ReportError",
                                        "The file was changed after LeadStage wrote it; make the report again.")};
    // embeddable() writes no '<', '>' or '&', so the element's text is the JSON as it is.
    const qsizetype from = start + open.size();
    return ReportManifest::parse(QByteArrayView(pdfBytes).sliced(from, end - from));
}

} // namespace LeadStage::PdfManifest
