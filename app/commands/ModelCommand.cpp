#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "ModelFile.h"
#include "ModelReference.h"
#include "ScoreProgress.h"
#include "ScoringArguments.h"
#include "WorkspaceNotes.h"

#include "common/TimeFormat.h"
#include "scoring/ModelActivation.h"
#include "scoring/ModelInForce.h"
#include "scoring/ModelJson.h"
#include "scoring/ModelStore.h"
#include "tuning/ModelDiff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <functional>

namespace LeadStage::Commands {

namespace {

const QString overview = u"Manages a workspace's scoring models. Every saved version is kept; one is active,\n"
                         "and `leadstage score` scores with it. A workspace that has none yet uses the\n"
                         "built-in default model (DESIGN §3); the first rescore saves it as version 1.\n"
                         "list, show, export and diff read the workspace without changing it.\n"_qs;

// The name in messages: "model list", so every line says which job failed.
QString nameOf(const QString &subcommand)
{
    return u"model "_qs + subcommand;
}

QString versionText(const ModelVersion &version)
{
    return u"%1 v%2 (id %3)"_qs.arg(version.name).arg(version.version).arg(version.id);
}

// Reads the subcommand's own arguments; the rest of the table is about running it.
struct Subcommand
{
    QString name;
    QString usage;
    QString summary;
    int positionals; // after FILE
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(Workspace &, const QCommandLineParser &, const QStringList &)> run;
    Workspace::Access access;
};

int list(Workspace &workspace, const QCommandLineParser &, const QStringList &)
{
    auto versions = ModelStore(workspace.database()).list();
    if (!versions)
        return failed(nameOf(u"list"_qs), versions.error().toString());
    QTextStream out(stdout);
    if (versions->empty()) {
        out << "No saved models: scoring uses the built-in default model until the first rescore saves it.\n";
        return CommandLine::Success;
    }
    qsizetype nameWidth = 4, authorWidth = 9;
    for (const ModelVersion &version : *versions) {
        nameWidth = std::max(nameWidth, version.name.size());
        authorWidth = std::max(authorWidth, version.author.size() + 2);
    }
    out << u"id"_qs.rightJustified(6) << "  " << u"name"_qs.leftJustified(nameWidth) << u"version"_qs.rightJustified(9)
        << "  " << u"created"_qs.leftJustified(22) << u"saved by"_qs.leftJustified(authorWidth)
        << u"active"_qs.leftJustified(8) << "comment\n";
    // A version saved before the workspace recorded authors (schema version 15) has none.
    for (const ModelVersion &version : *versions)
        out << QString::number(version.id).rightJustified(6) << "  " << version.name.leftJustified(nameWidth)
            << QString::number(version.version).rightJustified(9) << "  " << isoUtc(version.createdAt).leftJustified(22)
            << (version.author.isEmpty() ? u"-"_qs : version.author).leftJustified(authorWidth)
            << (version.active ? u"yes"_qs : QString()).leftJustified(8) << version.comment << '\n';
    return CommandLine::Success;
}

// --id N, or nothing (the active version); a bad id is the caller's mistake.
Result<std::optional<std::int64_t>> chosenId(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"id"_qs))
        return std::optional<std::int64_t>();
    const auto id = toModelId(parser.value(u"id"_qs));
    if (!id)
        return Error{u"--id expects a model id (a whole number above 0), not '%1'"_qs.arg(parser.value(u"id"_qs)),
                     QString()};
    return std::optional<std::int64_t>(*id);
}

Result<ModelInForce> chosenModel(Workspace &workspace, std::optional<std::int64_t> id)
{
    auto model = ModelInForce::read(workspace.database(), id);
    if (!model) {
        Error error = model.error();
        error.hint = u"`leadstage model list %1` shows the saved versions."_qs.arg(workspace.path());
        return error;
    }
    return model;
}

QJsonObject describedJson(const ModelInForce &chosen)
{
    const QJsonObject model = QJsonDocument::fromJson(ModelJson::write(chosen.model)).object();
    if (!chosen.version)
        return {{u"id"_qs, QJsonValue()},
                {u"name"_qs, chosen.model.name},
                {u"version"_qs, QJsonValue()},
                {u"created"_qs, QJsonValue()},
                {u"author"_qs, QJsonValue()},
                {u"active"_qs, true},
                {u"comment"_qs, u"built-in default, not saved in the workspace yet"_qs},
                {u"model"_qs, model}};
    const ModelVersion &version = *chosen.version;
    return {{u"id"_qs, qint64(version.id)},
            {u"name"_qs, version.name},
            {u"version"_qs, version.version},
            {u"created"_qs, isoUtc(version.createdAt)},
            {u"author"_qs, version.author.isEmpty() ? QJsonValue() : QJsonValue(version.author)},
            {u"active"_qs, version.active},
            {u"comment"_qs, version.comment},
            {u"model"_qs, model}};
}

