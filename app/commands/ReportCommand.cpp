#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "MetricsArguments.h"
#include "ScoringArguments.h"

#include "report/ReportBuilder.h"
#include "report/ReportLanguage.h"
#include "report/ReportReadBack.h"
#include "report/ReportVerification.h"
#include "report/ReportWriter.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace LeadStage::Commands {

namespace {

const QString command = u"report"_qs;
const QString usage =
    u"FILE.leadstage --quarter 2025Q4 [--format pdf|xlsx|html|csv] [--out PATH] [--zip]\n"
    "       [--paper a4|letter] [--language en|de|es|fr] [--source S]… [--campaign C]… [--industry I]…\n"
    "       [--country X]… [--grade A|B|C|D]… [--as-of YYYY-MM-DD]\n"
    "       leadstage report verify FILE.leadstage REPORT\n\n"
    "Writes the quarterly funnel report: the quarter's funnel and IQL metrics beside the previous quarter and\n"
    "the same quarter a year earlier, fifteen months of trends, source, campaign and vertical tables, the\n"
    "model in force and its back-test. Every number is the one `leadstage metrics` prints for the same\n"
    "filter. The report carries its basis (workspace, analysis date, model and its hash, every import) and\n"
    "every number in a sealed manifest: `report verify` recomputes them from the workspace and says whether\n"
    "each still holds, which moved and why, and whether the file was changed since it was written.\n"
    "CSV is a folder of one file per table (or one .zip with --zip or an --out ending in .zip)."_qs;

const QString verifyUsage =
    u"verify FILE.leadstage REPORT\n\n"
    "Reads a report LeadStage wrote (PDF, XLSX, HTML, a CSV folder or .zip), recomputes its numbers from the\n"
    "workspace for the same quarter, filter and analysis date, and says whether each still holds, which moved\n"
    "and why (new imports, another model), and whether the file was changed since it was written.\n"
    "Exits 0 when the file is intact and every number holds, 1 otherwise."_qs;

struct ReportArguments
{
    QString workspace;
    ReportRequest request;
    ReportFormat format = ReportFormat::Pdf;
    PaperSize paper = PaperSize::A4;
    QString out;
    bool zip = false;
};

QString extensionOf(ReportFormat format, bool zip)
{
    if (format == ReportFormat::Csv)
        return zip ? u".zip"_qs : QString();
    return u'.' + formatName(format);
}

Result<ReportArguments> readArguments(const QCommandLineParser &parser)
{
    ReportArguments arguments;
    if (parser.positionalArguments().size() != 1)
        return Error{u"give one workspace file"_qs, QString()};
    arguments.workspace = parser.positionalArguments().first();
    if (!parser.isSet(u"quarter"_qs))
        return Error{u"--quarter is required, e.g. --quarter 2025Q4"_qs, QString()};
    const auto quarter = ReportRequest::quarterNamed(parser.value(u"quarter"_qs));
    if (!quarter)
        return Error{u"--quarter expects a quarter as 2025Q4 or 2025-Q4, not '%1'"_qs.arg(parser.value(u"quarter"_qs)),
                     QString()};
    arguments.request.quarter = *quarter;
    if (Status filter = readFilter(parser, arguments.request.filter, arguments.request.asOf); !filter)
        return filter.error();
    arguments.out = parser.value(u"out"_qs);
    arguments.zip = parser.isSet(u"zip"_qs) || arguments.out.endsWith(u".zip"_qs, Qt::CaseInsensitive);
    if (parser.isSet(u"format"_qs)) {
        const auto format = formatNamed(parser.value(u"format"_qs));
        if (!format)
            return Error{u"--format expects pdf, xlsx, html or csv, not '%1'"_qs.arg(parser.value(u"format"_qs)),
                         QString()};
        arguments.format = *format;
    } else if (!arguments.out.isEmpty()) {
        // The file name says the format; a folder (no suffix) is CSV's.
        const QString suffix = QFileInfo(arguments.out).suffix().toLower();
        const auto format = suffix == u"zip"_qs ? std::optional(ReportFormat::Csv) : formatNamed(suffix);
        if (!format && !suffix.isEmpty())
            return Error{u"--out %1 does not say the format: add --format pdf, xlsx, html or csv"_qs.arg(arguments.out),
                         QString()};
        arguments.format = format.value_or(ReportFormat::Csv);
    }
    if (arguments.zip && arguments.format != ReportFormat::Csv)
        return Error{
            u"--zip packs the CSV files; it does not apply to --format %1"_qs.arg(formatName(arguments.format)),
            QString()};
    if (parser.isSet(u"paper"_qs)) {
        const auto paper = paperNamed(parser.value(u"paper"_qs));
        if (!paper)
            return Error{u"--paper expects a4 or letter, not '%1'"_qs.arg(parser.value(u"paper"_qs)), QString()};
        arguments.paper = *paper;
    }
    if (parser.isSet(u"language"_qs)) {
        arguments.request.language = parser.value(u"language"_qs);
        if (!ReportLanguage::isAvailable(arguments.request.language))
            return Error{u"--language expects one of %1, not '%2'"_qs.arg(ReportLanguage::available().join(u", "_qs),
                                                                          arguments.request.language),
                         QString()};
    }
    if (arguments.out.isEmpty()) {
        arguments.out = QFileInfo(arguments.workspace).completeBaseName() + u' ' + quarter->label()
                        + u" funnel report"_qs + extensionOf(arguments.format, arguments.zip);
    }
    return arguments;
}

int verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    parser.addPositionalArgument(u"report"_qs, u"The report: a .pdf, .xlsx, .html, a CSV folder or .zip."_qs);
    QStringList rest = arguments;
    rest.removeAt(2); // "verify"
    if (auto done = parseCommand(parser, rest, verifyUsage))
        return *done;
    if (parser.positionalArguments().size() != 2)
        return badArguments(u"report verify"_qs, u"give the workspace file and the report"_qs);
    const QString workspacePath = parser.positionalArguments().at(0);
    const QString reportPath = parser.positionalArguments().at(1);

