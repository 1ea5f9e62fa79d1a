#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "ScoringArguments.h"
#include "WorkspaceNotes.h"

#include "common/TimeFormat.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/LeadLookup.h"
#include "scoring/ModelInForce.h"
#include "scoring/ScoreLedger.h"

#include <QTextStream>

namespace LeadStage::Commands {

namespace {

const QString command = u"explain"_qs;
// parseCommand prints this after "Usage: leadstage explain"; the description rides
// along because it drops the parser's own.
const QString usage = u"FILE.leadstage LEAD [--as-of YYYY-MM-DD]\n\n"
                      "Shows one lead's score ledger under the active model: every change of its scores\n"
                      "in time order (rule, field rule, cap, trigger, decay step, stage reached), the\n"
                      "points and the running totals, ending with the totals that `leadstage score\n"
                      "--per-lead` gives for the lead at the same date. Reads the workspace without\n"
                      "changing it."_qs;
constexpr qsizetype timeWidth = 22;
constexpr qsizetype numberWidth = 8;
constexpr qsizetype widestWhat = 70;

QString kindOf(ReplayCause cause)
{
    switch (cause) {
    case ReplayCause::Rule:
        return u"rule"_qs;
    case ReplayCause::Cap:
        return u"cap"_qs;
    case ReplayCause::FieldRule:
        return u"field rule"_qs;
    case ReplayCause::Trigger:
        return u"trigger"_qs;
    case ReplayCause::Decay:
        return u"decay"_qs;
    case ReplayCause::Stage:
        return u"stage"_qs;
    }
    return {};
}

// "rule whitepaper: Industry report / whitepaper", "decay: 4 months without activity".
QString whatOf(const LedgerEntry &entry)
{
    const QString kind = kindOf(entry.cause);
    if (entry.cause == ReplayCause::Decay || entry.cause == ReplayCause::Stage)
        return kind + u": "_qs + entry.label;
    const QString label = entry.label.isEmpty() || entry.label == entry.source ? QString() : u": "_qs + entry.label;
    return kind + u' ' + entry.source + label;
}

// Stage changes and triggers move no points: their points cell stays empty.
QString pointsOf(const LedgerEntry &entry)
{
    if (entry.cause == ReplayCause::Stage || entry.cause == ReplayCause::Trigger)
        return {};
    return entry.points > 0 ? u"+%1"_qs.arg(entry.points) : QString::number(entry.points);
}

QString momentText(std::int64_t time)
{
    return time == noTime ? u"-"_qs : isoUtc(time);
}

void printEntries(QTextStream &out, const std::vector<LedgerEntry> &entries)
{
    if (entries.empty()) {
        out << "(nothing changed this lead's scores up to the analysis date)\n";
        return;
    }
    qsizetype whatWidth = 4;
    for (const LedgerEntry &entry : entries)
        whatWidth = std::max(whatWidth, std::min(widestWhat, whatOf(entry).size()));
    const auto number = [](const QString &text) { return text.rightJustified(numberWidth); };
    out << u"time"_qs.leftJustified(timeWidth) << u"what"_qs.leftJustified(whatWidth) << number(u"points"_qs)
        << number(u"info"_qs) << number(u"intent"_qs) << number(u"product"_qs) << number(u"decay"_qs)
        << u"  engagement"_qs << '\n';
    for (const LedgerEntry &entry : entries) {
        const ReplayTotals &totals = entry.totals;
        out << isoUtc(entry.at).leftJustified(timeWidth) << whatOf(entry).leftJustified(whatWidth)
            << number(pointsOf(entry)) << number(QString::number(totals.info)) << number(QString::number(totals.intent))
            << number(QString::number(totals.product)) << number(QString::number(totals.decay))
            << QString::number(totals.engagement()).rightJustified(12) << '\n';
    }
}

// The same fields, names and order as `score --per-lead`, so the two reconcile at a glance.
void printTotals(QTextStream &out, const LeadScore &score)
{
    out << "\nTotals\n"
        << "  stage " << stageName(score.stage) << "  engagement " << score.engagement << "  info " << score.info
        << "  intent " << score.intent << "  product " << score.product << "  fit " << score.fit << "  grade "
        << gradeName(score.grade) << '\n'
        << "  iql_at " << momentText(score.iqlAt) << "  mql_at " << momentText(score.mqlAt) << "  pql_at "
        << momentText(score.pqlAt) << "  health " << healthName(score.health) << '\n';
}

struct LedgerRequest
{
    QString workspace;
    QString lead;
    std::optional<std::int64_t> asOf;
};

Result<ScoreLedger> buildLedger(Workspace &workspace, const LeadIdentity &lead, const ModelInForce &model,
                                std::optional<std::int64_t> asOf)
{
    EventColumnsLoader loader(workspace.database());
    auto input = loader.loadLeads({lead.id});
    if (!input)
        return input.error();
    auto date = asOf ? Result<std::int64_t>(*asOf) : loader.defaultAsOf();
    if (!date)
        return date.error();
    return ScoreLedger::build(model.model, *input, 0, *date);
}

int run(const LedgerRequest &request)
{
    auto workspace = openWorkspace(command, request.workspace, Workspace::Access::ReadOnly);
    if (!workspace)
        return failed(command, workspace.error().toString());
    // The ledger is replayed from the events, not read from lead_state: it is right even
    // then, but the stored scores elsewhere are not.
    if (const auto stale = staleScoresText(**workspace))
        QTextStream(stderr) << "leadstage " << command << ": note: " << (*workspace)->path() << ": " << *stale
                            << "; this ledger is replayed from the events and is current. Run `leadstage score "
                            << (*workspace)->path() << "` to bring the stored scores up to date.\n";
    auto lead = LeadLookup((*workspace)->database()).find(request.lead);
    if (!lead)
        return failed(command, lead.error().toString());
    if (!*lead)
        return failed(command,
                      u"%1: no lead has the external id or e-mail '%2'. Check the spelling; `leadstage "
                      "score %1 --per-lead out.csv` lists every lead's id."_qs.arg(request.workspace, request.lead));
    auto model = ModelInForce::read((*workspace)->database());
    if (!model)
        return failed(command, model.error().toString());
    auto ledger = buildLedger(**workspace, **lead, *model, request.asOf);
    if (!ledger)
        return failed(command, ledger.error().toString());

    QTextStream out(stdout);
    const LeadIdentity &identity = **lead;
    out << "Lead      " << identity.displayId() << " (row id " << identity.id
        << (identity.email.isEmpty() ? QString() : u", "_qs + identity.email) << ")\n"
        << "Model     " << model->describe() << "\nAs of     " << isoUtc(ledger->asOf()) << "\n\n";
    printEntries(out, ledger->entries());
    printTotals(out, ledger->score());
    return CommandLine::Success;
}

} // namespace

int explain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    parser.addPositionalArgument(u"lead"_qs, u"The lead's external (CRM) id or e-mail."_qs);
    parser.addOption(asOfOption());
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1).trimmed().isEmpty())
        return badArguments(command, u"give a workspace file and a lead's external id or e-mail"_qs);
    auto asOf = readAsOf(parser);
    if (!asOf)
        return badArguments(command, asOf.error().what);
    return run(LedgerRequest{positional.at(0), positional.at(1), *asOf});
}

} // namespace LeadStage::Commands
