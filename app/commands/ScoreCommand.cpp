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
#include "scoring/ModelActivation.h"
#include "scoring/ModelInForce.h"
#include "scoring/WorkspaceScorer.h"
#include "tuning/FieldRuleCheck.h"
#include "tuning/LeadFieldPresence.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace LeadStage::Commands {

namespace {

const QString command = u"score"_qs;
// parseCommand prints this after "Usage: leadstage score"; the description rides
// along because it drops the parser's own.
const QString usage = u"FILE.leadstage [--model m.json] [--as-of YYYY-MM-DD|latest] [--per-lead out.csv]\n\n"
                      "Rescores every lead of the workspace, writes lead_state in one transaction (a\n"
                      "failure leaves it as it was) and prints the count per stage and per fit grade,\n"
                      "the model, the analysis date and the load/score/write timings. A date given with\n"
                      "--as-of becomes the workspace's analysis date, which metrics, explain and the\n"
                      "window use until it is changed; --as-of latest goes back to the latest event,\n"
                      "lead creation or outcome in the workspace."_qs;

struct ScoreRequest
{
    QString workspace;
    QString modelFile;   // empty: the active model
    QString perLeadFile; // empty: no per-lead table
    std::optional<std::int64_t> asOf;
    bool latest = false; // --as-of latest: forget the chosen date
};

Result<ScoreRequest> readRequest(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return Error{u"give one workspace file"_qs, QString()};
    const bool latest = parser.value(u"as-of"_qs) == u"latest"_qs;
    auto asOf = latest ? Result<std::optional<std::int64_t>>(std::nullopt) : readAsOf(parser);
    if (!asOf)
        return asOf.error();
    ScoreRequest request{parser.positionalArguments().first(), parser.value(u"model"_qs), parser.value(u"per-lead"_qs),
                         *asOf, latest};
    if (parser.isSet(u"model"_qs) && request.modelFile.isEmpty())
        return Error{u"--model expects a model file"_qs, QString()};
    if (parser.isSet(u"per-lead"_qs) && request.perLeadFile.isEmpty())
        return Error{u"--per-lead expects a file name"_qs, QString()};
    return request;
}

// --model: the file's model is saved as a version (or an identical saved one reused)
// and made active in the one transaction that writes its scores (ModelActivation):
// when the rescore fails or the process dies, no version is saved.
Result<WorkspaceScorer::Report> score(Workspace &workspace, const ScoreRequest &request,
                                      const std::optional<ScoringModel> &model, Progress &progress)
{
    using Choice = WorkspaceScorer::Options::DateChoice;
    const Choice choice = request.latest ? Choice::Forget : request.asOf ? Choice::Remember : Choice::Keep;
    if (!model) {
        WorkspaceScorer::Options options;
        options.asOf = request.asOf;
        options.dateChoice = choice;
        return WorkspaceScorer(workspace).run(options, &progress);
    }
    const QString comment = u"Imported from %1 by `leadstage score`"_qs.arg(request.modelFile);
    auto outcome = ModelActivation(workspace, request.asOf, choice).saveAndActivate(*model, comment, &progress);
    if (!outcome)
        return outcome.error();
    return outcome->report;
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error{u"cannot be written: %1"_qs.arg(reason), path, 0, 0,
                 u"Check that the folder exists and that you may write there."_qs};
}

// Opened before the rescore, so that a file that cannot be written fails the command
// before anything is saved; committed whole (QSaveFile) after it.
Result<std::unique_ptr<QSaveFile>> openPerLead(const QString &path)
{
    if (path.isEmpty())
        return std::unique_ptr<QSaveFile>();
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return cannotWrite(path, file->errorString());
    return file;
}

// Reads lead_state back rather than keeping the scores: the file shows what was stored.
Result<std::int64_t> writePerLead(Workspace &workspace, QSaveFile &file, std::int64_t leads)
{
    // By now the rescore is committed: the message says so, so nobody reruns it in vain.
    const auto failure = [&file](const QString &reason) {
        Error error = cannotWrite(file.fileName(), reason);
        error.what += u" (the rescore itself is saved in the workspace)"_qs;
        return error;
    };
    TerminalProgress line(u"Writing"_qs, u"rows"_qs);
    Progress progress([&](std::int64_t done, std::int64_t) { line.update(done, leads); });
    auto rows = LeadStateCsv::write(workspace.database(), file, &progress);
    if (!rows)
        return failure(rows.error().toString());
    if (!file.commit())
        return failure(file.errorString());
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
        << ")\nAs of     " << isoUtc(report.asOf);
    if (request.asOf)
        out << "  (kept as the workspace's analysis date)";
    else if (request.latest)
        out << "  (the latest moment of the data; the chosen date is forgotten)";
    out << "\n\n";
    QStringList stages, grades;
    for (int stage = 0; stage <= int(Stage::Customer); ++stage)
        stages << stageName(Stage(stage));
    for (int grade = 0; grade <= int(Grade::D); ++grade)
        grades << gradeName(Grade(grade));
    printCounts(out, u"Stage"_qs, stages, report.perStage, report.leads);
    printCounts(out, u"Fit grade"_qs, grades, report.perGrade, report.leads);
    out << "\nTimings   load " << report.loadMs << " ms, score " << report.scoreMs << " ms, write lead_state "
        << report.writeMs << " ms (" << report.rowsWritten << (report.rowsWritten == 1 ? " row" : " rows")
        << " written)\n";
    const auto noteRepaired = [&out](const char *what, const char *table, bool written) {
        out << "Note      the packed copy of the " << what << " (" << table << ") did not decode: the " << what
            << " were read instead, and the copy was "
            << (written ? "written anew" : "left out (see README, \"The workspace file\")") << ".\n";
    };
    if (report.packedEventsRepaired)
        noteRepaired("events", "event_blocks", report.packedEventsWritten);
    if (report.packedLeadsRepaired)
        noteRepaired("leads", "lead_blocks", report.packedLeadsWritten);
}

// Before the rescore, so the warning comes before the numbers it explains.
Status warnAboutAbsentFields(Workspace &workspace, const std::optional<ScoringModel> &model)
{
    auto inForce =
        model ? Result<ModelInForce>(ModelInForce{std::nullopt, *model}) : ModelInForce::read(workspace.database());
    if (!inForce)
        return inForce.error();
    auto presence = LeadFieldPresence::readFor(workspace.database(), inForce->model);
    if (!presence)
        return presence.error();
    QTextStream err(stderr);
    for (const Error &warning : FieldRuleCheck::warnings(inForce->model, *presence))
        err << "leadstage " << command << ": warning: " << warning.toString() << '\n';
    return Status();
}

int run(const ScoreRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    std::optional<ScoringModel> model;
    if (!request.modelFile.isEmpty()) {
        auto read = readModelFile(request.modelFile);
        if (!read)
            return failed(command, read.error().toString());
        model = std::move(*read);
    }
    auto perLead = openPerLead(request.perLeadFile);
    if (!perLead)
        return failed(command, perLead.error().toString());
    auto workspace = openWorkspace(command, request.workspace, Workspace::Access::ReadWrite);
    if (!workspace)
        return failed(command, workspace.error().toString());
    if (const auto stale = staleScoresText(**workspace))
        QTextStream(stderr) << "leadstage " << command << ": note: " << (*workspace)->path() << ": " << *stale
                            << "; this rescore of every lead brings them up to date.\n";

    if (Status checked = warnAboutAbsentFields(**workspace, model); !checked)
        return failed(command, checked.error().toString());

    ScoreProgress line(ScoreProgress::expectedEvents((*workspace)->database()));
    Progress progress([&line](std::int64_t done, std::int64_t total) { line.update(done, total); });
    auto report = score(**workspace, request, model, progress);
    line.finish();
    if (!report)
        return failed(command, report.error().toString());
    printReport(*report, request);

    QTextStream out(stdout);
    if (model)
        out << "Model file " << request.modelFile << " is saved as that version and is now the active model\n";
    if (*perLead) {
        QElapsedTimer perLeadClock;
        perLeadClock.start();
        auto rows = writePerLead(**workspace, **perLead, std::int64_t(report->leads));
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
