#pragma once

#include "common/Error.h"
#include "store/WorkspaceSummary.h"
#include "store/postgres/ServerChanges.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace LeadStage {

// Keeps a window on a team workspace current (issue 21): listens on the server for
// changes other analysts commit to it (a rescore, …) and, a moment after the last of a
// burst, reads what the workspace holds now and says so, for the window to show it.
// Connects and reads off the GUI thread; a lost connection is said once.
class TeamWorkspaceWatch : public QObject
{
    Q_OBJECT

public:
    explicit TeamWorkspaceWatch(QObject *parent = nullptr);
    ~TeamWorkspaceWatch() override;

    // Starts listening for the workspace at `address` (a file: nothing), ending any earlier watch.
    void watch(const QString &address);
    void stop();
    bool isListening() const { return m_listener != nullptr; }

    // For the status bar: "ana rescored this workspace at 2026-12-06 14:02: …", with a
    // note when the rule editor kept the analyst's edited draft beside a new active model.
    static QString describe(const ServerChange &change, bool draftKept);

Q_SIGNALS:
    // The newest of the changes heard together, and what the workspace holds after it.
    void changed(const LeadStage::ServerChange &change, const LeadStage::WorkspaceSummary &summary);
    // Listening could not start, or the connection was lost: no more changes are told.
    void lost(const LeadStage::Error &error);

private:
    struct Attempt
    {
        QString address;
        Result<ServerChangeListener> listener;
    };
    using Listening = std::shared_ptr<Attempt>;

    void connected();
    void readNotices();
    void readSummary();

    QFutureWatcher<Listening> m_connecting;
    std::unique_ptr<ServerChangeListener> m_listener;
    QSocketNotifier *m_notifier = nullptr;
    struct Reading
    {
        QString address; // whose summary: another workspace may be watched by the time it comes
        Result<WorkspaceSummary> summary;
    };
    QFutureWatcher<Reading> m_reading;
    QTimer m_quiet;        // a burst of changes is read once
    ServerChange m_latest; // of a burst: the newest, an activation before any other
    QString m_address;
};

} // namespace LeadStage
