#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "ModelFile.h"
#include "ScoreProgress.h"
#include "ScoringArguments.h"
#include "TerminalProgress.h"
#include "WorkspaceNotes.h"

#include "common/TimeFormat.h"
#include "scoring/LeadStateCsv.h"
#include "scoring/ModelStore.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Statement.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace LeadStage::Commands {

namespace {

const QString command = u"score"_qs;
// parseCommand prints this after "Usage: leadstage score"; the description rides
// along because it drops the parser's own.
const QString usage = u"FILE.leadstage [--model m.json] [--as-of YYYY-MM-DD] [--per-lead out.csv]\n\n"
                      "Rescores every lead of the workspace, writes lead_state in one transaction (a\n"
                      "failure leaves it as it was) and prints the count per stage and per fit grade,\n"
                      "the model, the analysis date and the load/score/write timings."_qs;

struct ScoreRequest
{
    QString workspace;
    QString modelFile;   // empty: the active model
    QString perLeadFile; // empty: no per-lead table
    std::optional<std::int64_t> asOf;
};

// The largest event id: the event count, or a close upper bound after deletes,
// known at once where COUNT(*) would scan ten million rows.
std::int64_t expectedEvents(Database &database)
{
    auto query = database.prepare("SELECT COALESCE(MAX(id), 0) FROM events");
    if (!query || !query->step())
        return 0;
    return query->int64(0);
}

Result<ScoreRequest> readRequest(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return Error{u"give one workspace file"_qs, QString()};
    auto asOf = readAsOf(parser);
    if (!asOf)
        return asOf.error();
    ScoreRequest request{parser.positionalArguments().first(), parser.value(u"model"_qs), parser.value(u"per-lead"_qs),
                         *asOf};
    if (parser.isSet(u"model"_qs) && request.modelFile.isEmpty())
        return Error{u"--model expects a model file"_qs, QString()};
    if (parser.isSet(u"per-lead"_qs) && request.perLeadFile.isEmpty())
        return Error{u"--per-lead expects a file name"_qs, QString()};
    return request;
}

// --model: the file's model is saved as a version (or an identical saved one
// reused); it becomes active only once the rescore under it has succeeded.
Result<std::optional<ModelVersion>> importModel(Workspace &workspace, const QString &path)
{
    if (path.isEmpty())
        return std::optional<ModelVersion>();
    auto model = readModelFile(path);
    if (!model)
        return model.error();
    ModelStore store(workspace.database());
    auto version = saveUnlessStored(store, *model, u"Imported from %1 by `leadstage score`"_qs.arg(path));
    if (!version)
        return version.error();
    return std::optional<ModelVersion>(*version);
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error{u"cannot be written: %1"_qs.arg(reason), path, 0, 0,
                 u"Check that the folder exists and that you may write there."_qs};
}

// Reads lead_state back rather than keeping the scores: the file shows what was stored.
Result<std::int64_t> writePerLead(Workspace &workspace, const QString &path, std::int64_t leads)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    TerminalProgress line(u"Writing"_qs, u"rows"_qs);
    Progress progress([&](std::int64_t done, std::int64_t) { line.update(done, leads); });
    auto rows = LeadStateCsv::write(workspace.database(), file, &progress);
    if (!rows)
        return cannotWrite(path, rows.error().toString());
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return rows;
}

void printCounts(QTextStream &out, const QString &title, const QStringList &names, const auto &counts,
                 std::size_t total)
{
    const QLocale locale(QLocale::English);
    out << title.leftJustified(14) << u"leads"_qs.rightJustified(12) << u"%"_qs.rightJustified(8) << '\n';
    for (qsizetype i = 0; i < names.size(); ++i) {
        const std::size_t count = counts[std::size_t(i)];
        const double share = total == 0 ? 0.0 : 100.0 * double(count) / double(total);
        out << "  " << names[i].leftJustified(12) << locale.toString(qulonglong(count)).rightJustified(12)
            << QString::number(share, 'f', 1).rightJustified(8) << '\n';
    }
}

