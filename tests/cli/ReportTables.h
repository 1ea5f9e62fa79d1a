#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QXmlStreamReader>

// A report's tables as one of its formats shows them, read back for the command
// line's tests: table key → row key (the first column's text) → column key → value.
namespace ReportTables {

using Row = QMap<QString, QJsonValue>;
using Table = QMap<QString, Row>;
using Tables = QMap<QString, Table>;

// The HTML report: each <table id=KEY>, header cells' data-key, number cells' data-value.
inline Tables fromHtml(const QByteArray &html)
{
    Tables tables;
    QXmlStreamReader xml(html);
    QString table;
    QStringList keys;
    QList<QJsonValue> cells;
    bool inBody = false;
    QString text;
    QJsonValue value;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"table") {
                table = xml.attributes().value(u"id"_qs).toString();
                keys.clear();
                inBody = false;
            } else if (name == u"tbody") {
                inBody = true;
            } else if (name == u"th" && !inBody) {
                keys << xml.attributes().value(u"data-key"_qs).toString();
            } else if (name == u"tr") {
                cells.clear();
            } else if ((name == u"td" || name == u"th") && inBody) {
                const auto attributes = xml.attributes();
                const bool number = attributes.hasAttribute(u"data-value"_qs);
                const QString raw = attributes.value(u"data-value"_qs).toString();
                const QString shown = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                cells << (number ? QJsonDocument::fromJson((u"["_qs + raw + u"]"_qs).toUtf8()).array().at(0)
                                 : QJsonValue(shown));
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"tr" && inBody && !cells.isEmpty()) {
                Row row;
                for (int i = 1; i < cells.size() && i < keys.size(); ++i)
                    row.insert(keys[i], cells[i]);
                tables[table].insert(cells[0].toString(), row);
            } else if (xml.name() == u"table") {
                table.clear();
            }
        }
    }
    if (xml.hasError())
        qFatal("the HTML report is not well-formed: %s", qPrintable(xml.errorString()));
    return tables;
}

// One CSV line split into cells (RFC 4180 quotes).
inline QStringList csvCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

// A CSV report's file: the keys come from the manifest (the file's header holds titles).
inline Table fromCsv(const QByteArray &csv, const QStringList &keys)
{
    Table table;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u"\r\n"_qs, Qt::SkipEmptyParts);
    for (int l = 1; l < lines.size(); ++l) {
        const QStringList cells = csvCells(lines[l]);
        Row row;
        for (int i = 1; i < cells.size() && i < keys.size(); ++i) {
            bool isNumber = false;
            const double number = cells[i].toDouble(&isNumber);
            row.insert(keys[i], cells[i].isEmpty() ? QJsonValue(QJsonValue::Null)
                                : isNumber         ? QJsonValue(number)
                                                   : QJsonValue(cells[i]));
        }
        table.insert(cells.value(0), row);
    }
    return table;
}

} // namespace ReportTables
