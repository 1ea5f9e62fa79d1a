#pragma once

#include "common/Error.h"
#include "common/Progress.h"
#include "store/WorkspaceSummary.h"

#include <QFutureWatcher>
#include <QObject>

#include <cstdint>
#include <memory>
#include <optional>

namespace LeadStage {

class Workspace;

// Opens (or creates) a workspace and reads its summary off the GUI thread: checks,
// migrations and counting a large events table never freeze the window.
class WorkspaceOpener : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        std::shared_ptr<Workspace> workspace;
        WorkspaceSummary summary;
        Error error;
        // What the open found and did: a dead run's lock taken over, an unfinished
        // write undone, scores brought up to date (or left out of date when cancelled).
        QStringList notes;
    };

    explicit WorkspaceOpener(QObject *parent = nullptr);
    ~WorkspaceOpener() override;

    // `asOf`: the analysis date Preferences fix (UTC seconds), or nullopt for the workspace's
    // own. A workspace scored at another date is rescored at `asOf`, which it then keeps.
    // Reports checked() once the file is open, upgraded and its scores current; counting
    // what it holds, which reads every event, waits for summarise().
    void open(const QString &path, bool createIfMissing, std::optional<std::int64_t> asOf = std::nullopt);
    // Counts what the checked workspace holds, then reports opened() (or failed()).
    void summarise();
    bool isBusy() const;
    bool isChecked() const { return m_checked.workspace != nullptr; }
    // Stops the rescore an open started: nothing is written and the scores stay out of date.
    void cancelRescore() { m_progress.cancel(); }

Q_SIGNALS:
    // The workspace's scores do not follow its data (an import's rescore did not
    // finish): the open rescores every lead before it reports.
    void rescoreStarted(const QString &why);
    void rescoreProgressed(qint64 done, qint64 total);
    // The workspace can be read: the dashboard may start on its own connections.
    void checked(const QString &path);
    void opened(std::shared_ptr<LeadStage::Workspace> workspace, const LeadStage::WorkspaceSummary &summary,
                const QStringList &notes);
    void failed(const QString &path, const LeadStage::Error &error);

private:
    Outcome openAndCheck(const QString &path, bool createIfMissing, std::optional<std::int64_t> asOf);
    static Outcome summariseChecked(Outcome outcome);
    void catchUpScores(Workspace &workspace, Outcome &outcome, std::optional<std::int64_t> asOf);
    void catchUpScoresOnServer(Workspace &reader, Outcome &outcome, std::optional<std::int64_t> asOf);

    QFutureWatcher<Outcome> m_watcher;
    Outcome m_checked; // between checked() and summarise()
    bool m_summarising = false;
    QString m_path;
    Progress m_progress;
};

} // namespace LeadStage
