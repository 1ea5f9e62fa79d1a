#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "ScoringArguments.h"
#include "WorkspaceNotes.h"

#include "common/TimeFormat.h"
#include "store/Workspace.h"
#include "store/WorkspaceSummary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace LeadStage::Commands {

namespace {

const QString command = u"info"_qs;

QJsonObject toJson(const Workspace &workspace, const WorkspaceSummary &summary)
{
    QJsonObject rows;
    for (const auto &[table, count] : summary.rowsPerTable)
        rows.insert(table, qint64(count));
    QJsonObject json{{u"file"_qs, workspace.path()}, {u"schemaVersion"_qs, summary.schemaVersion}, {u"rows"_qs, rows}};
    json.insert(u"firstEvent"_qs, summary.firstEventAt ? QJsonValue(isoUtc(*summary.firstEventAt)) : QJsonValue());
    json.insert(u"lastEvent"_qs, summary.lastEventAt ? QJsonValue(isoUtc(*summary.lastEventAt)) : QJsonValue());
    const auto &stale = workspace.openNotes().staleScores;
    json.insert(u"scoresStale"_qs, stale ? QJsonValue(QJsonObject{{u"since"_qs, isoUtc(stale->since)},
                                                                  {u"reason"_qs, stale->reason},
                                                                  {u"text"_qs, ScoreStatus::describe(*stale)}})
                                         : QJsonValue());
    return json;
}

void printTable(QTextStream &out, const Workspace &workspace, const WorkspaceSummary &summary)
{
    const QLocale locale(QLocale::English);
    out << "Workspace       " << workspace.path() << '\n';
    out << "Schema version  " << summary.schemaVersion << '\n';
    for (const auto &[table, count] : summary.rowsPerTable)
        out << table.leftJustified(16) << locale.toString(qlonglong(count)).rightJustified(12) << '\n';
    if (summary.firstEventAt)
        out << "Events from     " << isoUtc(*summary.firstEventAt) << " to " << isoUtc(*summary.lastEventAt) << '\n';
    else
        out << "Events from     (no events)\n";
    // Counts come from the tables; the scores are another matter, and stale ones are said.
    if (const auto stale = staleScoresText(workspace))
        out << "Scores          out of date: " << stale->mid(stale->indexOf(u':') + 2) << '\n';
    else
        out << "Scores          up to date\n";
}

} // namespace

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show a workspace's schema version, rows per table and event dates."_qs);
    parser.addOption({u"json"_qs, u"Print JSON instead of a table."_qs});
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    if (auto done = parseCommand(parser, arguments, u"FILE.leadstage [--json]"_qs))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return badArguments(command, u"give one workspace file"_qs);

    // Read-only: looking never changes the file, and works while the app has it open.
    auto workspace = openWorkspace(command, parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return failed(command, workspace.error().toString());
    auto summary = WorkspaceSummary::read(**workspace);
    if (!summary)
        return failed(command, summary.error().toString());
    QTextStream out(stdout);
    if (parser.isSet(u"json"_qs))
        out << QJsonDocument(toJson(**workspace, *summary)).toJson(QJsonDocument::Indented);
    else
        printTable(out, **workspace, *summary);
    return CommandLine::Success;
}

} // namespace LeadStage::Commands
