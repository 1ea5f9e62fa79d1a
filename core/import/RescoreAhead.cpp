#include "RescoreAhead.h"

#include "ImportedScoringInput.h"
#include "scoring/ModelStore.h"
#include "scoring/ScoringEngine.h"
#include "store/AnalysisDate.h"

#include <QCoreApplication>

#include <algorithm>

namespace LeadStage {

RescoreAhead::RescoreAhead(Database &database)
    : m_loader(database)
{}

RescoreAhead::~RescoreAhead()
{
    if (m_thread.joinable())
        m_thread.join();
}

Result<std::unique_ptr<RescoreAhead>> RescoreAhead::start(Database &database, ImportedScoringInput &imported)
{
    std::unique_ptr<RescoreAhead> ahead(new RescoreAhead(database));
    // The model WorkspaceScorer::run() takes: the active one, else the default it saves.
    ModelStore models(database);
    auto active = models.active();
    if (!active)
        return active.error();
    auto model = *active ? models.load((*active)->id) : ScoringModel::defaultModel();
    if (!model)
        return model.error();
    ahead->m_model = std::move(*model);
    // The date it scores at: the chosen one, else the latest moment of the data.
    auto chosen = AnalysisDate::chosen(database);
    if (!chosen)
        return chosen.error();
    ahead->m_chosenDate = *chosen;
    if (!ahead->m_chosenDate) {
        auto outcome = AnalysisDate::latestOutcome(database);
        if (!outcome)
            return outcome.error();
        ahead->m_latestOutcome = *outcome;
    }
    if (Status read = ahead->m_loader.readForLoadFrom(); !read)
        return read.error();
    ahead->m_thread =
        std::thread([self = ahead.get(), leads = imported.takeLeads(), events = imported.takeEvents()]() mutable {
            self->run(std::move(leads), std::move(events));
        });
    return ahead;
}

void RescoreAhead::run(LeadColumns leads, std::vector<EventColumnsLoader::EventRow> events)
{
    auto input = m_loader.loadFromRead(std::move(leads), std::move(events));
    if (!input) {
        m_result.emplace(input.error());
        return;
    }
    const std::int64_t asOf =
        m_chosenDate ? *m_chosenDate : std::max(EventColumnsLoader::latestMoment(*input), m_latestOutcome);
    // By now the commit is usually done: both cores.
    auto scores = ScoringEngine(m_model).score(*input, asOf);
    if (!scores) {
        m_result.emplace(scores.error());
        return;
    }
    m_result.emplace(ScoredAhead{std::move(*input), m_model, asOf, std::move(*scores)});
}

Result<ScoredAhead> RescoreAhead::take()
{
    if (m_thread.joinable())
        m_thread.join();
    if (!m_result)
        return Error{QCoreApplication::translate("ScoringError", "the scores worked out ahead were taken already"),
                     QString()};
    Result<ScoredAhead> result = std::move(*m_result);
    m_result.reset();
    return result;
}

} // namespace LeadStage
