#pragma once

#include "common/Error.h"
#include "common/Progress.h"
#include "scoring/ModelActivation.h"
#include "scoring/ModelVersion.h"
#include "scoring/ScoringModel.h"
#include "scoring/WorkspaceScorer.h"
#include "store/WorkspaceSummary.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace LeadStage {

class Workspace;

// Off the GUI thread: saves a draft as the next version of its name, or takes a saved
// version (or a revert's copy of one), and puts it in force with ModelActivation, which
// rescores and activates in one transaction. When the rescore fails or is cancelled,
// lead_state and the active model are as they were; a saved draft stays, inactive.
class ModelSaveJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        ModelVersion version; // id 0: nothing was saved
        ScoringModel model;   // the model now active, when activated
        WorkspaceScorer::Report report;
        WorkspaceSummary summary;
        Error error;
        bool activated = false;
    };

    explicit ModelSaveJob(QObject *parent = nullptr);
    ~ModelSaveJob() override;

    // The GUI thread leaves `workspace` alone until finished() (as WorkspaceOpener hands it over).
    void start(std::shared_ptr<Workspace> workspace, const ScoringModel &model, const QString &comment);
    void cancel() { m_progress.cancel(); }
    // Until finished() was emitted: the worker may be done while its answer is still queued.
    bool isRunning() const { return m_busy; }
    void waitForFinished()
    {
        if (m_watcher.isRunning())
            m_watcher.waitForFinished();
    }

    // Rescores with the saved version `id` and makes it active; with a `revertComment`,
    // a copy of it is saved as the next version of its name and made active instead.
    void startActivation(std::shared_ptr<Workspace> workspace, std::int64_t id,
                         const std::optional<QString> &revertComment = std::nullopt);

    // Each through WorkspaceChange: a team workspace's change on a writer of its own.
    static Outcome run(const std::shared_ptr<Workspace> &window, const ScoringModel &model, const QString &comment,
                       Progress *progress);
    static Outcome activate(const std::shared_ptr<Workspace> &window, std::int64_t id,
                            const std::optional<QString> &revertComment, Progress *progress);

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const LeadStage::ModelSaveJob::Outcome &outcome);

private:
    static Outcome failedToBegin(const Error &error);
    static Outcome activated(Workspace &workspace, const Result<ModelActivation::Outcome> &done);
    static Outcome finish(Workspace &workspace, Outcome outcome);

    QFutureWatcher<Outcome> m_watcher;
    Progress m_progress;
    std::shared_ptr<Workspace> m_workspace;
    bool m_busy = false;
};

} // namespace LeadStage
