#include "RescoreAhead.h"

#include "ImportedScoringInput.h"
#include "scoring/ModelStore.h"
#include "scoring/ScoringEngine.h"
#include "store/AnalysisDate.h"

#include <QCoreApplication>

#include <algorithm>
#include <new>
#include <system_error>

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
    ahead->m_leads = imported.takeLeads();
    ahead->m_events = imported.takeEvents();
    if (Status read = ahead->m_loader.readForLoadFrom(ahead->m_events); !read) {
        ahead->m_result.emplace(read.error());
        return ahead;
    }
    try {
        ahead->m_thread = std::thread([self = ahead.get()] { self->run(); });
    } catch (const std::system_error &) {
        // No thread to be had: take() does the work itself, after the commit.
    }
    return ahead;
}

void RescoreAhead::run()
{
    try {
        auto input = m_loader.loadFromRead(std::move(m_leads), std::move(m_events));
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
    } catch (const std::bad_alloc &) {
        m_result.emplace(
            Error{QCoreApplication::translate("ScoringError", "not enough memory to score the import"), QString(), 0, 0,
                  QCoreApplication::translate("ScoringError", "Close other programs, then run leadstage score.")});
    }
}

Result<ScoredAhead> RescoreAhead::take()
{
    if (m_thread.joinable())
        m_thread.join();
    else if (!m_result && !m_taken)
        run();
    m_taken = true;
    if (!m_result)
        return Error{QCoreApplication::translate("ScoringError", "the scores worked out ahead were taken already"),
                     QString()};
    Result<ScoredAhead> result = std::move(*m_result);
    m_result.reset();
    return result;
}

} // namespace LeadStage