int show(Workspace &workspace, const QCommandLineParser &parser, const QStringList &)
{
    const QString name = nameOf(u"show"_qs);
    auto id = chosenId(parser);
    if (!id)
        return badArguments(name, id.error().what);
    auto chosen = chosenModel(workspace, *id);
    if (!chosen)
        return failed(name, chosen.error().toString());
    QTextStream(stdout) << QJsonDocument(describedJson(*chosen)).toJson(QJsonDocument::Indented);
    return CommandLine::Success;
}

int exportModel(Workspace &workspace, const QCommandLineParser &parser, const QStringList &)
{
    const QString name = nameOf(u"export"_qs);
    auto id = chosenId(parser);
    if (!id)
        return badArguments(name, id.error().what);
    if (parser.isSet(u"out"_qs) && parser.value(u"out"_qs).isEmpty())
        return badArguments(name, u"--out expects a file name"_qs);
    auto chosen = chosenModel(workspace, *id);
    if (!chosen)
        return failed(name, chosen.error().toString());
    const QByteArray json = ModelJson::write(chosen->model);
    if (!parser.isSet(u"out"_qs)) {
        QTextStream(stdout) << QString::fromUtf8(json);
        return CommandLine::Success;
    }
    const QString path = parser.value(u"out"_qs);
    if (Status status = writeFileAtomically(path, json); !status)
        return failed(name, status.error().toString());
    QTextStream(stdout) << "Exported " << chosen->describe() << " to " << path << '\n';
    return CommandLine::Success;
}

int importModel(Workspace &workspace, const QCommandLineParser &parser, const QStringList &positional)
{
    const QString name = nameOf(u"import"_qs), file = positional.at(0);
    auto model = readModelFile(file);
    if (!model)
        return failed(name, model.error().toString());
    const QString comment =
        parser.isSet(u"comment"_qs) ? parser.value(u"comment"_qs) : u"Imported from %1"_qs.arg(file);
    auto saved = ModelStore(workspace.database()).save(*model, comment);
    if (!saved)
        return failed(name, saved.error().toString());
    QTextStream(stdout) << "Imported " << file << " as " << versionText(*saved) << ". It is not active yet: "
                        << "`leadstage model activate " << workspace.path() << ' ' << saved->id << "` makes it so.\n";
    return CommandLine::Success;
}

// Rescores with the version and makes it active in one transaction (ModelActivation):
// lead_state always holds the active model's scores, and a failure changes nothing.
int activate(Workspace &workspace, const QCommandLineParser &, const QStringList &positional)
{
    const QString name = nameOf(u"activate"_qs);
    const auto id = toModelId(positional.at(0));
    if (!id)
        return badArguments(name, u"ID must be a model id (a whole number above 0), not '%1'"_qs.arg(positional.at(0)));
    ScoreProgress line(ScoreProgress::expectedEvents(workspace.database()));
    Progress progress([&line](std::int64_t done, std::int64_t total) { line.update(done, total); });
    auto outcome = ModelActivation(workspace).activate(*id, &progress);
    line.finish();
    if (!outcome) {
        Error error = outcome.error();
        if (error.hint.isEmpty())
            error.hint = u"`leadstage model list %1` shows the saved versions."_qs.arg(workspace.path());
        return failed(name, error.toString());
    }
    const WorkspaceScorer::Report &report = outcome->report;
    const QLocale locale(QLocale::English);
    QTextStream(stdout) << versionText(outcome->version) << " is now active; "
                        << locale.toString(qulonglong(report.leads)) << " leads ("
                        << locale.toString(qulonglong(report.events)) << " events) rescored with it as of "
                        << isoUtc(report.asOf) << ".\n";
    return CommandLine::Success;
}

int diff(Workspace &workspace, const QCommandLineParser &, const QStringList &positional)
{
    const QString name = nameOf(u"diff"_qs);
    auto before = chooseModel(workspace, positional.at(0));
    if (!before)
        return failed(name, before.error().toString());
    auto after = chooseModel(workspace, positional.at(1));
    if (!after)
        return failed(name, after.error().toString());
    QTextStream(stdout) << ModelDiff::between(before->model, after->model).text(before->describe, after->describe);
    return CommandLine::Success;
}