    auto readBack = ReportReadBack::read(reportPath);
    if (!readBack)
        return failed(u"report verify"_qs, readBack.error().toString());
    auto request = ReportRequest::fromJson(readBack->manifest.value(u"request"_qs).toObject());
    if (!request)
        return failed(u"report verify"_qs, request.error().toString());
    auto workspace = openWorkspace(u"report verify"_qs, workspacePath, Workspace::Access::ReadOnly);
    if (!workspace)
        return failed(u"report verify"_qs, workspace.error().toString());
    auto document = ReportBuilder::build(**workspace, *request);
    if (!document)
        return failed(u"report verify"_qs, document.error().toString());
    const auto verification = ReportVerification::compare(readBack->manifest, document->manifest, readBack->seal);
    QTextStream out(stdout);
    out << reportPath << ": " << request->quarter.label() << " report of "
        << readBack->manifest.value(u"basis"_qs)[u"workspace"_qs].toString() << " ("
        << formatName(readBack->format).toUpper() << ")\n"
        << verification.text();
    return verification.holds() ? CommandLine::Success : CommandLine::Failure;
}

} // namespace

int report(const QStringList &arguments)
{
    if (arguments.value(2) == u"verify")
        return verify(arguments);
    QCommandLineParser parser;
    parser.addOptions({
        {u"quarter"_qs, u"The quarter: 2025Q4 or 2025-Q4 (required)."_qs, u"QUARTER"_qs},
        {u"format"_qs, u"pdf (default), xlsx, html or csv; else taken from --out's suffix."_qs, u"FORMAT"_qs},
        {u"out"_qs,
         u"Where to write: a file, or for CSV a folder (or a .zip). Default: \"WORKSPACE QUARTER funnel "
         "report.pdf\" (or .xlsx, .html, a folder) in the current folder."_qs,
         u"PATH"_qs},
        {u"zip"_qs, u"CSV: one .zip file instead of a folder."_qs},
        {u"paper"_qs, u"PDF and HTML print: a4 (default) or letter."_qs, u"PAPER"_qs},
        {u"language"_qs, u"Language of the texts and numbers: en (default), de, es or fr."_qs, u"LANGUAGE"_qs},
    });
    addFilterOptions(parser);
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    auto request = readArguments(parser);
    if (!request)
        return badArguments(command, request.error().what);

    // Read-only: works while the app has the file open.
    auto workspace = openWorkspace(command, request->workspace, Workspace::Access::ReadOnly);
    if (!workspace)
        return failed(command, workspace.error().toString());
    QElapsedTimer timer;
    timer.start();
    auto document = ReportBuilder::build(**workspace, request->request);
    if (!document)
        return failed(command, document.error().toString());
    if (Status written = ReportWriter::write(*document, request->format, request->paper, request->out, request->zip);
        !written)
        return failed(command, written.error().toString());

    int numbers = 0;
    for (const ReportTable &table : document->tables)
        numbers += int(table.rows.size() * (table.columns.size() - 1));
    QTextStream(stdout) << "Wrote the " << request->request.quarter.label() << " funnel report ("
                        << formatName(request->format).toUpper()
                        << (request->format == ReportFormat::Pdf ? u", "_qs + paperName(request->paper) : QString())
                        << ", " << request->request.language << ") to " << request->out << "\n"
                        << "  " << document->tables.size() << " tables, " << numbers << " numbers, as known on "
                        << document->manifest.value(u"basis"_qs)[u"analysisDate"_qs].toString() << ", model "
                        << document->manifest.value(u"basis"_qs)[u"model"_qs][u"name"_qs].toString() << "; "
                        << timer.elapsed() << " ms\n"
                        << "  Check it later with: leadstage report verify " << request->workspace << " \""
                        << request->out << "\"\n";
    return CommandLine::Success;
}

} // namespace LeadStage::Commands
