#include "LeadTextExport.h"

#include "scoring/LeadStateCsv.h"

#include <QCoreApplication>

namespace LeadStage {

namespace {

QString header(ExplorerColumn column)
{
    return QCoreApplication::translate("LeadTableModel", columnSpec(column).header);
}

// A TSV cell cannot quote, so tabs and line breaks become spaces; formulas get the
// same leading ' as in CSV.
QString tsvCell(QString text)
{
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    return text;
}

} // namespace

QString tsvHeader()
{
    QString line = u"id"_qs;
    for (const ExplorerColumnSpec &spec : columnSpecs())
        line += u'\t' + header(spec.column);
    return line + u'\n';
}

QString tsvLine(const LeadRow &row)
{
    QString line = QString::number(row.id);
    for (const ExplorerColumnSpec &spec : columnSpecs())
        line += u'\t' + (spec.kind == ColumnKind::Number ? cellText(row, spec.column) : tsvCell(cellText(row, spec.column, true)));
    return line + u'\n';
}

std::string csvHeader()
{
    std::string line = "id";
    for (const ExplorerColumnSpec &spec : columnSpecs()) {
        line += ',';
        LeadStateCsv::appendTextCell(line, header(spec.column));
    }
    return line + '\n';
}

void appendCsvLine(std::string &out, const LeadRow &row)
{
    out += std::to_string(row.id);
    for (const ExplorerColumnSpec &spec : columnSpecs()) {
        out += ',';
        // Numbers go out bare: a negative score is a number, not a formula.
        if (spec.kind == ColumnKind::Number)
            out += cellText(row, spec.column).toStdString();
        else
            LeadStateCsv::appendTextCell(out, cellText(row, spec.column, true));
    }
    out += '\n';
}

} // namespace LeadStage
