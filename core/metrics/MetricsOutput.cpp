#include "MetricsOutput.h"

#include "DashboardFormat.h"
#include "DashboardTime.h"
#include "common/CsvWriter.h"
#include "common/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace LeadStage::MetricsOutput {

namespace {

constexpr int schemaVersion = 1;

QJsonValue dateOrNull(const QString &date)
{
    return date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date);
}

QJsonObject filterJson(const MetricsFilter &filter)
{
    QJsonArray grades;
    for (const Grade grade : filter.grades)
        grades.append(gradeName(grade));
    return {{u"from"_qs, dateOrNull(fromDate(filter))},
            {u"to"_qs, dateOrNull(toDate(filter))},
            {u"sources"_qs, QJsonArray::fromStringList(filter.sources)},
            {u"campaigns"_qs, QJsonArray::fromStringList(filter.campaigns)},
            {u"industries"_qs, QJsonArray::fromStringList(filter.industries)},
            {u"countries"_qs, QJsonArray::fromStringList(filter.countries)},
            {u"grades"_qs, grades}};
}

QJsonObject tableJson(const MetricsTable &table)
{
    QJsonArray columns, rows;
    for (const MetricsColumn &column : table.columns)
        columns.append(column.key);
    for (const auto &cells : table.rows) {
        QJsonObject row, texts;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            row.insert(table.columns[c].key, cells[c].value);
            texts.insert(table.columns[c].key, cells[c].text);
        }
        row.insert(u"texts"_qs, texts);
        rows.append(row);
    }
    return {{u"title"_qs, table.title}, {u"columns"_qs, columns}, {u"rows"_qs, rows}};
}

// Numbers as the shortest text that reads back to the same double; text through
// the formula-escaping cell writer.
void appendCsvValue(std::string &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        CsvWriter::appendNumber(out, value.toDouble());
        break;
    default:
        CsvWriter::appendText(out, value.toString());
        break;
    }
}

void appendCsvRow(std::string &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        CsvWriter::appendText(out, cells[i]);
    }
    out += "\r\n";
}

QString filterLine(const MetricsFilter &filter)
{
    QStringList parts;
    if (!fromDate(filter).isEmpty() || !toDate(filter).isEmpty())
        parts << u"dates %1 to %2"_qs.arg(fromDate(filter).isEmpty() ? u"start"_qs : fromDate(filter),
                                          toDate(filter).isEmpty() ? u"analysis date"_qs : toDate(filter));
    const QString names[] = {u"source"_qs, u"campaign"_qs, u"industry"_qs, u"country"_qs};
    for (int d = 0; d < dimensionCount; ++d)
        if (!filter.values(Dimension(d)).isEmpty())
            parts << names[d] + u" = "_qs + filter.values(Dimension(d)).join(u", "_qs);
    QStringList grades;
    for (const Grade grade : filter.grades)
        grades << gradeName(grade);
    if (!grades.isEmpty())
        parts << u"grade = "_qs + grades.join(u", "_qs);
    return parts.isEmpty() ? u"none (all leads, the whole axis)"_qs : parts.join(u"; "_qs);
}

void appendTextTable(QString &out, const MetricsTable &table)
{
    std::vector<std::size_t> shown;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].inText)
            shown.push_back(c);
    std::vector<qsizetype> widths;
    for (const std::size_t c : shown) {
        qsizetype width = table.columns[c].title.size();
        for (const auto &cells : table.rows)
            width = std::max(width, cells[c].text.size());
        widths.push_back(width);
    }
    // textOf(i): the text of the i-th shown column.
    const auto line = [&](auto textOf) {
        QString row;
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const QString cell = textOf(i);
            const bool last = i + 1 == shown.size();
            if (table.columns[shown[i]].numeric)
                row += cell.rightJustified(widths[i]);
            else
                row += last ? cell : cell.leftJustified(widths[i]);
            if (!last)
                row += u"  "_qs;
        }
        out += row + u'\n';
    };
    out += table.title + u'\n';
    line([&](std::size_t i) { return table.columns[shown[i]].title; });
    line([&](std::size_t i) { return QString(widths[i], u'-'); });
    for (const auto &cells : table.rows)
        line([&](std::size_t i) { return cells[shown[i]].text; });
    if (table.rows.empty())
        out += u"(no rows)\n"_qs;
    out += u'\n';
}

} // namespace

