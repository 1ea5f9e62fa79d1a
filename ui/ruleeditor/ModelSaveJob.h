#pragma once

#include "common/Error.h"
#include "common/Progress.h"
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

// Saves a draft as the next version of its name, rescores the workspace with it and
// only then makes it the active model, off the GUI thread. When the rescore fails
// or is cancelled, lead_state is as it was and the saved version stays inactive.
class ModelSaveJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        ModelVersion version; // id 0: nothing was saved
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
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForFinished()
    {
        if (m_watcher.isRunning())
            m_watcher.waitForFinished();
    }

    // Rescores with the saved version `id` and only then makes it active; with a
    // `revertComment`, ModelStore::revertTo saves it as the next version and activates that.
    void startActivation(std::shared_ptr<Workspace> workspace, std::int64_t id,
                         const std::optional<QString> &revertComment = std::nullopt);

    static Outcome run(Workspace &workspace, const ScoringModel &model, const QString &comment, Progress *progress);
    static Outcome activate(Workspace &workspace, std::int64_t id, const std::optional<QString> &revertComment,
                            Progress *progress);

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const LeadStage::ModelSaveJob::Outcome &outcome);

private:
    static Outcome finish(Workspace &workspace, Outcome outcome);

    QFutureWatcher<Outcome> m_watcher;
    Progress m_progress;
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace LeadStage
