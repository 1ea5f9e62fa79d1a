#include "WorkspaceOpener.h"

#include "common/BackgroundJobs.h"
#include "common/TimeFormat.h"
#include "scoring/WorkspaceScorer.h"
#include "shell/WindowWording.h"
#include "store/AnalysisDate.h"
#include "store/ScoreStatus.h"
#include "store/Workspace.h"

#include <utility>

namespace LeadStage {

namespace {

// "Its scores are out of date: an import changed the data on … and its rescore did not
// finish", as the start of a sentence.
QString staleReason(const ScoreStatus::Stale &stale)
{
    QString why = ScoreStatus::describe(stale);
    if (!why.isEmpty())
        why[0] = why[0].toUpper();
    return why;
}

} // namespace

WorkspaceOpener::Outcome WorkspaceOpener::openAndCheck(const QString &path, bool createIfMissing,
                                                       std::optional<std::int64_t> asOf)
{
    Outcome outcome;
    // A team workspace opens for reading: the window changes nothing on a server yet
    // (the import and the model editor say so), and a reader never holds up a writer.
    const bool onServer = Workspace::isServerAddress(path);
    const Workspace::Options options{onServer ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite,
                                     createIfMissing ? Workspace::Missing::Create : Workspace::Missing::Fail};
    auto workspace = Workspace::open(path, options);
    if (!workspace) {
        outcome.error = workspace.error();
        return outcome;
    }
    outcome.notes = (*workspace)->openNotes().recoveryMessages();
    if (onServer)
        catchUpScoresOnServer(**workspace, outcome, asOf);
    else
        catchUpScores(**workspace, outcome, asOf);
    // The GUI thread gets this connection: the checks' and any rescore's cached pages go here.
    (*workspace)->database().releaseCachedPages();
    outcome.workspace = std::shared_ptr<Workspace>(std::move(workspace.value()));
    return outcome;
}

WorkspaceOpener::Outcome WorkspaceOpener::summariseChecked(Outcome outcome)
{
    auto summary = WorkspaceSummary::read(*outcome.workspace);
    if (!summary) {
        outcome.error = summary.error();
        outcome.workspace.reset();
        return outcome;
    }
    outcome.summary = *summary;
    // Counting read every event through this connection, which the GUI thread gets next.
    outcome.workspace->database().releaseCachedPages();
    return outcome;
}

// Runs on the opening thread; progress reaches the window through queued signals.
void WorkspaceOpener::catchUpScores(Workspace &workspace, Outcome &outcome, std::optional<std::int64_t> asOf)
{
    const auto &stale = workspace.openNotes().staleScores;
    // Preferences fix the analysis date: a workspace with data scored at another one moves to it.
    WorkspaceScorer::Options options;
    QString why;
    if (asOf) {
        auto current = AnalysisDate::resolve(workspace.database());
        if (current && current->asOf != 0 && current->asOf != *asOf) {
            options.asOf = asOf;
            options.dateChoice = WorkspaceScorer::Options::DateChoice::Remember;
            why = tr("Preferences set the analysis date to %1; the workspace was scored as of %2")
                      .arg(isoDate(*asOf), isoDate(current->asOf));
        }
    }
    if (stale)
        why = staleReason(*stale);
    if (why.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this, [this, why] { Q_EMIT rescoreStarted(why); }, Qt::QueuedConnection);
    auto scored = WorkspaceScorer(workspace).run(options, &m_progress);
    if (scored)
        outcome.notes << tr("%1. Every lead has been rescored.").arg(why);
    else if (m_progress.cancelled())
        outcome.notes << tr("%1. Rescoring was cancelled: the dashboard shows no numbers until every lead is "
                            "rescored. Open the workspace again to rescore it.")
                             .arg(why);
    else
        outcome.notes << tr("%1. Rescoring them failed: %2").arg(why, scored.error().toString());
}

// A team workspace's scores are everyone's: stale ones (an import whose rescore did not
// finish) are caught up, as `leadstage score` would, through a connection that holds the
// one-writer lock for that time only. Its analysis date is the team's: Preferences'
// date is not forced on it.
void WorkspaceOpener::catchUpScoresOnServer(Workspace &reader, Outcome &outcome, std::optional<std::int64_t> asOf)
{
    if (asOf) {
        auto current = AnalysisDate::resolve(reader.database());
        if (current && current->asOf != 0 && current->asOf != *asOf)
            outcome.notes << tr("Preferences set the analysis date to %1, but this team workspace is scored as of %2 "
                                "for everyone who opens it, and opening it does not change that: rescoring it at "
                                "another date changes it for the whole team.")
                                 .arg(isoDate(*asOf), isoDate(current->asOf));
    }
    if (!reader.openNotes().staleScores)
        return;
    auto writer = Workspace::open(reader.path(), Workspace::Options{});
    if (!writer) {
        const Error refused = forWindow(writer.error()); // the window shows no command line
        outcome.notes << tr("%1. They could not be brought up to date now: %2 %3")
                             .arg(staleReason(*reader.openNotes().staleScores), refused.what, refused.hint);
        return;
    }
    catchUpScores(**writer, outcome, std::nullopt);
}

WorkspaceOpener::WorkspaceOpener(QObject *parent)
    : QObject(parent)
    , m_progress([this](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT rescoreProgressed(done, total); }, Qt::QueuedConnection);
    })
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        // Taken, not copied: a copy left in the finished future would keep the
        // workspace (and its lock) alive after it is closed, until the next open.
        Outcome outcome = m_watcher.future().takeResult();
        const bool summarised = std::exchange(m_summarising, false);
        if (!outcome.workspace) {
            Q_EMIT failed(m_path, outcome.error);
        } else if (!summarised) {
            m_checked = std::move(outcome);
            Q_EMIT checked(m_path);
        } else {
            Q_EMIT opened(outcome.workspace, outcome.summary, outcome.notes);
        }
    });
}

WorkspaceOpener::~WorkspaceOpener()
{
    // Only while running: after takeResult() the future is reset and would never
    // report finished again, so waiting on it would hang (Qt 6.4).
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void WorkspaceOpener::open(const QString &path, bool createIfMissing, std::optional<std::int64_t> asOf)
{
    m_path = path;
    m_checked = {};
    m_summarising = false;
    m_progress.reset();
    m_watcher.setFuture(
        BackgroundJobs::run([this, path, createIfMissing, asOf] { return openAndCheck(path, createIfMissing, asOf); }));
}

void WorkspaceOpener::summarise()
{
    if (!m_checked.workspace || m_watcher.isRunning())
        return;
    m_summarising = true;
    // The GUI thread leaves the workspace alone until opened() hands it over.
    m_watcher.setFuture(BackgroundJobs::run(summariseChecked, std::exchange(m_checked, {})));
}

bool WorkspaceOpener::isBusy() const
{
    return m_watcher.isRunning() || m_checked.workspace;
}

} // namespace LeadStage
