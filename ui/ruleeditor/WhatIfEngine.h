#pragma once

#include "common/Error.h"
#include "metrics/MetricsFilter.h"
#include "metrics/Period.h"
#include "scoring/ScoringModel.h"
#include "tuning/DraftComparison.h"
#include "tuning/WhatIfFigures.h"
#include "tuning/WhatIfRequests.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace LeadStage {

class WhatIfSession;

// Runs the what-if off the GUI thread: loads a workspace's WhatIfSession (its own
// read-only connection) and compares each draft with the active model on a worker.
// A newer load or comparison cancels the one before it; only the latest answer is
// reported, so a quick series of edits ends with the last edit's numbers.
class WhatIfEngine : public QObject
{
    Q_OBJECT

public:
    // One comparison, computed and written into texts on the worker.
    struct Answer
    {
        std::uint64_t generation = 0;
        DraftComparison comparison;
        WhatIfFigures figures;
        Error error; // empty `what`: computed
    };
    // What a load has read so far: rows with total < 0, then leads scored of total.
    struct LoadProgress
    {
        std::atomic<std::int64_t> done{0};
        std::atomic<std::int64_t> total{-1};
    };

    explicit WhatIfEngine(QObject *parent = nullptr);
    ~WhatIfEngine() override;

    // Starts reading the workspace at `path` (cancelling a load or comparison running),
    // and computes the active model's numbers for `filter` and `bucket` ahead of the
    // first edit, so that edit only waits for the draft's.
    void load(const QString &path, const MetricsFilter &filter, Bucket bucket);
    // Lets go of the session and cancels whatever runs.
    void clear();
    void compare(const ScoringModel &draft, const MetricsFilter &filter, Bucket bucket);
    void cancelComparison();

    bool isLoading() const { return m_loading; }
    bool isComparing() const { return m_comparing; }
    const LoadProgress &loadProgress() const { return *m_loadProgress; }
    const std::shared_ptr<const WhatIfSession> &session() const { return m_session; }

Q_SIGNALS:
    void loaded();
    void loadFailed(const LeadStage::Error &error);
    void compared(const std::shared_ptr<const LeadStage::WhatIfEngine::Answer> &answer);
    void busyChanged();

private:
    struct Loaded
    {
        std::uint64_t generation = 0;
        std::shared_ptr<const WhatIfSession> session;
        Error error;
    };

    void loadFinished();
    void compareFinished();

    // Declared first so it is destroyed last: its destructor waits for the workers.
    QThreadPool m_pool;
    QFutureWatcher<Loaded> m_loadWatcher;
    QFutureWatcher<std::shared_ptr<const Answer>> m_compareWatcher;
    WhatIfRequests m_requests;
    std::shared_ptr<Progress> m_loadCancel;
    std::shared_ptr<LoadProgress> m_loadProgress;
    std::uint64_t m_loadGeneration = 0;
    std::shared_ptr<const WhatIfSession> m_session;
    bool m_loading = false;
    bool m_comparing = false;
};

} // namespace LeadStage
