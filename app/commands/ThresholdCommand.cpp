#include "BackTestArguments.h"
#include "CommandLine.h"
#include "CommandOptions.h"
#include "Commands.h"
#include "FigureText.h"

#include "common/TimeFormat.h"
#include "scoring/ModelJson.h"
#include "tuning/CapacityCurve.h"
#include "tuning/ModelEvaluation.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace LeadStage::Commands {

namespace {

const QString command = u"threshold"_qs;
const QString usage =
    u"FILE.leadstage --capacity N | --catch SHARE [--months N] [--model A] [--outcome sql|opportunity|customer]\n"
    "       [--as-of YYYY-MM-DD | --at-stage iql] [--horizon DAYS] [--format table|json] [--apply-to OUT.json]\n\n"
    "Proposes the MQL threshold from what sales can work (docs/evaluation.md, \"Threshold from capacity\"):\n"
    "for every threshold, the leads that would have become MQL per month over the last N 30-day months\n"
    "before the analysis date, and the precision and recall of the back-test at that threshold. With\n"
    "--capacity, the lowest threshold from which MQLs per month stay within it; with --catch alone, the\n"
    "highest threshold that still catches that share of the outcomes; with both, the capacity's\n"
    "threshold, and the capacity wins when it misses the catch. --apply-to writes the model with the\n"
    "proposed threshold to a model file. Reads the workspace without changing it."_qs;

// Rows shown around the proposal (or the current threshold) in the table; JSON has all.
constexpr int rowsAround = 6;

struct ThresholdRequest
{
    BackTestArguments backTest;
    CapacityConstraints constraints;
    int months = ThresholdReach::defaultMonths;
    bool json = false;
    QString applyTo;
};

// "0.8", "80%" or "80 %": a share from 0 to 1.
std::optional<double> readShare(QString text)
{
    text = text.trimmed();
    const bool percent = text.endsWith(u'%');
    if (percent)
        text = text.chopped(1).trimmed();
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (percent)
        value /= 100;
    if (value <= 0 || value > 1)
        return std::nullopt;
    return value;
}

Result<ThresholdRequest> readRequest(const QCommandLineParser &parser)
{
    ThresholdRequest request;
    auto backTest = BackTestArguments::read(parser);
    if (!backTest)
        return backTest.error();
    request.backTest = std::move(*backTest);
    if (request.backTest.models.size() > 1)
        return Error{u"give one --model: the threshold is proposed for one model"_qs, QString()};
    if (request.backTest.backTest.moment == BackTestMoment::AtMql)
        return Error{u"--at-stage mql cannot be used: the moment a lead reaches MQL moves with the threshold; "
                     "use --as-of or --at-stage iql"_qs,
                     QString()};
    if (!parser.isSet(u"capacity"_qs) && !parser.isSet(u"catch"_qs))
        return Error{u"give --capacity N (MQLs sales can work a month), --catch SHARE (of the outcomes to catch, "
                     "e.g. 0.8), or both"_qs,
                     QString()};
    if (parser.isSet(u"capacity"_qs)) {
        bool ok = false;
        const double capacity = parser.value(u"capacity"_qs).toDouble(&ok);
        if (!ok || !std::isfinite(capacity) || capacity <= 0)
            return Error{
                u"--capacity must be a number of MQLs a month above 0, not '%1'"_qs.arg(parser.value(u"capacity"_qs)),
                QString()};
        request.constraints.mqlsPerMonth = capacity;
    }
    if (parser.isSet(u"catch"_qs)) {
        const auto share = readShare(parser.value(u"catch"_qs));
        if (!share)
            return Error{u"--catch must be a share above 0 and at most 1 (0.8) or a percentage (80%), not '%1'"_qs.arg(
                             parser.value(u"catch"_qs)),
                         QString()};
        request.constraints.catchShare = *share;
    }
    if (parser.isSet(u"months"_qs)) {
        const auto months = toInt(parser.value(u"months"_qs));
        if (!months || *months < 1 || *months > 120)
            return Error{
                u"--months must be a number of months from 1 to 120, not '%1'"_qs.arg(parser.value(u"months"_qs)),
                QString()};
        request.months = *months;
    }
    const QString format = parser.value(u"format"_qs);
    if (format == u"json")
        request.json = true;
    else if (!format.isEmpty() && format != u"table")
        return Error{u"--format must be table or json, not '%1'"_qs.arg(format), QString()};
    request.applyTo = parser.value(u"apply-to"_qs);
    return request;
}

QString figures(const CapacityRow &row)
{
    return u"%1 MQLs a month (%2 in the window), precision %3, recall %4 (%5 of the %6 MQL back-test leads reached "
           "the outcome)"_qs.arg(QString::number(row.mqlsPerMonth, 'f', 1))
               .arg(row.mqls)
               .arg(percent(row.precision), percent(row.recall))
               .arg(row.selectedPositives)
               .arg(row.selected);
}

void printTable(const ThresholdRequest &request, const BackTestPopulation &population, const CapacityCurve &curve,
                const CapacityProposal &proposal, const QString &model)
{
    QTextStream out(stdout);
    const QLocale locale(QLocale::English);
    out << "Model      " << model << '\n'
        << "Back-test  " << request.backTest.outcomeText() << ", " << request.backTest.momentText(population.dataEnd)
        << "; " << locale.toString(qlonglong(curve.cases())) << " leads scored, "
        << locale.toString(qlonglong(curve.positives())) << " reached the outcome\n"
        << "Window     MQLs counted over " << curve.months() << " 30-day months, " << isoDate(curve.windowStart())
        << " to " << isoDate(curve.windowEnd()) << '\n';
    if (population.optimistic())
        out << "Note       " << ModelEvaluation::optimisticNote() << '\n';
    QStringList asked;
    if (request.constraints.mqlsPerMonth)
        asked << u"at most %1 MQLs a month"_qs.arg(*request.constraints.mqlsPerMonth);
    if (request.constraints.catchShare)
        asked << u"catch at least %1 of the outcomes"_qs.arg(percent(*request.constraints.catchShare));
    out << "Asked      " << asked.join(u"; "_qs) << "\n\n";

    const std::vector<CapacityRow> &rows = curve.rows();
    const int centre = proposal.row ? proposal.row->threshold : curve.modelThreshold();
    std::ptrdiff_t middle = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].threshold <= centre)
            middle = std::ptrdiff_t(i);
    const std::ptrdiff_t from = std::max<std::ptrdiff_t>(0, middle - rowsAround);
    const std::ptrdiff_t to = std::min<std::ptrdiff_t>(std::ptrdiff_t(rows.size()), middle + rowsAround + 1);
    out << "  Threshold  MQL/month    MQLs  Selected  Precision   Recall\n";
    if (from > 0)
        out << "  … " << from << " lower rows (--format json lists every row)\n";
    for (std::ptrdiff_t i = from; i < to; ++i) {
        const CapacityRow &row = rows[std::size_t(i)];
        QStringList marks;
        if (row.threshold == curve.modelThreshold())
            marks << u"current"_qs;
        if (proposal.row && row.threshold == proposal.row->threshold)
            marks << u"proposed"_qs;
        out << "  " << QString::number(row.threshold).rightJustified(9)
            << QString::number(row.mqlsPerMonth, 'f', 1).rightJustified(11)
            << QString::number(row.mqls).rightJustified(8) << QString::number(row.selected).rightJustified(10)
            << percent(row.precision).rightJustified(11) << percent(row.recall).rightJustified(9)
            << (marks.isEmpty() ? QString() : u"  ← "_qs + marks.join(u", "_qs)) << '\n';
    }
    if (to < std::ptrdiff_t(rows.size()))
        out << "  … " << std::ptrdiff_t(rows.size()) - to << " higher rows\n";
    out << "  (each row holds from its threshold up to the next row's)\n\n";
    const CapacityRow current = curve.current();
    out << "Current    " << current.threshold << ": " << figures(current) << '\n';
    if (proposal.row)
        out << "Proposed   " << proposal.row->threshold << ": " << figures(*proposal.row) << '\n';
    else
        out << "Proposed   none\n";
    out << "           " << proposal.explanation << '\n';
}