QString fromDate(const MetricsFilter &filter)
{
    return filter.from ? DashboardTime::dateOfStart(filter.from).toString(Qt::ISODate) : QString();
}

QString toDate(const MetricsFilter &filter)
{
    return filter.to ? DashboardTime::dateOfEnd(filter.to).toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const MetricsDocument &document)
{
    QJsonObject tables;
    for (const MetricsTable &table : document.tables)
        tables.insert(table.key, tableJson(table));
    return {{u"format"_qs, u"leadstage-metrics"_qs},
            {u"version"_qs, schemaVersion},
            {u"workspace"_qs, document.workspace},
            {u"asOf"_qs, isoUtc(document.asOf)},
            {u"bucket"_qs, MetricsDocument::bucketName(document.bucket)},
            {u"filter"_qs, filterJson(document.filter)},
            {u"workspaceLeads"_qs, document.workspaceLeads},
            {u"selectedLeads"_qs, document.selectedLeads},
            {u"undatedOutcomes"_qs,
             QJsonObject{{u"counted"_qs, document.undatedOutcomes}, {u"leftOut"_qs, document.undatedLeftOut}}},
            {u"notes"_qs, QJsonArray::fromStringList(document.notes)},
            {u"tables"_qs, tables}};
}

QByteArray json(const MetricsDocument &document)
{
    return QJsonDocument(toJson(document)).toJson(QJsonDocument::Indented);
}

QByteArray csv(const MetricsDocument &document)
{
    std::string out;
    appendCsvRow(out, {u"section"_qs, u"about"_qs});
    appendCsvRow(out, {u"key"_qs, u"value"_qs});
    appendCsvRow(out, {u"workspace"_qs, document.workspace});
    appendCsvRow(out, {u"asOf"_qs, isoUtc(document.asOf)});
    appendCsvRow(out, {u"bucket"_qs, MetricsDocument::bucketName(document.bucket)});
    // One row per filter value, so a value that reads like a formula is a cell of its own, escaped.
    appendCsvRow(out, {u"from"_qs, fromDate(document.filter)});
    appendCsvRow(out, {u"to"_qs, toDate(document.filter)});
    const QString names[] = {u"source"_qs, u"campaign"_qs, u"industry"_qs, u"country"_qs};
    for (int d = 0; d < dimensionCount; ++d)
        for (const QString &value : document.filter.values(Dimension(d)))
            appendCsvRow(out, {names[d], value});
    for (const Grade grade : document.filter.grades)
        appendCsvRow(out, {u"grade"_qs, gradeName(grade)});
    appendCsvRow(out, {u"workspaceLeads"_qs, QString::number(document.workspaceLeads)});
    appendCsvRow(out, {u"selectedLeads"_qs, QString::number(document.selectedLeads)});
    appendCsvRow(out, {u"undatedOutcomesCounted"_qs, QString::number(document.undatedOutcomes)});
    appendCsvRow(out, {u"undatedOutcomesLeftOut"_qs, QString::number(document.undatedLeftOut)});
    for (const QString &note : document.notes)
        appendCsvRow(out, {u"note"_qs, note});
    for (const MetricsTable &table : document.tables) {
        out += "\r\n";
        appendCsvRow(out, {u"section"_qs, table.key});
        QStringList header;
        for (const MetricsColumn &column : table.columns)
            header << column.key;
        appendCsvRow(out, header);
        for (const auto &cells : table.rows) {
            for (std::size_t c = 0; c < cells.size(); ++c) {
                if (c > 0)
                    out += ',';
                appendCsvValue(out, cells[c].value);
            }
            out += "\r\n";
        }
    }
    return QByteArray::fromStdString(out);
}

QByteArray text(const MetricsDocument &document)
{
    QString out;
    out += u"LeadStage metrics — %1\n"_qs.arg(document.workspace);
    out += u"As of %1, by %2, %3 of %4 leads selected\n"_qs.arg(
        isoUtc(document.asOf), MetricsDocument::bucketName(document.bucket),
        DashboardFormat::count(document.selectedLeads), DashboardFormat::count(document.workspaceLeads));
    out += u"Filter: %1\n"_qs.arg(filterLine(document.filter));
    for (const QString &note : document.notes)
        out += u"Note: %1\n"_qs.arg(note);
    out += u'\n';
    for (const MetricsTable &table : document.tables)
        appendTextTable(out, table);
    return out.toUtf8();
}

} // namespace LeadStage::MetricsOutput