void printReport(const WorkspaceScorer::Report &report, const ScoreRequest &request)
{
    QTextStream out(stdout);
    const QLocale locale(QLocale::English);
    out << "Scored " << locale.toString(qulonglong(report.leads)) << " leads ("
        << locale.toString(qulonglong(report.events)) << " events) in " << request.workspace << '\n'
        << "Model     " << report.model.name << " v" << report.model.version << " (id " << report.model.id
        << ")\nAs of     " << isoUtc(report.asOf) << "\n\n";
    QStringList stages, grades;
    for (int stage = 0; stage <= int(Stage::Customer); ++stage)
        stages << stageName(Stage(stage));
    for (int grade = 0; grade <= int(Grade::D); ++grade)
        grades << gradeName(Grade(grade));
    printCounts(out, u"Stage"_qs, stages, report.perStage, report.leads);
    printCounts(out, u"Fit grade"_qs, grades, report.perGrade, report.leads);
    out << "\nTimings   load " << report.loadMs << " ms, score " << report.scoreMs << " ms, write lead_state "
        << report.writeMs << " ms\n";
}

int run(const ScoreRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    auto workspace = openWorkspace(command, request.workspace, Workspace::Access::ReadWrite);
    if (!workspace)
        return failed(command, workspace.error().toString());
    if (const auto stale = staleScoresText(**workspace))
        QTextStream(stderr) << "leadstage " << command << ": note: " << (*workspace)->path() << ": " << *stale
                            << "; this rescore of every lead brings them up to date.\n";
    auto imported = importModel(**workspace, request.modelFile);
    if (!imported)
        return failed(command, imported.error().toString());

    ScoreProgress line(expectedEvents((*workspace)->database()));
    Progress progress([&line](std::int64_t done, std::int64_t total) { line.update(done, total); });
    WorkspaceScorer::Options options;
    options.asOf = request.asOf;
    if (*imported)
        options.modelId = (*imported)->id;
    auto report = WorkspaceScorer(**workspace).run(options, &progress);
    line.finish();
    if (!report)
        return failed(command, report.error().toString());
    if (*imported)
        if (Status status = ModelStore((*workspace)->database()).activate((*imported)->id); !status)
            return failed(command, status.error().toString());
    printReport(*report, request);

    QTextStream out(stdout);
    if (*imported)
        out << "Model file " << request.modelFile << " is saved as that version and is now the active model\n";
    if (!request.perLeadFile.isEmpty()) {
        QElapsedTimer perLeadClock;
        perLeadClock.start();
        auto rows = writePerLead(**workspace, request.perLeadFile, std::int64_t(report->leads));
        if (!rows)
            return failed(command, rows.error().toString());
        out << "Per-lead  " << request.perLeadFile << " (" << QLocale(QLocale::English).toString(qlonglong(*rows))
            << " rows, " << perLeadClock.elapsed() << " ms)\n";
    }
    out << "Total     " << clock.elapsed() << " ms\n";
    return CommandLine::Success;
}

} // namespace

int score(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    parser.addOptions({
        {u"model"_qs,
         u"Score with the model in this JSON file. It is saved in the workspace as a new version (or the "
         "identical saved version is reused) and becomes the active model once the rescore succeeds."_qs,
         u"m.json"_qs},
        asOfOption(),
        {u"per-lead"_qs,
         u"Also write one CSV row per lead with the columns lead_id, stage, engagement, info, intent, product, "
         "fit, grade, iql_at, mql_at, pql_at, health (lead_id is the CRM id, else the e-mail, else the row id; "
         "times ISO 8601 UTC, empty when not reached). An existing file is replaced whole."_qs,
         u"out.csv"_qs},
    });
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    auto request = readRequest(parser);
    if (!request)
        return badArguments(command, request.error().what);
    return run(*request);
}

} // namespace LeadStage::Commands
