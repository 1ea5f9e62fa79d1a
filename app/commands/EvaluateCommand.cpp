#include "BackTestArguments.h"
#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "FigureText.h"

#include "common/CsvWriter.h"
#include "common/TimeFormat.h"
#include "tuning/ModelEvaluation.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace LeadStage::Commands {

namespace {

const QString command = u"evaluate"_qs;
const QString usage =
    u"FILE.leadstage [--model A]… [--outcome sql|opportunity|customer|recorded:STAGE]\n"
    "       [--as-of YYYY-MM-DD | --at-stage iql|mql | --snapshot] [--horizon DAYS] [--format table|json|csv]\n\n"
    "Back-tests scoring models against the workspace's outcomes (DESIGN §9, docs/evaluation.md): each lead\n"
    "is scored with its events up to the moment only, and counts as positive when the outcome followed\n"
    "within the horizon. Prints the AUC with its 95 % interval, precision and recall at the MQL threshold,\n"
    "the gains table by decile and the outcome rate per score band and per stage. With several --model,\n"
    "each is compared with the first (the AUC difference with its paired interval, and the leads' stages\n"
    "under the first model against each other's). --snapshot scores every lead at the analysis date, for\n"
    "outcomes without dates: optimistic, as it cannot rule out leakage. Reads the workspace without\n"
    "changing it."_qs;

enum class Format { Table, Json, Csv };

struct EvaluateRequest
{
    BackTestArguments backTest;
    Format format = Format::Table;
};

Result<EvaluateRequest> readRequest(const QCommandLineParser &parser)
{
    EvaluateRequest request;
    auto backTest = BackTestArguments::read(parser);
    if (!backTest)
        return backTest.error();
    request.backTest = std::move(*backTest);
    const QString format = parser.value(u"format"_qs);
    if (format == u"json")
        request.format = Format::Json;
    else if (format == u"csv")
        request.format = Format::Csv;
    else if (!format.isEmpty() && format != u"table")
        return Error{u"--format must be table, json or csv, not '%1'"_qs.arg(format), QString()};
    return request;
}

void printPopulation(QTextStream &out, const BackTestPopulation &p)
{
    const QLocale locale(QLocale::English);
    QStringList left;
    if (p.createdAfter)
        left << u"%1 created after the date"_qs.arg(locale.toString(qlonglong(p.createdAfter)));
    if (p.outcomeBefore)
        left << u"%1 reached the outcome before the moment"_qs.arg(locale.toString(qlonglong(p.outcomeBefore)));
    if (p.neverReachedStage)
        left << u"%1 never reached the stage"_qs.arg(locale.toString(qlonglong(p.neverReachedStage)));
    if (p.windowOpen)
        left << u"%1 too recent for the whole horizon"_qs.arg(locale.toString(qlonglong(p.windowOpen)));
    if (p.undatedOutcome)
        left << u"%1 with an undated outcome"_qs.arg(locale.toString(qlonglong(p.undatedOutcome)));
    out << "Leads      " << locale.toString(qlonglong(p.leads)) << " in the workspace, "
        << locale.toString(qlonglong(p.cases.size())) << " scored"
        << (left.isEmpty() ? QString() : u"; left out: "_qs + left.join(u", "_qs)) << '\n';
    if (p.undatedOutcome)
        out << "Note       " << locale.toString(qlonglong(p.undatedOutcome))
            << " leads reached the outcome with no date (a yes/no flag): they cannot be placed before or after the "
               "moment, so they are left out, neither positive nor negative; --snapshot scores every lead at the "
               "analysis date and counts them\n";
    if (p.optimistic())
        out << "Note       " << ModelEvaluation::optimisticNote()
            << (p.undatedPositives
                    ? u"; %1 of the outcomes have no date"_qs.arg(locale.toString(qlonglong(p.undatedPositives)))
                    : QString())
            << '\n';
    if (p.provisional())
        out << "Note       the horizon runs past the analysis date " << isoDate(p.dataEnd)
            << ": outcomes still to come count as negatives, so the figures are provisional\n";
}

void printModels(QTextStream &out, const std::vector<EvaluatedModel> &models)
{
    qsizetype width = 5;
    for (const EvaluatedModel &model : models)
        width = std::max(width, model.describe.size() + 2);
    out << '\n'
        << u"Model"_qs.leftJustified(width) << u"Outcomes"_qs.rightJustified(9) << u"AUC"_qs.rightJustified(7)
        << u"  95 % interval"_qs.leftJustified(16) << u"MQL"_qs.rightJustified(7) << u"Precision"_qs.rightJustified(11)
        << u"Recall"_qs.rightJustified(9) << u"MQL/month"_qs.rightJustified(11) << u"  MQL first"_qs
        << "  Against the first\n";
    for (const EvaluatedModel &model : models) {
        const BackTestFigures &f = model.figures;
        const QString interval = f.auc.hasInterval() ? decimal(f.auc.low) + u"–"_qs + decimal(f.auc.high) : u"–"_qs;
        // A snapshot's undated outcomes cannot come after an MQL: out of the dated ones only.
        const std::int64_t undated = model.population.undatedPositives;
        const QString first = u"%1 of %2"_qs.arg(f.positivesMqlFirst).arg(f.auc.positives - undated)
                              + (undated ? u" dated"_qs : QString());
        out << model.describe.leftJustified(width) << QString::number(f.auc.positives).rightJustified(9)
            << decimal(f.auc.hasAuc() ? f.auc.auc : NAN).rightJustified(7) << u"  "_qs << interval.leftJustified(14)
            << QString::number(f.selected).rightJustified(7) << percent(f.precision).rightJustified(11)
            << percent(f.recall).rightJustified(9) << decimal(f.mqlsPerMonth, 1).rightJustified(11) << u"  "_qs
            << first.leftJustified(9);
        if (model.againstFirst) {
            const AucDifference &d = *model.againstFirst;
            out << "  " << signedDecimal(d.difference) << " (" << signedDecimal(d.low) << " to "
                << signedDecimal(d.high) << (model.paired ? u", paired)"_qs : u", unpaired: other leads)"_qs);
        }
        out << '\n';
    }
}

// The stage at the moment under the first model (rows) against another (columns), over
// the stages either side has.
void printTransitions(QTextStream &out, const EvaluatedModel &first, const EvaluatedModel &model)
{
    const StageChanges &changes = *model.stagesAgainstFirst;
    std::vector<std::size_t> shown;
    for (std::size_t stage = 0; stage < StageChanges::stageCount; ++stage) {
        bool used = false;
        for (std::size_t other = 0; other < StageChanges::stageCount; ++other)
            used = used || changes.matrix()[stage][other] > 0 || changes.matrix()[other][stage] > 0;
        if (used)
            shown.push_back(stage);
    }
    out << "\nStage at the moment: " << first.describe << " (rows) against " << model.describe << " (columns); "
        << changes.changed() << " of " << changes.leads() << " leads differ\n"
        << "  " << QString().leftJustified(12);
    for (std::size_t to : shown)
        out << stageName(Stage(to)).rightJustified(12);
    out << '\n';
    for (std::size_t from : shown) {
        out << "  " << stageName(Stage(from)).leftJustified(12);
        for (std::size_t to : shown)
            out << QString::number(changes.matrix()[from][to]).rightJustified(12);
        out << '\n';
    }
    if (model.scoredByFirstOnly || model.scoredByThisOnly)
        out << "  (each model's own stage moments: " << model.scoredByFirstOnly << " leads scored by the first only, "
            << model.scoredByThisOnly << " by this one only)\n";
}

void printGains(QTextStream &out, const EvaluatedModel &model)
{
    const GainsTable &gains = model.figures.gains;
    out << "\nGains by score decile, " << model.describe << " (highest scores first)\n"
        << "  Decile  Scores        Leads  Outcomes    Rate    Lift  Cum. gain  Cum. lift\n";
    for (const GainsTable::Row &row : gains.rows()) {
        const QString decile = row.coversSeveralDeciles() ? u"%1–%2"_qs.arg(row.firstDecile).arg(row.lastDecile)
                                                          : QString::number(row.firstDecile);
        const QString scores = row.highestScore == row.lowestScore
                                   ? QString::number(row.highestScore)
                                   : u"%1–%2"_qs.arg(row.highestScore).arg(row.lowestScore);
        out << "  " << decile.leftJustified(8) << scores.leftJustified(12)
            << QString::number(row.leads).rightJustified(7) << QString::number(row.positives).rightJustified(10)
            << percent(row.rate).rightJustified(8) << decimal(row.lift, 2).rightJustified(8)
            << percent(row.cumulativeGain).rightJustified(11) << decimal(row.cumulativeLift, 2).rightJustified(11)
            << '\n';
    }
    if (gains.hasMergedRows())
        out << "  (tied scores stay together: a row covering several deciles holds a tie that crosses their "
               "bounds, or there are fewer than ten leads)\n";
}

void printRates(QTextStream &out, const EvaluatedModel &model)
{
    const BackTestFigures &f = model.figures;
    out << "\nOutcome rate by score band and by stage at the moment, " << model.describe << '\n'
        << "  Band      Leads  Outcomes    Rate      Stage     Leads  Outcomes    Rate\n";
    for (std::size_t i = 0; i < ScoreBands::count; ++i) {
        const ScoreBands::Band &band = f.bands.bands()[i];
        out << "  " << band.label.leftJustified(8) << QString::number(band.leads).rightJustified(7)
            << QString::number(band.positives).rightJustified(10)
            << percent(band.leads > 0 ? band.rate() : NAN).rightJustified(8);
        if (i < f.leadsPerStage.size()) {
            const std::int64_t leads = f.leadsPerStage[i], positives = f.positivesPerStage[i];
            out << "      " << stageName(Stage(i)).leftJustified(8) << QString::number(leads).rightJustified(7)
                << QString::number(positives).rightJustified(10)
                << percent(leads > 0 ? double(positives) / double(leads) : NAN).rightJustified(8);
        }
        out << '\n';
    }
}

void printTable(const EvaluateRequest &request, const std::vector<EvaluatedModel> &models)
{
    QTextStream out(stdout);
    const BackTestPopulation &first = models.front().population;
    out << "Back-test  " << request.backTest.outcomeText() << ", " << request.backTest.momentText(first.dataEnd)
        << '\n';
    printPopulation(out, first);
    printModels(out, models);
    out << "\nMQL/month: leads that became MQL in the last " << models.front().figures.mqlMonths
        << " 30-day months up to " << isoDate(first.dataEnd) << ", per month\n";
    for (std::size_t k = 1; k < models.size(); ++k)
        if (models[k].stagesAgainstFirst)
            printTransitions(out, models.front(), models[k]);
    for (const EvaluatedModel &model : models) {
        printGains(out, model);
        printRates(out, model);
    }
}

QByteArray csv(const std::vector<EvaluatedModel> &models)
{
    std::string out = "model,table,row,leads,outcomes,rate,lift,cumulative_gain,cumulative_lift\n";
    const auto row = [&out](const QString &model, const char *table, const QString &label, std::int64_t leads,
                            std::int64_t positives, double lift, double gain, double cumulativeLift) {
        CsvWriter::appendText(out, model);
        out += ',';
        out += table;
        out += ',';
        CsvWriter::appendText(out, label);
        out += ',';
        CsvWriter::appendInteger(out, leads);
        out += ',';
        CsvWriter::appendInteger(out, positives);
        out += ',';
        if (leads > 0)
            CsvWriter::appendNumber(out, double(positives) / double(leads));
        for (double value : {lift, gain, cumulativeLift}) {
            out += ',';
            if (std::isfinite(value))
                CsvWriter::appendNumber(out, value);
        }
        out += '\n';
    };
    for (const EvaluatedModel &model : models) {
        for (const GainsTable::Row &r : model.figures.gains.rows())
            row(model.describe, "gains",
                r.coversSeveralDeciles() ? u"%1-%2"_qs.arg(r.firstDecile).arg(r.lastDecile)
                                         : QString::number(r.firstDecile),
                r.leads, r.positives, r.lift, r.cumulativeGain, r.cumulativeLift);
        for (const ScoreBands::Band &band : model.figures.bands.bands())
            row(model.describe, "band", band.label, band.leads, band.positives, NAN, NAN, NAN);
        for (std::size_t i = 0; i < model.figures.leadsPerStage.size(); ++i)
            row(model.describe, "stage", stageName(Stage(i)), model.figures.leadsPerStage[i],
                model.figures.positivesPerStage[i], NAN, NAN, NAN);
    }
    return QByteArray::fromStdString(out);
}

int run(EvaluateRequest request)
{
    auto data = loadBackTestData(command, request.backTest);
    if (!data)
        return failed(command, data.error().toString());
    auto evaluated = ModelEvaluation::run(data->candidates, data->input, request.backTest.backTest, data->dataEnd);
    if (!evaluated)
        return failed(command, evaluated.error().toString());
    if (request.format == Format::Json)
        QTextStream(stdout) << QJsonDocument(ModelEvaluation::toJson(*evaluated)).toJson(QJsonDocument::Indented);
    else if (request.format == Format::Csv)
        QTextStream(stdout) << csv(*evaluated);
    else
        printTable(request, *evaluated);
    return CommandLine::Success;
}

} // namespace

int evaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    parser.addOptions(BackTestArguments::options());
    parser.addOptions({
        {u"format"_qs, u"table (default), json or csv."_qs, u"FORMAT"_qs},
    });
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    auto request = readRequest(parser);
    if (!request)
        return badArguments(command, request.error().what);
    return run(*request);
}

} // namespace LeadStage::Commands
