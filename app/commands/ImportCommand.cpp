#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "ImportArguments.h"
#include "TerminalProgress.h"

#include "ScoringArguments.h"
#include "WorkspaceNotes.h"
#include "common/TimeFormat.h"
#include "import/ImportJob.h"
#include "store/Workspace.h"
#include "store/WorkspaceBuild.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace LeadStage::Commands {

namespace {

const QString command = u"import"_qs;
const QString usage =
    u"FILE.leadstage [--leads a.csv] [--events b.csv] [--outcomes c.csv] [--preset NAME | --mapping m.json]\n"
    "                [--on-match update|skip] [--create-missing-leads] [--date-format FMT] [--encoding NAME]\n"
    "                [--missing-values LIST] [--write-mapping m.json]\n"
    "                [--created-date import|first-event|column:NAME] [--allow-repeated-keys]\n"
    "                [--create-activities] [--count-as-events COLUMN=ACTIVITY] [--ids-from-lines]\n"
    "                [--strict] [--json]\n\n"
    "Imports CSV exports into the workspace (created when it does not exist) in one transaction: it lands\n"
    "whole or not at all. Rejected rows are stored with the import and listed; the leads it touched are\n"
    "rescored. With --strict a single rejected row refuses the whole import. Each file is read once, so\n"
    "pipes work (<(command), a named pipe, /dev/stdin). The summary says which encoding each file was read\n"
    "in and why, and which placeholders (--missing-values) were read as missing. Exits with 1 when nothing\n"
    "was imported. With --write-mapping it writes the mapping it would use and imports nothing.\n\n"
    "leadstage import history FILE.leadstage [--json]       lists the imports by number\n"
    "leadstage import undo FILE.leadstage N [--dry-run]     undoes import N (see its --help)"_qs;

QString number(std::int64_t value)
{
    return QLocale(QLocale::English).toString(qlonglong(value));
}

QString sampleSize(const EncodingChoice &encoding)
{
    return encoding.wholeFile ? u"the whole file"_qs : u"the first %1 KiB"_qs.arg(encoding.bytesSeen / 1024);
}

// Which encoding and why, in one line: a guess is never silent.
QString encodingLine(const EncodingChoice &encoding)
{
    const QString name = encodingName(encoding.encoding);
    switch (encoding.reason) {
    case EncodingReason::Chosen:
        return u"read as %1, as chosen with --encoding"_qs.arg(name);
    case EncodingReason::ByteOrderMark:
        return u"read as %1, from its byte-order mark"_qs.arg(name);
    case EncodingReason::ValidUtf8:
        return u"read as %1: %2 is valid UTF-8"_qs.arg(name, sampleSize(encoding));
    case EncodingReason::NotUtf8:
        return u"read as %1: the byte %2 at line %3, column %4 is not valid UTF-8 and nothing else in %5 reads as "
               "UTF-8; if the text looks wrong, choose the encoding with --encoding"_qs
                   .arg(name, hexBytes(encoding.badBytes))
                   .arg(encoding.badLine)
                   .arg(encoding.badColumn)
                   .arg(sampleSize(encoding));
    }
    return name;
}

// Where the new leads' created dates came from, with the counts: the import's time is
// never given in silence.
QString createdDatesLine(const CreatedDates &dates)
{
    QStringList parts;
    if (!dates.column.isEmpty())
        parts << u"%1 from column '%2'"_qs.arg(number(dates.fromColumn), dates.column);
    if (dates.firstEventAsked)
        parts << u"%1 from their first event"_qs.arg(number(dates.fromFirstEvent));
    if (dates.fromImport > 0 || dates.column.isEmpty()) {
        const QString why = dates.firstEventAsked    ? u"no event"_qs
                            : dates.column.isEmpty() ? u"--created-date import"_qs
                                                     : u"empty cell"_qs;
        parts << u"%1 dated at the import's time %2 (%3)"_qs.arg(number(dates.fromImport), isoUtc(dates.importTime),
                                                                 why);
    }
    return u"created dates of new leads: "_qs + parts.join(u", "_qs);
}

QString repeatedKeysLine(const FileReport &file)
{
    QStringList top;
    for (const RepeatedKey &key : file.topRepeatedKeys)
        top << u"%1 '%2' (%3 more %4)"_qs.arg(key.field, key.value, number(key.rows),
                                              key.rows == 1 ? u"row"_qs : u"rows"_qs);
    return u"%1 rows repeat the CRM id or e-mail of an earlier row of this file; most repeated: %2"_qs.arg(
        number(file.repeatedKeyRows), top.join(u", "_qs));
}

void printFile(QTextStream &out, const FileReport &file)
{
    out << importKindName(file.kind).leftJustified(9) << file.path << "  (preset " << file.preset;
    if (file.importId > 0)
        out << ", import " << file.importId;
    out << ")\n  " << encodingLine(file.encoding) << '\n';
    if (file.noRows) {
        out << "  the file has a header and no rows: nothing was imported from it\n";
        return;
    }
    if (file.sameFileAs)
        out << "  the same file (SHA-256) was imported before, as import " << file.sameFileAs->importId << " on "
            << isoUtc(file.sameFileAs->finishedAt)
            << ": its rows already there count as unchanged, skipped or duplicates\n";
    out << "  read " << number(file.rowsRead) << ", inserted " << number(file.inserted) << ", updated "
        << number(file.updated) << ", unchanged " << number(file.unchanged) << ", skipped " << number(file.skipped)
        << ", duplicates " << number(file.duplicates) << ", rejected " << number(file.rejected);
    if (file.leadsCreated > 0)
        out << ", leads created " << number(file.leadsCreated);
    out << '\n';
    if (file.kind == ImportKind::Leads) {
        out << "  " << createdDatesLine(file.createdDates) << '\n';
        if (file.idsFromLines) {
            const QString name = QFileInfo(file.path).fileName();
            out << "  CRM ids made from file and line (--ids-from-lines): " << name << ":2 is the row on line 2, "
                << "and so on; importing this file again updates the same leads\n";
        }
        if (file.repeatedKeyRows > 0)
            out << "  " << repeatedKeysLine(file) << '\n';
        for (const FileReport::CountedEvents &counted : file.countedEvents)
            out << "  " << counted.column << ": " << number(counted.events) << " events of " << counted.activity
                << " made at each lead's created date (--count-as-events), " << number(counted.duplicates)
                << " there already\n";
    }
    for (auto it = file.unmappedActivities.cbegin(); it != file.unmappedActivities.cend(); ++it)
        out << "  activity '" << it.key() << "' has no mapping: " << number(it.value())
            << " rows rejected (map it with --mapping, or create it with --create-activities)\n";
    for (auto it = file.createdActivities.cbegin(); it != file.createdActivities.cend(); ++it)
        out << "  activity '" << it.key() << "' had no key: created as " << it->key << " (track "
            << createdActivityTrack << ", category " << createdActivityCategory << ", 0 points until a rule uses it), "
            << number(it->rows) << " rows\n";
    if (!file.missingPlaceholders.isEmpty()) {
        QStringList counts;
        for (auto it = file.missingPlaceholders.cbegin(); it != file.missingPlaceholders.cend(); ++it)
            counts << u"'%1' %2 %3"_qs.arg(it.key(), number(it.value()), it.value() == 1 ? u"cell"_qs : u"cells"_qs);
        out << "  read as missing: " << counts.join(u", "_qs) << '\n';
    }
    for (const RejectedRow &row : file.firstRejected.mid(0, 10))
        out << "  " << QFileInfo(file.path).fileName() << ':' << row.line << ':' << row.column << ": " << row.reason
            << '\n';
    if (file.rejected > 10)
        out << "  ... and " << number(file.rejected - 10) << " more rejected rows (in the workspace's import_errors)\n";
}

void printReport(const ImportReport &report, const ImportArguments &arguments)
{
    QTextStream out(stdout);
    if (arguments.json) {
        QJsonObject json = report.toJson();
        json.insert(u"workspace"_qs, arguments.workspace);
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return;
    }
    for (const FileReport &file : report.files)
        printFile(out, file);
    if (report.refusedRepeatedKeys) {
        out << "Nothing was imported: rows of the leads file repeat a key, so they would update the lead of an "
               "earlier row instead of adding their own. Check which columns are mapped to external_id and email "
               "(--preset, --mapping), or import anyway with --allow-repeated-keys.\n";
        return;
    }
    if (report.refused) {
        out << "Nothing was imported: " << number(report.rejected())
            << " rows were rejected and --strict refuses the whole import. Fix them, or import without --strict.\n";
        return;
    }
    if (std::all_of(report.files.begin(), report.files.end(), [](const FileReport &file) { return file.noRows; })) {
        out << "Nothing was imported: the files have no rows.\n";
        return;
    }
    out << "Imported " << number(report.imported()) << " rows, rejected " << number(report.rejected()) << ", "
        << number(report.touchedLeads) << " leads touched, in " << report.elapsedMs << " ms\n";
    if (report.rescored)
        out << "Rescored the touched leads in " << report.rescoreMs << " ms\n";
    if (!report.rescoreError.isEmpty())
        out << "Rescoring failed (" << report.rescoreError << "); run `leadstage score " << arguments.workspace
            << "`\n";
}

bool isNewWorkspace(const QString &path)
{
    if (Workspace::isServerAddress(path))
        return false; // a server workspace is made by `workspace copy`, never by an import
    const QFileInfo info(path);
    return !info.exists() || (info.isFile() && info.size() == 0);
}

// --write-mapping: the chosen mapping goes to a file for the user to edit; no import.
int writeMapping(const ImportArguments &arguments)
{
    const MappingFile mapping = chosenMapping(arguments);
    if (Status saved = mapping.save(arguments.writeMapping); !saved)
        return failed(command, saved.error().toString());
    QTextStream out(stdout);
    for (const ImportSource &source : arguments.request.sources)
        out << "Wrote the " << importKindName(source.kind) << " mapping of " << source.path << " (preset "
            << (source.mapping.preset.isEmpty() ? u"none"_qs : source.mapping.preset) << ") to "
            << arguments.writeMapping << '\n';
    for (const ImportSource &source : arguments.request.sources) {
        const bool leads = source.kind == ImportKind::Leads;
        if (source.mapping.columnOf(u"email"_qs).isEmpty()
            && source.mapping.columnOf(leads ? u"external_id"_qs : u"lead"_qs).isEmpty()
            && !(leads && arguments.request.options.idsFromLines))
            out << "  The " << importKindName(source.kind) << " mapping names no column for the lead's "
                << (leads ? "CRM id (external_id)" : "CRM id (lead)") << " or e-mail (email): add one to its "
                << "\"columns\" before importing"
                << (leads ? " (or import with --ids-from-lines when the file has none)" : "") << ".\n";
    }
    out << "Nothing was imported. Edit the file and import with --mapping " << arguments.writeMapping << ".\n";
    return CommandLine::Success;
}

int run(ImportArguments arguments)
{
    if (!arguments.writeMapping.isEmpty())
        return writeMapping(arguments);
    // A new workspace is built beside its name and moved into place only once the
    // import has landed: a kill or a failure leaves no half-made file under that name.
    std::unique_ptr<WorkspaceBuild> build;
    std::unique_ptr<Workspace> existing;
    if (isNewWorkspace(arguments.workspace)) {
        auto started = WorkspaceBuild::start(arguments.workspace);
        if (!started)
            return failed(command, started.error().toString());
        build = std::move(*started);
    } else {
        auto opened = openWorkspace(command, arguments.workspace, Workspace::Access::ReadWrite);
        if (!opened)
            return failed(command, opened.error().toString());
        existing = std::move(*opened);
        if (const auto stale = staleScoresText(*existing))
            QTextStream(stderr) << "leadstage " << command << ": note: " << existing->path() << ": " << *stale
                                << "; this import rescores every lead.\n";
    }
    Workspace &workspace = build ? build->workspace() : *existing;
    TerminalProgress line(u"Importing"_qs, u"rows"_qs);
    ImportJob job(workspace, std::move(arguments.request));
    // The total row count is unknown until the end: estimate it from the bytes read,
    // or count rows alone when a pipe's size is unknown (total -1).
    Progress progress([&](std::int64_t bytes, std::int64_t totalBytes) {
        const std::int64_t rows = job.rowsDone();
        if (bytes > 0 && rows > 0)
            line.update(rows, totalBytes < 0
                                  ? -1
                                  : std::max(rows, std::int64_t(double(rows) * double(totalBytes) / double(bytes))));
    });
    auto report = job.run(&progress);
    line.finish();
    existing.reset();
    if (!report)
        return failed(command, report.error().toString()); // a new workspace's build is removed
    // A new workspace that received nothing (refused, or files without rows) is not kept.
    const bool nothingRecorded = std::none_of(report->files.begin(), report->files.end(),
                                              [](const FileReport &file) { return file.importId > 0; });
    if (build && report->committed && !report->refused && !nothingRecorded)
        if (auto finished = build->finish(); !finished)
            return failed(command, finished.error().toString());
    printReport(*report, arguments);
    // Importing a file again is no failure: its rows were all read and found stored.
    const bool rowsLanded = report->imported() > 0
                            || std::any_of(report->files.begin(), report->files.end(),
                                           [](const FileReport &file) { return file.unchanged + file.duplicates > 0; });
    return report->committed && !report->refused && !report->refusedRepeatedKeys && rowsLanded ? CommandLine::Success
                                                                                               : CommandLine::Failure;
}

} // namespace

int import(const QStringList &arguments)
{
    // A workspace is a .leadstage file: these two words are subcommands, not file names.
    if (arguments.value(2) == u"undo")
        return importUndo(arguments);
    if (arguments.value(2) == u"history")
        return importHistory(arguments);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage); created when it does not exist."_qs);
    parser.addOptions(importOptions());
    parser.setApplicationDescription(mappingHelp());
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    auto request = readImportArguments(parser);
    if (!request)
        return request.error().where.isEmpty() ? badArguments(command, request.error().what)
                                               : failed(command, request.error().toString());
    return run(std::move(*request));
}

} // namespace LeadStage::Commands
