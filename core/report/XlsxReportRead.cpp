#include "XlsxReport.h"

#include "report/ReportManifest.h"
#include "report/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QXmlStreamReader>

// Reading an XLSX back for `report verify`: its entries as the seal covers them, and the
// manifest from the hidden sheet. Plain XML reading: the workbook may have been resaved
// by Excel, which keeps the cells but not libxlsxwriter's layout of them.
namespace LeadStage {

namespace {

Error damaged(const QString &what)
{
    return Error{what,
                 {},
                 0,
                 0,
                 QCoreApplication::translate(
                     "ReportError", "The workbook was changed after LeadStage wrote it; make the report again.")};
}

const QByteArray *partNamed(const std::vector<ReportPart> &parts, const QString &name)
{
    for (const ReportPart &part : parts)
        if (part.name == name)
            return &part.bytes;
    return nullptr;
}

// The text of every <si> in xl/sharedStrings.xml, rich-text runs joined.
QStringList sharedStrings(const QByteArray *xml)
{
    QStringList strings;
    if (!xml)
        return strings;
    QXmlStreamReader reader(*xml);
    QString current;
    bool inString = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si") {
            inString = true;
            current.clear();
        } else if (reader.isEndElement() && reader.name() == u"si") {
            inString = false;
            strings.append(current);
        } else if (inString && reader.isStartElement() && reader.name() == u"t") {
            current += reader.readElementText();
        }
    }
    return strings;
}

// "xl/worksheets/sheet3.xml" for the sheet called `name`, from the workbook and its rels.
Result<QString> sheetPath(const std::vector<ReportPart> &parts, const QString &name)
{
    const QByteArray *workbook = partNamed(parts, u"xl/workbook.xml"_qs);
    const QByteArray *rels = partNamed(parts, u"xl/_rels/workbook.xml.rels"_qs);
    if (!workbook || !rels)
        return damaged(
            QCoreApplication::translate("ReportError", "the file is no Excel workbook (xl/workbook.xml is missing)"));
    QString id;
    for (QXmlStreamReader reader(*workbook); !reader.atEnd();) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"sheet"
            && reader.attributes().value(QLatin1String("name")) == name) {
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
        }
    }
    if (id.isEmpty())
        return damaged(
            QCoreApplication::translate("ReportError", "the workbook has no sheet \"%1\", so no manifest").arg(name));
    for (QXmlStreamReader reader(*rels); !reader.atEnd();) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"Relationship"
            && reader.attributes().value(QLatin1String("Id")) == id) {
            const QString target = reader.attributes().value(QLatin1String("Target")).toString();
            return target.startsWith(u'/') ? target.mid(1) : u"xl/"_qs + target;
        }
    }
    return damaged(QCoreApplication::translate("ReportError", "the workbook's sheet \"%1\" points nowhere").arg(name));
}

// The texts of column A by row number.
QMap<int, QString> firstColumn(const QByteArray &xml, const QStringList &strings)
{
    QMap<int, QString> cells;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != u"c")
            continue;
        const QString reference = reader.attributes().value(QLatin1String("r")).toString();
        const QString type = reader.attributes().value(QLatin1String("t")).toString();
        if (reference.size() < 2 || reference.at(0) != u'A' || !reference.at(1).isDigit()) {
            reader.skipCurrentElement();
            continue;
        }
        const int row = reference.mid(1).toInt();
        QString value;
        while (reader.readNextStartElement()) {
            if (reader.name() == u"v") {
                const QString v = reader.readElementText();
                value = type == u"s" ? strings.value(v.toInt()) : v;
            } else if (reader.name() == u"is") {
                while (reader.readNextStartElement())
                    if (reader.name() == u"t")
                        value += reader.readElementText();
                    else
                        reader.skipCurrentElement();
            } else {
                reader.skipCurrentElement();
            }
        }
        cells.insert(row, value);
    }
    return cells;
}

} // namespace

Result<std::vector<ReportPart>> XlsxReport::readParts(const QString &path)
{
    Result<std::vector<ReportPart>> parts = ZipArchive::read(path);
    if (!parts)
        return parts;
    // Name order, not the zip's: the seal does not depend on how a zip tool orders entries.
    std::sort(parts->begin(), parts->end(), [](const ReportPart &a, const ReportPart &b) { return a.name < b.name; });
    return parts;
}

Result<QJsonObject> XlsxReport::readManifest(const QString &path)
{
    Result<std::vector<ReportPart>> parts = readParts(path);
    if (!parts)
        return parts.error();
    Result<QJsonObject> manifest = readManifest(*parts);
    if (!manifest) {
        Error error = manifest.error();
        error.where = path;
        return error;
    }
    return manifest;
}

Result<QJsonObject> XlsxReport::readManifest(const std::vector<ReportPart> &parts)
{
    Result<QString> sheet = sheetPath(parts, manifestSheet);
    if (!sheet)
        return sheet.error();
    const QByteArray *xml = partNamed(parts, *sheet);
    if (!xml)
        return damaged(
            QCoreApplication::translate("ReportError", "the workbook lacks its manifest sheet's part %1").arg(*sheet));
    const QStringList strings = sharedStrings(partNamed(parts, u"xl/sharedStrings.xml"_qs));
    QString manifest;
    for (const QString &cell : firstColumn(*xml, strings))
        manifest += cell;
    return ReportManifest::parse(manifest.toUtf8());
}

} // namespace LeadStage
