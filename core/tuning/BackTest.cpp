#include "BackTest.h"

#include "scoring/Moments.h"
#include "scoring/ScoringEngine.h"
#include "scoring/ScoringInput.h"

#include <cmath>
#include <limits>

namespace LeadStage {

namespace {

std::int64_t earliest(std::initializer_list<std::int64_t> times)
{
    std::int64_t first = noTime;
    for (std::int64_t at : times)
        if (at != noTime && (first == noTime || at < first))
            first = at;
    return first;
}

// As of T: one replay of every lead cut at T.
Result<std::vector<LeadScore>> scoreAsOf(const ScoringEngine &engine, const ScoringInput &input,
                                         const BackTestRequest &request, Progress *progress, unsigned threads)
{
    return engine.score(input, request.asOf, progress, threads);
}

// At stage entry: a replay to the data's end finds each lead's moment (stage moments
// never move backwards, so it is the moment a replay cut there would find), then each
// lead is replayed again, cut at its own moment.
Result<std::vector<LeadScore>> scoreAtEntry(const ScoringEngine &engine, const ScoringInput &input,
                                            const BackTestRequest &request, std::int64_t dataEnd,
                                            std::vector<std::int64_t> &moments, Progress *progress, unsigned threads)
{
    auto full = engine.score(input, dataEnd, progress, threads);
    if (!full)
        return full.error();
    moments.resize(input.leads.size());
    for (std::size_t lead = 0; lead < moments.size(); ++lead)
        moments[lead] = request.moment == BackTestMoment::AtIql ? (*full)[lead].iqlAt : (*full)[lead].mqlAt;
    return engine.scoreEachAt(input, moments, progress, threads);
}

} // namespace

QString outcomeStageName(OutcomeStage stage)
{
    switch (stage) {
    case OutcomeStage::Sql:
        return u"sql"_qs;
    case OutcomeStage::Opportunity:
        return u"opportunity"_qs;
    case OutcomeStage::Customer:
        return u"customer"_qs;
    }
    return {};
}

std::optional<OutcomeStage> outcomeStageFromName(QStringView name)
{
    for (OutcomeStage stage : {OutcomeStage::Sql, OutcomeStage::Opportunity, OutcomeStage::Customer})
        if (name.compare(outcomeStageName(stage), Qt::CaseInsensitive) == 0)
            return stage;
    return std::nullopt;
}

bool BackTestPopulation::provisional() const
{
    return request.moment == BackTestMoment::AsOf
           && request.asOf + std::int64_t(request.horizonDays) * secondsPerDay > dataEnd;
}

std::int64_t BackTest::outcomeAt(const ScoringInput &input, std::size_t lead, OutcomeStage stage)
{
    const LeadColumns &leads = input.leads;
    switch (stage) {
    case OutcomeStage::Sql:
        return earliest({leads.sqlAt(lead), leads.opportunityAt(lead), leads.customerAt(lead)});
    case OutcomeStage::Opportunity:
        return earliest({leads.opportunityAt(lead), leads.customerAt(lead)});
    case OutcomeStage::Customer:
        return leads.customerAt(lead);
    }
    return noTime;
}

Result<BackTestPopulation> BackTest::build(const ScoringModel &model, const ScoringInput &input,
                                           const BackTestRequest &request, std::int64_t dataEnd, Progress *progress,
                                           unsigned threads)
{
    if (request.horizonDays < 1)
        return Error{u"the horizon must be at least one day (%1 given)"_qs.arg(request.horizonDays), QString()};
    const ScoringEngine engine(model);
    std::vector<std::int64_t> moments;
    auto scores = request.moment == BackTestMoment::AsOf
                      ? scoreAsOf(engine, input, request, progress, threads)
                      : scoreAtEntry(engine, input, request, dataEnd, moments, progress, threads);
    if (!scores)
        return scores.error();
    BackTestPopulation population;
    population.request = request;
    population.dataEnd = dataEnd;
    population.leads = std::int64_t(input.leads.size());
    const std::int64_t horizon = std::int64_t(request.horizonDays) * secondsPerDay;
    for (std::size_t lead = 0; lead < input.leads.size(); ++lead) {
        const std::int64_t outcome = outcomeAt(input, lead, request.outcome);
        std::int64_t moment = request.asOf;
        if (request.moment == BackTestMoment::AsOf) {
            if (input.leads.createdAt(lead) > request.asOf) {
                ++population.createdAfter;
                continue;
            }
        } else {
            moment = moments[lead];
            if (moment == noTime) {
                ++population.neverReachedStage;
                continue;
            }
        }
        if (outcome != noTime && outcome <= moment) {
            ++population.outcomeBefore;
            continue;
        }
        if (request.moment != BackTestMoment::AsOf && moment + horizon > dataEnd) {
            ++population.windowOpen;
            continue;
        }
        const LeadScore &score = (*scores)[lead];
        BackTestCase c;
        c.lead = std::uint32_t(lead);
        c.scoredAt = moment;
        c.engagement = score.engagement;
        c.stage = score.stage;
        c.mql = score.mqlAt != noTime && score.mqlAt <= moment;
        c.outcomeAt = outcome;
        c.positive = outcome != noTime && outcome <= moment + horizon;
        population.cases.push_back(c);
    }
    // "MQL first" needs each positive's MQL moment up to its outcome, which the cut
    // replay cannot see: the positives alone are replayed to the data's end.
    std::vector<std::int64_t> positivesToEnd(input.leads.size(), noTime);
    for (const BackTestCase &c : population.cases)
        if (c.positive)
            positivesToEnd[c.lead] = dataEnd;
    auto eventual = engine.scoreEachAt(input, positivesToEnd, progress, threads);
    if (!eventual)
        return eventual.error();
    for (BackTestCase &c : population.cases)
        if (c.positive)
            c.eventualMqlAt = (*eventual)[c.lead].mqlAt;
    return population;
}

std::vector<ScoredCase> BackTestFigures::scoredCases(const BackTestPopulation &population)
{
    std::vector<ScoredCase> cases;
    cases.reserve(population.cases.size());
    for (const BackTestCase &c : population.cases)
        cases.push_back({double(c.engagement), c.positive});
    return cases;
}

BackTestFigures BackTestFigures::of(const BackTestPopulation &population)
{
    const std::vector<ScoredCase> cases = scoredCases(population);
    BackTestFigures figures;
    figures.auc = RocAuc::of(cases);
    figures.gains = GainsTable::of(cases);
    figures.bands = ScoreBands::of(cases);
    figures.roc = RocAuc::curve(cases);
    std::int64_t positives = 0;
    for (const BackTestCase &c : population.cases) {
        const auto stage = std::size_t(std::min(c.stage, Stage::PQL));
        ++figures.leadsPerStage[stage];
        figures.positivesPerStage[stage] += c.positive ? 1 : 0;
        positives += c.positive ? 1 : 0;
        if (c.mql) {
            ++figures.selected;
            figures.selectedPositives += c.positive ? 1 : 0;
        }
        if (c.positive && c.eventualMqlAt != noTime && c.eventualMqlAt <= c.outcomeAt)
            ++figures.positivesMqlFirst;
    }
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    figures.precision = figures.selected > 0 ? double(figures.selectedPositives) / double(figures.selected) : nan;
    figures.recall = positives > 0 ? double(figures.selectedPositives) / double(positives) : nan;
    return figures;
}

} // namespace LeadStage
