#include "BackTestArguments.h"
#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "FigureText.h"
#include "TerminalProgress.h"

#include "common/TimeFormat.h"
#include "scoring/ModelJson.h"
#include "tuning/LeadFieldPresence.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/SuggestedPoints.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace LeadStage::Commands {

namespace {

const QString command = u"suggest"_qs;
const QString usage =
    u"FILE.leadstage [--model A] [--outcome sql|opportunity|customer] [--as-of YYYY-MM-DD | --at-stage iql|mql]\n"
    "       [--horizon DAYS] [--new-field-rules] [--out MODEL.json] [--format table|json]\n\n"
    "Suggests each rule's points from the workspace's outcomes (docs/evaluation.md, \"Suggested points\"): a\n"
    "regularised logistic regression on each rule's payments as the engine makes them, fitted on an earlier\n"
    "window of the back-test and validated on a later one, turned into whole points on the model's own scale\n"
    "(the MQL threshold keeps selecting the same share of leads). Prints, per rule, the current and suggested\n"
    "points, the 95 % interval, the leads it touches and the validation AUC with that suggestion alone\n"
    "accepted; then the validation AUC of the current model, of every suggestion accepted and of the\n"
    "unconstrained regression. --new-field-rules adds candidate field rules from the leads' columns;\n"
    "--out writes the model with every suggestion accepted. Reads the workspace without changing it."_qs;

enum class Format { Table, Json };

struct SuggestRequest
{
    BackTestArguments backTest;
    Format format = Format::Table;
    bool newFieldRules = false;
    QString out;
};

Result<SuggestRequest> readRequest(const QCommandLineParser &parser)
{
    SuggestRequest request;
    auto backTest = BackTestArguments::read(parser);
    if (!backTest)
        return backTest.error();
    request.backTest = std::move(*backTest);
    if (request.backTest.models.size() > 1)
        return Error{u"give one --model: suggestions are for one model"_qs, QString()};
    const QString format = parser.value(u"format"_qs);
    if (format == u"json")
        request.format = Format::Json;
    else if (!format.isEmpty() && format != u"table")
        return Error{u"--format must be table or json, not '%1'"_qs.arg(format), QString()};
    request.newFieldRules = parser.isSet(u"new-field-rules"_qs);
    request.out = parser.value(u"out"_qs);
    return request;
}

QString aucText(const AucEstimate &auc)
{
    if (!auc.hasAuc())
        return u"–"_qs;
    QString text = decimal(auc.auc);
    if (auc.hasInterval())
        text += u" (%1–%2)"_qs.arg(decimal(auc.low), decimal(auc.high));
    return text;
}

QString splitText(const PointSuggestions &s)
{
    const QLocale locale(QLocale::English);
    const auto counts = [&](std::int64_t cases, std::int64_t positives) {
        return u"%1 leads, %2 positive"_qs.arg(locale.toString(qlonglong(cases)),
                                               locale.toString(qlonglong(positives)));
    };
    if (s.request.moment == BackTestMoment::AsOf)
        return u"fitted as of %1 (%2), validated as of %3 (%4)"_qs.arg(
            isoDate(s.split.fittedAsOf), counts(s.split.fittedCases, s.split.fittedPositives),
            isoDate(s.split.validatedAsOf), counts(s.split.validatedCases, s.split.validatedPositives));
    if (s.request.moment == BackTestMoment::Snapshot)
        return u"leads in the order of their created dates: the earlier two thirds fitted (%1), the later third, "
               "created from %2, validated (%3)"_qs.arg(counts(s.split.fittedCases, s.split.fittedPositives),
                                                        isoDate(s.split.validatedFrom),
                                                        counts(s.split.validatedCases, s.split.validatedPositives));
    return u"cases in the order of their moments: the earlier two thirds fitted (%1), the later third from %2 "
           "validated (%3)"_qs.arg(counts(s.split.fittedCases, s.split.fittedPositives), isoDate(s.split.validatedFrom),
                                   counts(s.split.validatedCases, s.split.validatedPositives));
}

void printTable(const SuggestRequest &request, const QString &describe, const PointSuggestions &s)
{
    QTextStream out(stdout);
    out << "Suggested points for " << describe << '\n'
        << "Outcome    " << request.backTest.outcomeText() << ", " << request.backTest.momentText(s.dataEnd) << '\n'
        << "Split      " << splitText(s) << '\n';
    if (s.request.moment == BackTestMoment::Snapshot)
        out << "Note       " << ModelEvaluation::optimisticNote() << '\n';
    out << "Scale      one point = " << decimal(s.step, 4) << " log-odds (L2 penalty " << s.l2 << "); ";
    if (s.scale == PointSuggestions::Scale::MqlShare)
        out << decimal(100 * s.share, 1) << " % of the fitted leads reach the MQL threshold with the suggestions, "
            << decimal(100 * s.targetShare, 1) << " % with the current points\n";
    else
        out << "the MQL threshold selects " << decimal(100 * s.targetShare, 1)
            << " % of the fitted leads today, too few to pin the step, so the strongest rule gets the model's "
               "largest points\n";
    if (!s.converged)
        out << "Note       the regression did not converge in " << s.iterations << " iterations\n";
    qsizetype width = 4;
    for (const PointSuggestion &p : s.suggestions)
        width = std::max(width, p.feature.id.size() + 2);
    out << '\n'
        << u"Rule"_qs.leftJustified(width) << u"Current"_qs.rightJustified(8) << u"Suggested"_qs.rightJustified(10)
        << u"  95 % interval"_qs.leftJustified(17) << u"Leads"_qs.rightJustified(9)
        << u"AUC if accepted alone"_qs.rightJustified(23) << "  Label\n";
    for (const PointSuggestion &p : s.suggestions) {
        const QString interval = u"%1 to %2"_qs.arg(decimal(p.low, 1), decimal(p.high, 1));
        out << p.feature.id.leftJustified(width) << QString::number(p.currentPoints).rightJustified(8)
            << QString::number(p.suggestedPoints).rightJustified(10) << u"  "_qs << interval.leftJustified(15)
            << QString::number(p.support).rightJustified(9) << decimal(p.aucIfAccepted).rightJustified(23) << "  "
            << p.feature.label << '\n';
    }
    out << "\nValidation AUC (95 % interval)\n"
        << "  current model                " << aucText(s.currentAuc) << '\n'
        << "  every suggestion accepted    " << aucText(s.acceptedAuc) << '\n'
        << "  unconstrained regression     " << aucText(s.regressionAuc) << '\n';
    if (s.acceptedAuc.hasAuc() && s.regressionAuc.hasAuc())
        out << "  whole points give up         " << decimal(s.regressionAuc.auc - s.acceptedAuc.auc) << '\n';
    out << "\n(\"Leads\": fitted leads the rule touched; a decay row's points are taken per month of inactivity.)\n";
}

int run(SuggestRequest request)
{
    auto data = loadBackTestData(command, request.backTest);
    if (!data)
        return failed(command, data.error().toString());
    const ModelEvaluation::Candidate &candidate = data->candidates.front();
    SuggestedPoints::Options options;
    options.newFieldRules = request.newFieldRules;
    if (request.newFieldRules) {
        auto presence = LeadFieldPresence::read(data->workspace->database());
        if (!presence)
            return failed(command, presence.error().toString());
        options.attributeKeys = presence->attributeNames();
    }
    TerminalProgress line(u"Suggesting"_qs, u"leads"_qs);
    Progress progress([&line](std::int64_t done, std::int64_t total) { line.update(done, total); });
    auto suggestions = SuggestedPoints::compute(candidate.model, data->input, request.backTest.backTest, data->dataEnd,
                                                &progress, options);
    line.finish();
    if (!suggestions)
        return failed(command, suggestions.error().toString());
    if (!request.out.isEmpty()) {
        ScoringModel accepted = SuggestedPoints::acceptAll(candidate.model, *suggestions);
        accepted.name = QString(accepted.name + u" (suggested points)"_qs).left(200);
        if (auto written = ModelJson::writeFile(request.out, accepted); !written)
            return failed(command, written.error().toString());
    }
    if (request.format == Format::Json) {
        QJsonObject json = SuggestedPoints::toJson(*suggestions);
        json.insert(u"model"_qs, candidate.describe);
        if (!request.out.isEmpty())
            json.insert(u"out"_qs, request.out);
        QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printTable(request, candidate.describe, *suggestions);
        if (!request.out.isEmpty())
            QTextStream(stdout) << "Wrote the model with every suggestion accepted to " << request.out << '\n';
    }
    return CommandLine::Success;
}

} // namespace

int suggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    parser.addOptions(BackTestArguments::options());
    parser.addOptions({
        {u"new-field-rules"_qs, u"Also suggest new field rules from the leads' columns."_qs},
        {u"out"_qs, u"Write the model with every suggestion accepted to this model file."_qs, u"MODEL.json"_qs},
        {u"format"_qs, u"table (default) or json."_qs, u"FORMAT"_qs},
    });
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    auto request = readRequest(parser);
    if (!request)
        return badArguments(command, request.error().what);
    return run(*request);
}

} // namespace LeadStage::Commands
