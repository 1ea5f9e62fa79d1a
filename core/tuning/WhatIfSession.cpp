#include "WhatIfSession.h"

#include "ScoredSnapshot.h"
#include "metrics/FunnelMetrics.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ScoringEngine.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace LeadStage {

namespace {

Error cancelled()
{
    return Error{QCoreApplication::translate("TuningError", "the what-if was cancelled: a newer edit replaced it"),
                 QString()};
}

bool isCancelled(const Progress *progress)
{
    return progress && progress->cancelled();
}

// The analysis date of lead_state, as SnapshotLoader takes it for the dashboard.
Result<std::optional<std::int64_t>> scoredAsOf(Database &database)
{
    auto query = database.prepare("SELECT MAX(as_of) FROM lead_state");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return query->optionalInt64(0);
}

std::vector<Stage> stagesOf(const std::vector<LeadScore> &scores)
{
    std::vector<Stage> stages;
    stages.reserve(scores.size());
    for (const LeadScore &score : scores)
        stages.push_back(score.stage);
    return stages;
}

// The leads a side counts in its stage counts: selected by the filter and in the funnel.
void markCounted(const FunnelMetrics &side, std::vector<std::uint8_t> &counted)
{
    for (const LeadFacts &facts : side.context().facts())
        if (facts.has(LeadFacts::InFunnel))
            counted[facts.row] = 1;
}

bool sameQuestion(const MetricsFilter &a, const MetricsFilter &b)
{
    return a.from == b.from && a.to == b.to && a.sources == b.sources && a.campaigns == b.campaigns
           && a.industries == b.industries && a.countries == b.countries && a.grades == b.grades;
}

} // namespace

WhatIfSession::WhatIfSession(ScoringInput input, ModelInForce active, std::int64_t asOf, unsigned threads)
    : m_input(std::move(input))
    , m_active(std::move(active))
    , m_asOf(asOf)
    , m_threads(threads)
{}

Result<std::shared_ptr<const WhatIfSession>> WhatIfSession::load(Database &database, Progress *progress,
                                                                 const WhatIfOptions &options)
{
    auto active = ModelInForce::read(database);
    if (!active)
        return active.error();
    auto stored = scoredAsOf(database);
    if (!stored)
        return stored.error();
    EventColumnsLoader loader(database);
    if (!*stored) { // never scored: the workspace's analysis date, as a rescore would take
        auto date = loader.defaultAsOf();
        if (!date)
            return date.error();
        *stored = *date;
    }
    auto input = loader.loadAll(progress);
    if (!input)
        return input.error();
    const std::int64_t asOf = options.asOf.value_or(**stored);
    return fromInput(std::move(*input), std::move(*active), asOf, progress, options.threads);
}

Result<std::shared_ptr<const WhatIfSession>> WhatIfSession::fromInput(ScoringInput input, ModelInForce active,
                                                                      std::int64_t asOf, Progress *progress,
                                                                      unsigned threads)
{
    std::shared_ptr<WhatIfSession> session(new WhatIfSession(std::move(input), std::move(active), asOf, threads));
    auto scores = ScoringEngine(session->m_active.model).score(session->m_input, asOf, progress, threads);
    if (!scores)
        return scores.error();
    session->m_activeStages = stagesOf(*scores);
    session->m_leadIds.reserve(session->m_input.leads.size());
    for (std::size_t lead = 0; lead < session->m_input.leads.size(); ++lead)
        session->m_leadIds.push_back(session->m_input.leads.id(lead));
    session->m_activeSnapshot.emplace(ScoredSnapshot::build(session->m_input, *scores, asOf));
    return std::shared_ptr<const WhatIfSession>(std::move(session));
}

std::shared_ptr<const WhatIfSession::ActiveAnswer> WhatIfSession::activeAnswer(const MetricsFilter &filter,
                                                                               Bucket bucket) const
{
    {
        std::lock_guard lock(m_cacheMutex);
        if (m_lastActive && m_lastActive->bucket == bucket && sameQuestion(m_lastActive->filter, filter))
            return m_lastActive;
    }
    auto answer = std::make_shared<ActiveAnswer>();
    answer->filter = filter;
    answer->bucket = bucket;
    const FunnelMetrics metrics(*m_activeSnapshot, filter, bucket);
    answer->report = metrics.compute();
    answer->counted.assign(m_leadIds.size(), 0);
    markCounted(metrics, answer->counted);
    std::lock_guard lock(m_cacheMutex);
    m_lastActive = answer;
    return answer;
}

Result<DraftComparison> WhatIfSession::compare(const ScoringModel &draft, const MetricsFilter &filter, Bucket bucket,
                                               Progress *progress) const
{
    QElapsedTimer timer;
    timer.start();
    DraftComparison comparison;
    auto scores = ScoringEngine(draft).score(m_input, m_asOf, progress, m_threads);
    if (!scores)
        return cancelled();
    comparison.scoreMs = timer.restart();
    if (isCancelled(progress))
        return cancelled();
    const MetricsSnapshot draftSnapshot = ScoredSnapshot::build(m_input, *scores, m_asOf);
    if (isCancelled(progress))
        return cancelled();
    const std::shared_ptr<const ActiveAnswer> active = activeAnswer(filter, bucket);
    if (isCancelled(progress))
        return cancelled();
    const FunnelMetrics draftMetrics(draftSnapshot, filter, bucket);
    comparison.active = active->report;
    comparison.draft = draftMetrics.compute();
    // A grade filter can select a lead under one model only: the matrix holds the
    // leads either side counts.
    std::vector<std::uint8_t> counted = active->counted;
    markCounted(draftMetrics, counted);
    comparison.changes = StageChanges::between(m_leadIds, m_activeStages, stagesOf(*scores), counted);
    comparison.metricsMs = timer.elapsed();
    return comparison;
}

} // namespace LeadStage
