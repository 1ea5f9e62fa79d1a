#include "ModelEvaluation.h"

#include "common/TimeFormat.h"
#include "scoring/Moments.h"
#include "scoring/ScoringInput.h"

#include <QJsonArray>

#include <cmath>

namespace LeadStage {

namespace {

// NaN (no interval, no precision) is JSON null, not a number that is not one.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString momentName(BackTestMoment moment)
{
    switch (moment) {
    case BackTestMoment::AsOf:
        return u"as-of"_qs;
    case BackTestMoment::AtIql:
        return u"at-iql"_qs;
    case BackTestMoment::AtMql:
        return u"at-mql"_qs;
    case BackTestMoment::Snapshot:
        return u"snapshot"_qs;
    }
    return {};
}

bool sameLeads(const BackTestPopulation &a, const BackTestPopulation &b)
{
    if (a.cases.size() != b.cases.size())
        return false;
    for (std::size_t i = 0; i < a.cases.size(); ++i)
        if (a.cases[i].lead != b.cases[i].lead || a.cases[i].scoredAt != b.cases[i].scoredAt)
            return false;
    return true;
}

// Stage at the moment under the first model × under another, over the leads both scored
// (the moves by lead id, as the what-if's, for opening them in the explorer).
void compareStages(const BackTestPopulation &first, EvaluatedModel &model, const LeadColumns &columns)
{
    const std::size_t leads = columns.size();
    std::vector<std::int64_t> ids(leads);
    std::vector<Stage> from(leads, Stage::Lead), to(leads, Stage::Lead);
    std::vector<std::uint8_t> scored(leads, 0);
    for (const BackTestCase &c : first.cases) {
        from[c.lead] = c.stage;
        scored[c.lead] = 1;
    }
    for (const BackTestCase &c : model.population.cases) {
        to[c.lead] = c.stage;
        scored[c.lead] |= 2;
    }
    for (std::size_t lead = 0; lead < leads; ++lead) {
        ids[lead] = columns.id(lead);
        model.scoredByFirstOnly += scored[lead] == 1 ? 1 : 0;
        model.scoredByThisOnly += scored[lead] == 2 ? 1 : 0;
        scored[lead] = scored[lead] == 3 ? 1 : 0;
    }
    model.stagesAgainstFirst = StageChanges::between(ids, from, to, scored);
}

AucDifference unpaired(const AucEstimate &a, const AucEstimate &b)
{
    AucDifference d{
        a, b, b.auc - a.auc, std::sqrt(a.standardError * a.standardError + b.standardError * b.standardError), 0, 0};
    d.low = d.difference - RocAuc::z95 * d.standardError;
    d.high = d.difference + RocAuc::z95 * d.standardError;
    return d;
}

AucDifference paired(const BackTestPopulation &a, const BackTestPopulation &b)
{
    std::vector<PairedCase> cases;
    cases.reserve(a.cases.size());
    for (std::size_t i = 0; i < a.cases.size(); ++i)
        cases.push_back({double(a.cases[i].engagement), double(b.cases[i].engagement), a.cases[i].positive});
    return RocAuc::difference(cases);
}

QJsonObject aucJson(const AucEstimate &auc)
{
    return {{u"auc"_qs, number(auc.hasAuc() ? auc.auc : NAN)},
            {u"standardError"_qs, number(auc.standardError)},
            {u"low"_qs, number(auc.low)},
            {u"high"_qs, number(auc.high)},
            {u"positives"_qs, qint64(auc.positives)},
            {u"negatives"_qs, qint64(auc.negatives)}};
}

QJsonObject populationJson(const BackTestPopulation &population)
{
    return {{u"leads"_qs, qint64(population.leads)},
            {u"scored"_qs, qint64(population.cases.size())},
            {u"createdAfter"_qs, qint64(population.createdAfter)},
            {u"outcomeBefore"_qs, qint64(population.outcomeBefore)},
            {u"neverReachedStage"_qs, qint64(population.neverReachedStage)},
            {u"windowOpen"_qs, qint64(population.windowOpen)},
            {u"undatedOutcome"_qs, qint64(population.undatedOutcome)},
            {u"undatedPositives"_qs, qint64(population.undatedPositives)},
            {u"provisional"_qs, population.provisional()},
            {u"optimistic"_qs, population.optimistic()}};
}

QJsonArray gainsJson(const GainsTable &gains)
{
    QJsonArray rows;
    for (const GainsTable::Row &row : gains.rows())
        rows.append(QJsonObject{{u"firstDecile"_qs, row.firstDecile},
                                {u"lastDecile"_qs, row.lastDecile},
                                {u"highestScore"_qs, row.highestScore},
                                {u"lowestScore"_qs, row.lowestScore},
                                {u"leads"_qs, qint64(row.leads)},
                                {u"positives"_qs, qint64(row.positives)},
                                {u"rate"_qs, row.rate},
                                {u"lift"_qs, row.lift},
                                {u"cumulativeGain"_qs, row.cumulativeGain},
                                {u"cumulativeLift"_qs, row.cumulativeLift}});
    return rows;
}

QJsonArray bandsJson(const BackTestFigures &figures)
{
    QJsonArray bands;
    for (const ScoreBands::Band &band : figures.bands.bands())
        bands.append(QJsonObject{{u"band"_qs, band.label},
                                 {u"leads"_qs, qint64(band.leads)},
                                 {u"positives"_qs, qint64(band.positives)},
                                 {u"rate"_qs, number(band.leads > 0 ? band.rate() : NAN)}});
    return bands;
}

QJsonArray stagesJson(const BackTestFigures &figures)
{
    QJsonArray stages;
    for (std::size_t i = 0; i < figures.leadsPerStage.size(); ++i) {
        const std::int64_t leads = figures.leadsPerStage[i], positives = figures.positivesPerStage[i];
        stages.append(QJsonObject{{u"stage"_qs, stageName(Stage(i))},
                                  {u"leads"_qs, qint64(leads)},
                                  {u"positives"_qs, qint64(positives)},
                                  {u"rate"_qs, number(leads > 0 ? double(positives) / double(leads) : NAN)}});
    }
    return stages;
}

// Rows: the stage under the first model; columns: under this one (Stage order).
QJsonObject transitionsJson(const EvaluatedModel &model)
{
    const StageChanges &changes = *model.stagesAgainstFirst;
    QJsonArray stages, counts;
    for (std::size_t from = 0; from < StageChanges::stageCount; ++from) {
        stages.append(stageName(Stage(from)));
        QJsonArray row;
        for (int cell : changes.matrix()[from])
            row.append(cell);
        counts.append(row);
    }
    return {{u"stages"_qs, stages},
            {u"counts"_qs, counts},
            {u"leads"_qs, changes.leads()},
            {u"changed"_qs, changes.changed()},
            {u"scoredByFirstOnly"_qs, qint64(model.scoredByFirstOnly)},
            {u"scoredByThisOnly"_qs, qint64(model.scoredByThisOnly)}};
}

QJsonObject modelJson(const EvaluatedModel &model)
{
    const BackTestFigures &f = model.figures;
    QJsonObject object{{u"model"_qs, model.describe},
                       {u"population"_qs, populationJson(model.population)},
                       {u"auc"_qs, aucJson(f.auc)},
                       {u"atMqlThreshold"_qs, QJsonObject{{u"selected"_qs, qint64(f.selected)},
                                                          {u"selectedPositives"_qs, qint64(f.selectedPositives)},
                                                          {u"precision"_qs, number(f.precision)},
                                                          {u"recall"_qs, number(f.recall)},
                                                          {u"mqlsPerMonth"_qs, number(f.mqlsPerMonth)},
                                                          {u"mqlMonths"_qs, f.mqlMonths}}},
                       {u"positivesMqlFirst"_qs, qint64(f.positivesMqlFirst)},
                       {u"gains"_qs, gainsJson(f.gains)},
                       {u"bands"_qs, bandsJson(f)},
                       {u"stages"_qs, stagesJson(f)}};
    if (model.againstFirst)
        object.insert(u"againstFirst"_qs, QJsonObject{{u"difference"_qs, number(model.againstFirst->difference)},
                                                      {u"standardError"_qs, number(model.againstFirst->standardError)},
                                                      {u"low"_qs, number(model.againstFirst->low)},
                                                      {u"high"_qs, number(model.againstFirst->high)},
                                                      {u"paired"_qs, model.paired}});
    if (model.stagesAgainstFirst)
        object.insert(u"stageTransitions"_qs, transitionsJson(model));
    return object;
}

} // namespace

QString ModelEvaluation::optimisticNote()
{
    return u"optimistic: every lead is scored at the analysis date, with events that may have come after its "
           "outcome (an outcome without a date cannot be placed in time), so leakage cannot be ruled out and the "
           "figures are an upper bound"_qs;
}

std::int64_t ModelEvaluation::defaultAsOf(std::int64_t dataEnd, int horizonDays)
{
    const std::int64_t date = dataEnd - std::int64_t(horizonDays) * secondsPerDay;
    const std::int64_t day = date >= 0 ? date / secondsPerDay : (date - secondsPerDay + 1) / secondsPerDay;
    return day * secondsPerDay - 1; // the end of the day before, as --as-of YYYY-MM-DD reads a date
}

Result<std::vector<EvaluatedModel>> ModelEvaluation::run(const std::vector<Candidate> &candidates,
                                                         const ScoringInput &input, const BackTestRequest &request,
                                                         std::int64_t dataEnd, Progress *progress)
{
    std::vector<EvaluatedModel> evaluated;
    for (const Candidate &candidate : candidates) {
        auto population = BackTest::build(candidate.model, input, request, dataEnd, progress);
        if (!population)
            return population.error();
        EvaluatedModel model{candidate.describe, std::move(*population), {}, std::nullopt, false, {}};
        model.figures = BackTestFigures::of(model.population);
        auto reach =
            ThresholdReach::collect(candidate.model, input, model.population, ThresholdReach::defaultMonths, progress);
        if (!reach)
            return reach.error();
        model.reach = std::move(*reach);
        model.figures.mqlsPerMonth = model.reach.modelMqlsPerMonth();
        model.figures.mqlMonths = model.reach.months;
        if (!evaluated.empty()) {
            const EvaluatedModel &first = evaluated.front();
            model.paired = sameLeads(first.population, model.population);
            model.againstFirst = model.paired ? paired(first.population, model.population)
                                              : unpaired(first.figures.auc, model.figures.auc);
            compareStages(first.population, model, input.leads);
        }
        evaluated.push_back(std::move(model));
    }
    return evaluated;
}

QJsonObject ModelEvaluation::toJson(const std::vector<EvaluatedModel> &models)
{
    QJsonObject object;
    if (!models.empty()) {
        const BackTestRequest &request = models.front().population.request;
        QJsonObject backTest{{u"outcome"_qs, outcomeName(request)},
                             {u"moment"_qs, momentName(request.moment)},
                             {u"horizonDays"_qs, request.horizonDays},
                             {u"dataEnd"_qs, isoUtc(models.front().population.dataEnd)}};
        if (request.moment == BackTestMoment::AsOf)
            backTest.insert(u"asOf"_qs, isoUtc(request.asOf));
        // The snapshot scores with events after the outcome too: its figures are an upper bound.
        backTest.insert(u"optimistic"_qs, request.moment == BackTestMoment::Snapshot);
        if (request.moment == BackTestMoment::Snapshot)
            backTest.insert(u"note"_qs, optimisticNote());
        object.insert(u"backTest"_qs, backTest);
    }
    QJsonArray array;
    for (const EvaluatedModel &model : models)
        array.append(modelJson(model));
    object.insert(u"models"_qs, array);
    return object;
}

} // namespace LeadStage
