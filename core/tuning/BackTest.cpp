#include "BackTest.h"

#include "OutcomeTimes.h"
#include "scoring/Moments.h"
#include "scoring/ScoringEngine.h"
#include "scoring/ScoringInput.h"

#include <QCoreApplication>
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

// The stage the model's own moments reached: at the analysis date the outcomes are
// stages too (SQL, Customer, undated or not), which would make the per-stage rates and
// the transition matrix restate the label instead of the model.
Stage scoredStage(const LeadScore &score)
{
    if (score.stage < Stage::SQL)
        return score.stage;
    return score.pqlAt != noTime   ? Stage::PQL
           : score.mqlAt != noTime ? Stage::MQL
           : score.iqlAt != noTime ? Stage::IQL
                                   : Stage::Lead;
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

QString outcomeName(const BackTestRequest &request)
{
    return request.recordedStage ? recordedOutcomeName(*request.recordedStage) : outcomeStageName(request.outcome);
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

namespace {

// The outcome per lead: the outcomes table's, or the CRM's recorded stages when asked.
Result<const OutcomeTimes *> chooseOutcomes(const ScoringInput &input, const BackTestRequest &request,
                                            OutcomeTimes &own)
{
    if (!request.recordedStage) {
        own = OutcomeTimes::ofStage(input, request.outcome);
        return static_cast<const OutcomeTimes *>(&own);
    }
    const QString name = outcomeName(request);
    if (!request.recorded || request.recorded->datedAt.size() != input.leads.size())
        return Error{
            QCoreApplication::translate("TuningError", "the recorded stages for %1 were not loaded with the leads")
                .arg(name),
            QString()};
    const OutcomeTimes &recorded = *request.recorded;
    if (recorded.reachedLeads() == 0)
        return Error{
            QCoreApplication::translate("TuningError", "no lead has a recorded stage %1 or later in this workspace")
                .arg(stageName(*request.recordedStage)),
            QString(), 0, 0,
            QCoreApplication::translate("TuningError", "Import the CRM's lifecycle dates or flags (docs/import.md), or "
                                                       "predict sql, opportunity or customer.")};
    if (request.moment != BackTestMoment::Snapshot && recorded.undatedLeads() == recorded.reachedLeads())
        return Error{
            QCoreApplication::translate(
                "TuningError",
                "the CRM recorded %1 or a later stage without a date for each of the %2 leads that have one: "
                "they cannot be placed before or after a date or a stage entry")
                .arg(stageName(*request.recordedStage))
                .arg(recorded.undatedLeads()),
            QString(), 0, 0,
            QCoreApplication::translate(
                "TuningError", "Use the snapshot moment (--snapshot), which scores every lead at the analysis date.")};
    return request.recorded.get();
}

} // namespace

Result<BackTestPopulation> BackTest::build(const ScoringModel &model, const ScoringInput &input,
                                           const BackTestRequest &request, std::int64_t dataEnd, Progress *progress,
                                           unsigned threads)
{
    if (request.horizonDays < 1)
        return Error{QCoreApplication::translate("TuningError", "the horizon must be at least one day (%1 given)")
                         .arg(request.horizonDays),
                     QString()};
    OutcomeTimes own;
    auto outcomes = chooseOutcomes(input, request, own);
    if (!outcomes)
        return outcomes.error();
    const OutcomeTimes &times = **outcomes;
    const ScoringEngine engine(model);
    const bool snapshot = request.moment == BackTestMoment::Snapshot;
    const bool atEntry = request.moment == BackTestMoment::AtIql || request.moment == BackTestMoment::AtMql;
    // At stage entry (and for the snapshot) the replay to the data's end is made anyway:
    // its MQL moments serve "MQL first" too, instead of a second replay of the positives.
    std::vector<LeadScore> toEnd;
    std::vector<std::int64_t> moments;
    Result<std::vector<LeadScore>> scores = std::vector<LeadScore>();
    if (request.moment == BackTestMoment::AsOf) {
        scores = scoreAsOf(engine, input, request, progress, threads);
    } else {
        auto full = engine.score(input, dataEnd, progress, threads);
        if (!full)
            return full.error();
        toEnd = std::move(*full);
        if (atEntry) {
            moments.resize(input.leads.size());
            for (std::size_t lead = 0; lead < moments.size(); ++lead)
                moments[lead] = request.moment == BackTestMoment::AtIql ? toEnd[lead].iqlAt : toEnd[lead].mqlAt;
            scores = engine.scoreEachAt(input, moments, progress, threads);
        }
    }
    if (!scores)
        return scores.error();
    const std::vector<LeadScore> &scored = snapshot ? toEnd : *scores;
    BackTestPopulation population;
    population.request = request;
    population.dataEnd = dataEnd;
    population.leads = std::int64_t(input.leads.size());
    const std::int64_t horizon = std::int64_t(request.horizonDays) * secondsPerDay;
    for (std::size_t lead = 0; lead < input.leads.size(); ++lead) {
        const std::int64_t dated = times.datedAt[lead];
        const bool undated = times.undated[lead] != 0;
        std::int64_t moment = snapshot ? dataEnd : request.asOf;
        if (atEntry) {
            moment = moments[lead];
            if (moment == noTime) {
                ++population.neverReachedStage;
                continue;
            }
        } else if (input.leads.createdAt(lead) > moment) {
            ++population.createdAfter;
            continue;
        }
        BackTestCase c;
        if (snapshot) {
            // Whenever it came: the label is the flag, dated or not.
            c.positive = undated || (dated != noTime && dated <= dataEnd);
            c.outcomeAt = dated != noTime && dated <= dataEnd ? dated : undated ? undatedTime : noTime;
            population.undatedPositives += c.positive && c.outcomeAt == undatedTime ? 1 : 0;
        } else {
            if (dated != noTime && dated <= moment) {
                ++population.outcomeBefore;
                continue;
            }
            if (undated) {
                ++population.undatedOutcome;
                continue;
            }
            if (atEntry && moment + horizon > dataEnd) {
                ++population.windowOpen;
                continue;
            }
            c.outcomeAt = dated;
            c.positive = dated != noTime && dated <= moment + horizon;
        }
        const LeadScore &score = scored[lead];
        c.lead = std::uint32_t(lead);
        c.scoredAt = moment;
        c.engagement = score.engagement;
        c.stage = snapshot ? scoredStage(score) : score.stage;
        c.mql = score.mqlAt != noTime && score.mqlAt <= moment;
        population.cases.push_back(c);
    }
    if (!toEnd.empty()) {
        for (BackTestCase &c : population.cases)
            if (c.positive)
                c.eventualMqlAt = toEnd[c.lead].mqlAt;
        return population;
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
        if (c.positive && c.outcomeAt != undatedTime && c.eventualMqlAt != noTime && c.eventualMqlAt <= c.outcomeAt)
            ++figures.positivesMqlFirst;
    }
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    figures.precision = figures.selected > 0 ? double(figures.selectedPositives) / double(figures.selected) : nan;
    figures.recall = positives > 0 ? double(figures.selectedPositives) / double(positives) : nan;
    return figures;
}

} // namespace LeadStage