const QList<Subcommand> &subcommands()
{
    using Parser = QCommandLineParser;
    const auto idOption = [](Parser &parser) {
        parser.addOption({u"id"_qs, u"The model id (see `model list`); default: the active model."_qs, u"N"_qs});
    };
    static const QList<Subcommand> all = {
        {u"list"_qs, u"FILE.leadstage"_qs,
         u"Every saved version: id, name, version, created, saved by, active, comment."_qs, 0, [](Parser &) {}, list,
         Workspace::Access::ReadOnly},
        {u"show"_qs, u"FILE.leadstage [--id N]"_qs,
         u"One version (default: the active one) as JSON, with its id and comment."_qs, 0, idOption, show,
         Workspace::Access::ReadOnly},
        {u"import"_qs, u"FILE.leadstage m.json [--comment TEXT]"_qs,
         u"Saves a model file as the next version of its name; it is not activated."_qs, 1,
         [](Parser &parser) {
             parser.addPositionalArgument(u"model"_qs, u"The model file (JSON, DESIGN §3)."_qs);
             parser.addOption({u"comment"_qs, u"Why this version exists (shown by `model list`)."_qs, u"TEXT"_qs});
         },
         importModel, Workspace::Access::ReadWrite},
        {u"export"_qs, u"FILE.leadstage [--id N] [--out m.json]"_qs,
         u"Writes a version (default: the active one) as a model file (--out or stdout)."_qs, 0,
         [idOption](Parser &parser) {
             idOption(parser);
             parser.addOption(
                 {u"out"_qs, u"Write the model file here (replaced whole); default: stdout."_qs, u"m.json"_qs});
         },
         exportModel, Workspace::Access::ReadOnly},
        {u"activate"_qs, u"FILE.leadstage ID"_qs,
         u"Rescores every lead with version ID and makes it active, in one transaction."_qs, 1,
         [](Parser &parser) { parser.addPositionalArgument(u"id"_qs, u"The model id to activate."_qs); }, activate,
         Workspace::Access::ReadWrite},
        {u"diff"_qs, u"FILE.leadstage A B"_qs,
         u"What changed from model A to model B: rules added, removed, changed and moved; triggers,\n"
         "thresholds, decay, fit rules and grades, nurture tracks and steps, stagnation.\n"
         "A and B: a model id, NAME (its latest version), NAME@N (version N), active, or a model file (.json)."_qs,
         2,
         [](Parser &parser) {
             parser.addPositionalArgument(u"a"_qs, u"The model to compare from."_qs);
             parser.addPositionalArgument(u"b"_qs, u"The model to compare to."_qs);
         },
         diff, Workspace::Access::ReadOnly},
    };
    return all;
}

void printOverview()
{
    QTextStream out(stdout);
    QString prefix = u"Usage: "_qs;
    for (const Subcommand &subcommand : subcommands()) {
        out << prefix << "leadstage model " << subcommand.name << ' ' << subcommand.usage << '\n';
        prefix = u"       "_qs;
    }
    out << '\n' << overview << '\n';
    for (const Subcommand &subcommand : subcommands())
        out << "  " << subcommand.name.leftJustified(10)
            << QString(subcommand.summary).replace(u'\n', u"\n"_qs + QString(12, u' ')) << '\n';
    out << "\nRun `leadstage model SUBCOMMAND --help` for a subcommand's options.\n";
}

int runSubcommand(const Subcommand &subcommand, const QStringList &arguments)
{
    const QString name = nameOf(subcommand.name);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    subcommand.addOptions(parser);
    // parseCommand names the job after arguments[1] ("model list") and prints the
    // usage line; the summary rides along because it drops the parser's description.
    const QStringList shifted = QStringList{arguments.value(0), name} + arguments.mid(3);
    if (auto done = parseCommand(parser, shifted, subcommand.usage + u"\n\n"_qs + subcommand.summary))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 + subcommand.positionals)
        return badArguments(name, u"expected: leadstage %1 %2"_qs.arg(name, subcommand.usage));
    // Saving and activating a version work on a server workspace too (under its write lock).
    auto workspace = openWorkspace(name, positional.first(), subcommand.access);
    if (!workspace)
        return failed(name, workspace.error().toString());
    if (subcommand.access == Workspace::Access::ReadWrite)
        if (Status caughtUp = catchUpStaleScores(name, **workspace); !caughtUp)
            return failed(name, caughtUp.error().toString());
    return subcommand.run(**workspace, parser, positional.mid(1));
}

} // namespace

int model(const QStringList &arguments)
{
    const QString subcommand = arguments.value(2);
    if (subcommand == u"-h" || subcommand == u"--help" || subcommand == u"help") {
        printOverview();
        return CommandLine::Success;
    }
    for (const Subcommand &candidate : subcommands())
        if (candidate.name == subcommand)
            return runSubcommand(candidate, arguments);
    const QString reason =
        subcommand.isEmpty() ? u"give a subcommand"_qs : u"unknown subcommand '%1'"_qs.arg(subcommand);
    return badArguments(u"model"_qs, reason
                                         + u": list, show, import, export, activate or diff. "
                                           "Run `leadstage model --help`."_qs);
}

} // namespace LeadStage::Commands
