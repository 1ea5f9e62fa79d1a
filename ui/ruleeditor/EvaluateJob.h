#pragma once

#include "common/Error.h"
#include "scoring/ModelVersion.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/WhatIfRequests.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace LeadStage {

class WhatIfSession;

// The Evaluate panel's work off the GUI thread: reading the workspace's saved models
// and analysis date (its own read-only connection), and back-testing the chosen
// models (ModelEvaluation) on the leads and events the what-if has loaded already.
// A newer back-test cancels the one before it; only the latest answer is reported.
class EvaluateJob : public QObject
{
    Q_OBJECT

public:
    // A model that can be back-tested: a saved version, or the built-in model of a
    // workspace that has none saved yet (id 0).
    struct SavedModel
    {
        ModelVersion version;
        ScoringModel model;
        bool builtIn = false;
    };
    struct Models
    {
        QString path;
        std::int64_t dataEnd = 0;      // the analysis date, as `leadstage evaluate` takes it
        std::vector<SavedModel> saved; // newest first
        Error error;
    };
    struct Answer
    {
        std::uint64_t generation = 0;
        BackTestRequest request;
        std::vector<EvaluatedModel> models;
        // The leads and events scored: a case's `lead` is a position in its input.
        std::shared_ptr<const WhatIfSession> session;
        std::int64_t leadsWithOutcome = 0;    // reached the chosen outcome (or a later stage) at all
        std::int64_t leadsWithAnyOutcome = 0; // reached SQL or a later stage at all
        Error error;                          // empty `what`: computed
    };
    // How far the running back-test is, for the busy indicator: scoring passes done of
    // `passes` (two per model as of a date, three at stage entry), and the current one.
    struct RunProgress
    {
        std::atomic<int> pass{0};
        std::atomic<std::int64_t> done{0};
        std::atomic<std::int64_t> total{0};
        int passes = 1;
        double fraction() const;
    };

    explicit EvaluateJob(QObject *parent = nullptr);
    ~EvaluateJob() override;

    void readModels(const QString &path);
    void run(std::shared_ptr<const WhatIfSession> session, std::vector<ModelEvaluation::Candidate> candidates,
             const BackTestRequest &request, std::int64_t dataEnd);
    // Cancels the running back-test and forgets it: no answer comes.
    void cancel();

    bool isReadingModels() const { return m_reading; }
    bool isRunning() const { return m_running; }
    const RunProgress &progress() const { return *m_progress; }

Q_SIGNALS:
    void modelsRead(const LeadStage::EvaluateJob::Models &models);
    void finished(const std::shared_ptr<const LeadStage::EvaluateJob::Answer> &answer);
    void busyChanged();

private:
    void runFinished();

    QFutureWatcher<Models> m_readWatcher;
    QFutureWatcher<std::shared_ptr<const Answer>> m_runWatcher;
    WhatIfRequests m_requests;
    std::shared_ptr<RunProgress> m_progress;
    std::uint64_t m_readGeneration = 0;
    bool m_reading = false;
    bool m_running = false;
};

} // namespace LeadStage
