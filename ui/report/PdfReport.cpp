#include "PdfReport.h"

#include "ReportPages.h"
#include "report/PdfManifest.h"
#include "report/ReportManifest.h"
#include "report/ReportSeal.h"

#include <QBuffer>
#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

#include <cmath>

namespace LeadStage::PdfReport {

namespace {

// 1200 units an inch: coordinates in the PDF keep a 1/1200 inch precision; ReportPages
// draws in points, so the painter is scaled by 1200 / 72.
constexpr int resolution = 1200;

QString xmlText(const QString &text)
{
    return text.toHtmlEscaped();
}

// The document's XMP packet: title and dates (the document's time, never the clock) in
// the usual schemas, and the manifest in LeadStage's own element for verify.
QByteArray xmpOf(const ReportDocument &document)
{
    const QString date = QDateTime::fromSecsSinceEpoch(document.documentTime, QTimeZone::utc()).toString(Qt::ISODate);
    QByteArray xmp;
    xmp += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
           " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
           " xmlns:leadstage=\"";
    xmp += PdfManifest::namespaceUri();
    xmp += "\">\n<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">";
    xmp += xmlText(document.title).toUtf8();
    xmp += "</rdf:li></rdf:Alt></dc:title>\n<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">";
    xmp += xmlText(document.subtitle).toUtf8();
    xmp += "</rdf:li></rdf:Alt></dc:description>\n<dc:language><rdf:Bag><rdf:li>";
    xmp += xmlText(document.language).toUtf8();
    xmp += "</rdf:li></rdf:Bag></dc:language>\n<xmp:CreatorTool>LeadStage</xmp:CreatorTool>\n<xmp:CreateDate>";
    xmp += date.toUtf8();
    xmp += "</xmp:CreateDate>\n<xmp:ModifyDate>";
    xmp += date.toUtf8();
    xmp += "</xmp:ModifyDate>\n<";
    xmp += PdfManifest::elementName() + '>';
    xmp += ReportManifest::embeddable(document.manifest);
    xmp += "</" + PdfManifest::elementName() + ">\n";
    xmp += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return xmp;
}

// QPdfWriter (Qt 6.4) writes the clock into /CreationDate and offers no way to set it.
// The date string has a fixed length, so the document's time replaces it in place and
// every offset in the cross-reference table stays valid.
bool fixCreationDate(QByteArray &pdf, std::int64_t documentTime)
{
    const QByteArray key = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(key);
    if (at < 0)
        return false;
    const qsizetype from = at + key.size();
    const qsizetype end = pdf.indexOf(')', from);
    const QByteArray written = pdf.mid(from, end - from);
    // "YYYYMMDDHHmmSS" then the zone: "Z", or "+01'00'" / "+01'00" by the writer's version.
    const QDateTime time = QDateTime::fromSecsSinceEpoch(documentTime, QTimeZone::utc());
    QByteArray fixed = time.toString(u"yyyyMMddHHmmss"_qs).toLatin1();
    const QByteArray zone = written.mid(14);
    if (zone.startsWith('+') || zone.startsWith('-'))
        fixed += "+00'00'" + QByteArray(std::max<qsizetype>(0, zone.size() - 7), '\'');
    else
        fixed += zone.isEmpty() ? QByteArray() : QByteArray("Z") + QByteArray(zone.size() - 1, ' ');
    fixed.truncate(written.size());
    if (end < 0 || written.size() < 14 || fixed.size() != written.size())
        return false;
    pdf.replace(from, written.size(), fixed);
    return true;
}

// Qt keeps page sizes in whole points, so A4 comes out 595 × 842. Its exact size (210 ×
// 297 mm = 595.276 × 841.890 pt) has as many characters in Qt's "%f" form, so it is
// put in place of every MediaBox, again without moving an offset.
void fixMediaBox(QByteArray &pdf, QSizeF points)
{
    auto box = [](double width, double height) -> QByteArray {
        return "/MediaBox [0 0 " + QByteArray::number(width, 'f', 6) + ' ' + QByteArray::number(height, 'f', 6) + ']';
    };
    const QByteArray written = box(std::round(points.width()), std::round(points.height()));
    const QByteArray exact = box(points.width(), points.height());
    if (written.size() == exact.size())
        pdf.replace(written, exact);
}

Error renderError(const QString &what)
{
    return Error{what, {}, 0, 0, u"This is a fault in LeadStage; please report it with the report's options."_qs};
}

} // namespace

Result<QByteArray> render(const ReportDocument &document, PaperSize paper)
{
    const ReportPages pages(document, paper);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(pages.pageSize(), QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(document.title);
        writer.setCreator(u"LeadStage"_qs);
        writer.setDocumentXmpMetadata(xmpOf(document));
        QPainter painter;
        if (!painter.begin(&writer))
            return renderError(u"could not start drawing the PDF"_qs);
        for (int page = 0; page < pages.pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.scale(resolution / 72.0, resolution / 72.0);
            pages.paint(painter, page);
            painter.restore();
        }
        painter.end();
    }
    fixMediaBox(pdf, paper == PaperSize::A4 ? QSizeF(210 * 72 / 25.4, 297 * 72 / 25.4) : pages.pageSize());
    if (!fixCreationDate(pdf, document.documentTime))
        return renderError(u"the PDF's creation date is not where LeadStage expects it"_qs);
    if (!ReportSeal::seal(pdf))
        return renderError(u"the report's manifest has no single seal placeholder"_qs);
    return pdf;
}

Status write(const ReportDocument &document, PaperSize paper, const QString &path)
{
    Result<QByteArray> pdf = render(document, paper);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Error{u"could not write the PDF (%1)"_qs.arg(file.errorString()), path, 0, 0,
                     u"Choose a folder you can write to, with space free."_qs};
    return {};
}

} // namespace LeadStage::PdfReport
