#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"

#include "ScoringArguments.h"
#include "common/TimeFormat.h"
#include "import/ImportHistory.h"
#include "import/ImportUndo.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace LeadStage::Commands {

namespace {

const QString undoCommand = u"import undo"_qs;
const QString undoUsage =
    u"FILE.leadstage N [--dry-run] [--json]\n\n"
    "Undoes import N (one file of an import run; `leadstage import history FILE` lists them): the leads\n"
    "and events it added and the outcomes, recorded stages and activity types it created are removed,\n"
    "and the fields, outcomes (with their undated flags) and recorded stages it updated get their\n"
    "previous values back, in one transaction; then the leads concerned are rescored. The import stays\n"
    "in the history, marked undone. Refused, with the reason, when a later import built on it (events,\n"
    "outcomes, recorded stages or updates of leads it created, events of activity types it created, or\n"
    "updates of what it also updated: undo that one first), when it was undone already, and for imports\n"
    "made before workspace version 9, which did not record what they replaced. --dry-run says what\n"
    "would change and changes nothing."_qs;

const QString historyCommand = u"import history"_qs;
const QString historyUsage = u"FILE.leadstage [--json]\n\n"
                             "Lists the workspace's imports, newest first: number, kind, when, rows, file, and\n"
                             "whether it was undone or cannot be undone (made before workspace version 9)."_qs;

// "import undo" as the command: parseCommand names the job after arguments[1].
QStringList shifted(const QStringList &arguments, const QString &name)
{
    return QStringList{arguments.value(0), name} + arguments.mid(3);
}

void printPlan(QTextStream &out, const ImportUndoPlan &plan)
{
    out << "import " << plan.importId << "  " << plan.kind << "  " << QDir::toNativeSeparators(plan.file) << '\n'
        << "  " << plan.text() << ", leads to rescore " << plan.leadsToRescore.size() << '\n';
}

} // namespace

int importUndo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    parser.addPositionalArgument(u"n"_qs, u"The import's number (see `leadstage import history`)."_qs);
    const QCommandLineOption dryRun(u"dry-run"_qs, u"Say what the undo would change; change nothing."_qs);
    const QCommandLineOption json(u"json"_qs, u"Print the result as JSON."_qs);
    parser.addOptions({dryRun, json});
    if (auto done = parseCommand(parser, shifted(arguments, undoCommand), undoUsage))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return badArguments(undoCommand, u"expected: leadstage import undo FILE.leadstage N [--dry-run]"_qs);
    bool isNumber = false;
    const qint64 importId = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || importId <= 0)
        return badArguments(undoCommand, u"'%1' is not an import number: give N as `leadstage import history` "
                                         "lists it"_qs.arg(positional.at(1)));
    auto workspace = openWorkspace(undoCommand, positional.at(0), Workspace::Access::ReadWrite);
    if (!workspace)
        return failed(undoCommand, workspace.error().toString());
    ImportUndo undo(**workspace, importId);
    QTextStream out(stdout);
    if (parser.isSet(dryRun)) {
        auto plan = undo.plan();
        if (!plan)
            return failed(undoCommand, plan.error().toString());
        if (parser.isSet(json)) {
            QJsonObject object = plan->toJson();
            object.insert(u"dryRun"_qs, true);
            out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            printPlan(out, *plan);
            out << "Nothing was changed (--dry-run).\n";
        }
        return CommandLine::Success;
    }
    auto report = undo.run();
    if (!report)
        return failed(undoCommand, report.error().toString());
    if (parser.isSet(json)) {
        QJsonObject object = report->plan.toJson();
        object.insert(u"dryRun"_qs, false);
        object.insert(u"rescored"_qs, report->rescored);
        if (!report->rescoreError.isEmpty())
            object.insert(u"rescoreError"_qs, report->rescoreError);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        printPlan(out, report->plan);
        out << "Undone in " << report->elapsedMs << " ms" << (report->rescored ? ", rescored" : "") << ".\n";
    }
    if (!report->rescoreError.isEmpty())
        QTextStream(stderr) << "leadstage " << undoCommand << ": the undo landed, but rescoring failed ("
                            << report->rescoreError << "); run `leadstage score " << positional.at(0) << "`\n";
    return CommandLine::Success;
}

int importHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    const QCommandLineOption json(u"json"_qs, u"Print the history as JSON."_qs);
    parser.addOption(json);
    if (auto done = parseCommand(parser, shifted(arguments, historyCommand), historyUsage))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return badArguments(historyCommand, u"expected: leadstage import history FILE.leadstage"_qs);
    // Read-write: an older file is upgraded, so every import says whether it can be undone.
    // A server workspace is read only: its imports all recorded what undoing them needs.
    auto workspace = openWorkspace(historyCommand, positional.at(0),
                                   Workspace::isServerAddress(positional.at(0)) ? Workspace::Access::ReadOnly
                                                                                : Workspace::Access::ReadWrite);
    if (!workspace)
        return failed(historyCommand, workspace.error().toString());
    auto history = readImportHistory((*workspace)->database());
    if (!history)
        return failed(historyCommand, history.error().toString());
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const ImportRecord &record : *history)
            rows.append(QJsonObject{{u"import"_qs, qint64(record.id)},
                                    {u"kind"_qs, record.kind},
                                    {u"file"_qs, record.file},
                                    {u"startedAt"_qs, isoUtc(record.startedAt)},
                                    {u"rowsRead"_qs, qint64(record.rowsRead)},
                                    {u"rowsImported"_qs, qint64(record.rowsImported)},
                                    {u"rowsRejected"_qs, qint64(record.rowsRejected)},
                                    {u"undoable"_qs, record.undoRecorded && !record.undoneAt},
                                    {u"undoneAt"_qs, record.undoneAt ? isoUtc(*record.undoneAt) : QJsonValue()}});
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    if (history->empty()) {
        out << "No imports yet.\n";
        return CommandLine::Success;
    }
    out << u"import"_qs.rightJustified(6) << "  " << u"kind"_qs.leftJustified(9) << u"started"_qs.leftJustified(22)
        << u"read"_qs.rightJustified(9) << u"imported"_qs.rightJustified(10) << u"rejected"_qs.rightJustified(10)
        << "  " << u"status"_qs.leftJustified(30) << "file\n";
    for (const ImportRecord &record : *history) {
        const QString status = record.undoneAt        ? u"undone %1"_qs.arg(isoUtc(*record.undoneAt))
                               : !record.undoRecorded ? u"cannot be undone (older)"_qs
                                                      : QString();
        out << QString::number(record.id).rightJustified(6) << "  " << record.kind.leftJustified(9)
            << isoUtc(record.startedAt).leftJustified(22) << QString::number(record.rowsRead).rightJustified(9)
            << QString::number(record.rowsImported).rightJustified(10)
            << QString::number(record.rowsRejected).rightJustified(10) << "  " << status.leftJustified(30)
            << QDir::toNativeSeparators(record.file) << '\n';
    }
    return CommandLine::Success;
}

} // namespace LeadStage::Commands
