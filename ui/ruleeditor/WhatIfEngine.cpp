#include "WhatIfEngine.h"

#include "common/BackgroundJobs.h"
#include "store/Workspace.h"
#include "tuning/WhatIfSession.h"

#include <QThreadPool>

#include <utility>

namespace LeadStage {

WhatIfEngine::WhatIfEngine(QObject *parent)
    : QObject(parent)
    , m_loadProgress(std::make_shared<LoadProgress>())
{
    // A cancelled load or comparison may overlap its successor until its next chunk.
    BackgroundJobs::keepThreads(m_pool, 3);
    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, &WhatIfEngine::loadFinished);
    connect(&m_compareWatcher, &QFutureWatcher<std::shared_ptr<const Answer>>::finished, this,
            &WhatIfEngine::compareFinished);
}

WhatIfEngine::~WhatIfEngine()
{
    m_requests.cancelAll();
    if (m_loadCancel)
        m_loadCancel->cancel();
    m_pool.waitForDone();
}

void WhatIfEngine::load(const QString &path, const MetricsFilter &filter, Bucket bucket)
{
    clear();
    m_loadProgress = std::make_shared<LoadProgress>();
    std::shared_ptr<LoadProgress> progress = m_loadProgress;
    m_loadCancel = std::make_shared<Progress>([progress](std::int64_t done, std::int64_t total) {
        progress->done.store(done, std::memory_order_relaxed);
        progress->total.store(total, std::memory_order_relaxed);
    });
    const std::uint64_t generation = ++m_loadGeneration;
    std::shared_ptr<Progress> cancel = m_loadCancel;
    m_loading = true;
    m_loadWatcher.setFuture(BackgroundJobs::run(&m_pool, [path, filter, bucket, generation, cancel] {
        Loaded loaded;
        loaded.generation = generation;
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        if (!workspace) {
            loaded.error = workspace.error();
            return loaded;
        }
        auto session = WhatIfSession::load((*workspace)->database(), cancel.get());
        if (!session) {
            loaded.error = session.error();
            return loaded;
        }
        // The session keeps the active side of the last question asked.
        if (auto warm = (*session)->compare((*session)->active().model, filter, bucket, cancel.get()); !warm) {
            loaded.error = warm.error();
            return loaded;
        }
        loaded.session = *session;
        return loaded;
    }));
    Q_EMIT busyChanged();
}

void WhatIfEngine::clear()
{
    if (m_loadCancel)
        m_loadCancel->cancel();
    m_loadCancel.reset();
    ++m_loadGeneration; // a load still running answers for nobody
    cancelComparison();
    // A session's event columns take 15 ms and more to free on 1 M leads.
    if (m_session)
        BackgroundJobs::releaseElsewhere(std::exchange(m_session, nullptr));
    const bool wasBusy = m_loading || m_comparing;
    m_loading = m_comparing = false;
    if (wasBusy)
        Q_EMIT busyChanged();
}

void WhatIfEngine::loadFinished()
{
    if (!m_loadWatcher.future().isFinished())
        return;
    Loaded answer = m_loadWatcher.future().takeResult();
    if (answer.generation != m_loadGeneration)
        return; // replaced by a newer load, or cleared
    m_loading = false;
    m_loadCancel.reset();
    if (!answer.session) {
        Q_EMIT busyChanged();
        Q_EMIT loadFailed(answer.error);
        return;
    }
    m_session = std::move(answer.session);
    Q_EMIT busyChanged();
    Q_EMIT loaded();
}

void WhatIfEngine::compare(const ScoringModel &draft, const MetricsFilter &filter, Bucket bucket)
{
    if (!m_session)
        return;
    const WhatIfRequests::Ticket ticket = m_requests.next(); // cancels the stale request
    m_comparing = true;
    m_compareWatcher.setFuture(BackgroundJobs::run(&m_pool, [session = m_session, draft, filter, bucket, ticket] {
        auto answer = std::make_shared<Answer>();
        answer->generation = ticket.generation;
        auto comparison = session->compare(draft, filter, bucket, ticket.progress.get());
        if (!comparison) {
            answer->error = comparison.error();
            return std::shared_ptr<const Answer>(std::move(answer));
        }
        // The texts too are made here: the GUI thread only shows them.
        answer->figures = WhatIfFigures::of(*comparison, filter);
        answer->comparison = std::move(*comparison);
        return std::shared_ptr<const Answer>(std::move(answer));
    }));
    Q_EMIT busyChanged();
}

void WhatIfEngine::cancelComparison()
{
    m_requests.cancelAll();
    if (m_comparing) {
        m_comparing = false;
        Q_EMIT busyChanged();
    }
}

void WhatIfEngine::compareFinished()
{
    if (!m_compareWatcher.future().isFinished())
        return;
    std::shared_ptr<const Answer> answer = m_compareWatcher.future().takeResult();
    if (!answer || !m_requests.isLatest(answer->generation))
        return; // a newer edit replaced it
    m_comparing = false;
    Q_EMIT busyChanged();
    Q_EMIT compared(answer);
}

} // namespace LeadStage