int run(ThresholdRequest request)
{
    auto data = loadBackTestData(command, request.backTest);
    if (!data)
        return failed(command, data.error().toString());
    const ModelEvaluation::Candidate &candidate = data->candidates.front();
    auto population = BackTest::build(candidate.model, data->input, request.backTest.backTest, data->dataEnd);
    if (!population)
        return failed(command, population.error().toString());
    auto reach = ThresholdReach::collect(candidate.model, data->input, *population, request.months);
    if (!reach)
        return failed(command, reach.error().toString());
    const CapacityCurve curve = CapacityCurve::of(*reach, *population);
    const CapacityProposal proposal = curve.propose(request.constraints);
    if (request.json) {
        QJsonObject object = curve.toJson(request.constraints, proposal);
        object.insert(u"model"_qs, candidate.describe);
        QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        printTable(request, *population, curve, proposal, candidate.describe);
    }
    if (request.applyTo.isEmpty())
        return CommandLine::Success;
    if (!proposal.row)
        return failed(
            command, u"no threshold to apply, so %1 was not written: %2"_qs.arg(request.applyTo, proposal.explanation));
    ScoringModel model = candidate.model;
    model.thresholds.mql = proposal.row->threshold;
    if (Status written = ModelJson::writeFile(request.applyTo, model); !written)
        return failed(command, written.error().toString());
    // JSON stays one document on stdout; the note goes to the terminal's other stream.
    QTextStream(request.json ? stderr : stdout)
        << "Written    " << request.applyTo << ": the model with MQL threshold " << proposal.row->threshold
        << " (evaluate --model " << request.applyTo << " back-tests it)\n";
    return CommandLine::Success;
}

} // namespace

int threshold(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_qs, u"The workspace (.leadstage)."_qs);
    parser.addOptions(BackTestArguments::options());
    parser.addOptions({
        {u"capacity"_qs, u"MQLs sales can work a month."_qs, u"N"_qs},
        {u"catch"_qs, u"The share of the outcomes to catch at least: 0.8 or 80%."_qs, u"SHARE"_qs},
        {u"months"_qs, u"30-day months before the analysis date to count MQLs over (default 6)."_qs, u"N"_qs},
        {u"format"_qs, u"table (default) or json."_qs, u"FORMAT"_qs},
        {u"apply-to"_qs, u"Write the model with the proposed threshold to this model file (.json)."_qs, u"OUT.json"_qs},
    });
    if (auto done = parseCommand(parser, arguments, usage))
        return *done;
    auto request = readRequest(parser);
    if (!request)
        return badArguments(command, request.error().what);
    return run(*request);
}

} // namespace LeadStage::Commands
