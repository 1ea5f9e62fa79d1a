#include "LeadTextExport.h"

#include "common/CsvWriter.h"

#include <QCoreApplication>

namespace LeadStage {

namespace {

QString header(ExplorerColumn column)
{
    return QCoreApplication::translate("LeadTableModel", columnSpec(column).header);
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
        line += u'\t'
                + (spec.kind == ColumnKind::Number ? cellText(row, spec.column)
                                                   : CsvWriter::tsvCell(cellText(row, spec.column, true)));
    return line + u'\n';
}

std::string csvHeader()
{
    std::string line = "id";
    for (const ExplorerColumnSpec &spec : columnSpecs()) {
        line += ',';
        CsvWriter::appendText(line, header(spec.column));
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
            CsvWriter::appendText(out, cellText(row, spec.column, true));
    }
    out += '\n';
}

} // namespace LeadStage
