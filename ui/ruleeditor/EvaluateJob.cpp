#include "EvaluateJob.h"

#include "common/BackgroundJobs.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelInForce.h"
#include "scoring/ModelStore.h"
#include "scoring/Moments.h"
#include "store/Workspace.h"
#include "tuning/OutcomeTimes.h"
#include "tuning/WhatIfSession.h"

namespace LeadStage {

namespace {

EvaluateJob::Models readModelsOf(const QString &path)
{
    EvaluateJob::Models models;
    models.path = path;
    auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace) {
        models.error = workspace.error();
        return models;
    }
    Database &database = (*workspace)->database();
    auto dataEnd = EventColumnsLoader(database).defaultAsOf();
    if (!dataEnd) {
        models.error = dataEnd.error();
        return models;
    }
    models.dataEnd = *dataEnd;
    ModelStore store(database);
    auto versions = store.list();
    if (!versions) {
        models.error = versions.error();
        return models;
    }
    std::sort(versions->begin(), versions->end(),
              [](const ModelVersion &a, const ModelVersion &b) { return a.id > b.id; });
    for (const ModelVersion &version : *versions) {
        auto model = store.load(version.id);
        if (!model) {
            models.error = model.error();
            return models;
        }
        models.saved.push_back({version, std::move(*model), false});
    }
    if (std::none_of(versions->begin(), versions->end(), [](const ModelVersion &v) { return v.active; })) {
        auto active = ModelInForce::read(database);
        if (!active) {
            models.error = active.error();
            return models;
        }
        ModelVersion builtIn;
        builtIn.name = active->model.name;
        builtIn.active = true;
        models.saved.insert(models.saved.begin(), {builtIn, std::move(active->model), true});
    }
    return models;
}

// Dated or flagged without a date: a yes/no "converted" column counts (the snapshot reads it).
std::int64_t leadsReaching(const ScoringInput &input, OutcomeStage stage)
{
    return OutcomeTimes::ofStage(input, stage).reachedLeads();
}

} // namespace

double EvaluateJob::RunProgress::fraction() const
{
    const std::int64_t t = total.load(std::memory_order_relaxed);
    const double inPass = t > 0 ? double(done.load(std::memory_order_relaxed)) / double(t) : 0.0;
    return std::clamp((pass.load(std::memory_order_relaxed) + inPass) / std::max(1, passes), 0.0, 1.0);
}

EvaluateJob::EvaluateJob(QObject *parent)
    : QObject(parent)
    , m_progress(std::make_shared<RunProgress>())
{
    connect(&m_readWatcher, &QFutureWatcher<Models>::finished, this, [this] {
        if (!m_readWatcher.future().isFinished())
            return;
        Models models = m_readWatcher.future().takeResult();
        m_reading = false;
        Q_EMIT busyChanged();
        Q_EMIT modelsRead(models);
    });
    connect(&m_runWatcher, &QFutureWatcher<std::shared_ptr<const Answer>>::finished, this, &EvaluateJob::runFinished);
}

EvaluateJob::~EvaluateJob()
{
    // Not waited for: a back-test reading a million leads took up to 0.8 s to reach its
    // next check, with the window frozen as the workspace closed. The jobs hold what they
    // read (shared), nothing of this object; a cancelled one ends at its next chunk.
    m_requests.cancelAll();
}

void EvaluateJob::readModels(const QString &path)
{
    m_reading = true;
    m_readWatcher.setFuture(BackgroundJobs::run([path] { return readModelsOf(path); }));
    Q_EMIT busyChanged();
}

void EvaluateJob::run(std::shared_ptr<const WhatIfSession> session, std::vector<ModelEvaluation::Candidate> candidates,
                      const BackTestRequest &request, std::int64_t dataEnd)
{
    const WhatIfRequests::Ticket ticket = m_requests.next(); // cancels the stale back-test
    m_progress = std::make_shared<RunProgress>();
    m_progress->passes = int(candidates.size()) * (request.moment == BackTestMoment::AsOf ? 2 : 3);
    // The engine reports each scoring pass from 0 up: a report not above the last
    // one starts the next pass.
    auto progress = std::make_shared<Progress>([shown = m_progress](std::int64_t done, std::int64_t total) {
        if (done <= shown->done.load(std::memory_order_relaxed))
            shown->pass.fetch_add(1, std::memory_order_relaxed);
        shown->done.store(done, std::memory_order_relaxed);
        shown->total.store(total, std::memory_order_relaxed);
    });
    m_running = true;
    m_runWatcher.setFuture(BackgroundJobs::run(
        [session = std::move(session), candidates = std::move(candidates), request, dataEnd, ticket, progress] {
            auto answer = std::make_shared<Answer>();
            answer->generation = ticket.generation;
            answer->request = request;
            answer->session = session;
            // Reports go to the busy indicator; the ticket's cancel stops the scoring at
            // its next check (it reached it only at the next report: 0.8 s on 1 M leads).
            Progress relay([&progress](std::int64_t done, std::int64_t total) { progress->report(done, total); },
                           ticket.progress);
            const ScoringInput &input = session->input();
            answer->leadsWithOutcome =
                request.recorded ? request.recorded->reachedLeads() : leadsReaching(input, request.outcome);
            answer->leadsWithAnyOutcome = leadsReaching(input, OutcomeStage::Sql);
            auto evaluated = ModelEvaluation::run(candidates, input, request, dataEnd, &relay);
            if (!evaluated)
                answer->error = evaluated.error();
            else
                answer->models = std::move(*evaluated);
            return std::shared_ptr<const Answer>(std::move(answer));
        }));
    Q_EMIT busyChanged();
}

void EvaluateJob::cancel()
{
    m_requests.cancelAll();
    if (m_running) {
        m_running = false;
        Q_EMIT busyChanged();
    }
}

void EvaluateJob::runFinished()
{
    if (!m_runWatcher.future().isFinished())
        return;
    std::shared_ptr<const Answer> answer = m_runWatcher.future().takeResult();
    if (!answer || !m_requests.isLatest(answer->generation))
        return; // a newer request replaced it
    m_running = false;
    Q_EMIT busyChanged();
    Q_EMIT finished(answer);
}

} // namespace LeadStage
