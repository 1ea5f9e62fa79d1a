#pragma once

#include "common/Error.h"
#include "common/Progress.h"
#include "import/ImportUndo.h"
#include "store/WorkspaceSummary.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace LeadStage {

class Workspace;

// Off the GUI thread: an import's dry run (ImportUndo::plan, which scans the events),
// then its undo and rescore (through a WorkspaceChange: a team workspace's own writer),
// and the workspace's new summary for the pages. The GUI
// thread leaves `workspace` alone until planned() or finished() (as ModelSaveJob).
class ImportUndoJob : public QObject
{
    Q_OBJECT

public:
    struct Planned
    {
        ImportUndoPlan plan;
        std::optional<Error> refusal; // why it cannot be undone
    };
    struct Outcome
    {
        ImportUndoReport report;
        WorkspaceSummary summary;
        bool undone = false;        // the undo landed (its rescore may still have failed: report)
        std::optional<Error> error; // not undone: refused, failed or cancelled; or the summary failed
    };

    explicit ImportUndoJob(QObject *parent = nullptr);
    ~ImportUndoJob() override;

    void startPlan(std::shared_ptr<Workspace> workspace, std::int64_t importId);
    void startUndo(std::shared_ptr<Workspace> workspace, std::int64_t importId);
    // Stops the undo before its commit: nothing is changed. The rescore after it runs on.
    void cancel() { m_progress.cancel(); }
    bool isRunning() const { return m_busy; }
    void waitForFinished();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void planned(const LeadStage::ImportUndoJob::Planned &planned);
    void finished(const LeadStage::ImportUndoJob::Outcome &outcome);

private:
    QFutureWatcher<Planned> m_planWatcher;
    QFutureWatcher<Outcome> m_undoWatcher;
    Progress m_progress;
    std::shared_ptr<Workspace> m_workspace;
    bool m_busy = false;
};

} // namespace LeadStage
