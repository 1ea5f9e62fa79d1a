#include "TeamWorkspaceWatch.h"

#include "common/BackgroundJobs.h"
#include "common/DisplayFormat.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QSocketNotifier>

namespace LeadStage {

TeamWorkspaceWatch::TeamWorkspaceWatch(QObject *parent)
    : QObject(parent)
{
    m_quiet.setObjectName(u"teamQuiet"_qs); // a slow timeout says whose it is (bench/SlowEvents.h)
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(400);
    connect(&m_quiet, &QTimer::timeout, this, &TeamWorkspaceWatch::readSummary);
    connect(&m_reading, &QFutureWatcher<Reading>::finished, this, [this] {
        const Reading read = m_reading.result();
        if (m_address.isEmpty() || read.address != m_address)
            return;
        const ServerChange change = std::exchange(m_latest, ServerChange{});
        if (!read.summary)
            Q_EMIT lost(read.summary.error());
        else
            Q_EMIT changed(change, *read.summary);
    });
    connect(&m_connecting, &QFutureWatcher<Listening>::finished, this, &TeamWorkspaceWatch::connected);
}

TeamWorkspaceWatch::~TeamWorkspaceWatch()
{
    // A log-in bounded by the connect timeout; a count of what the workspace holds.
    if (m_connecting.isRunning())
        m_connecting.waitForFinished();
    if (m_reading.isRunning())
        m_reading.waitForFinished();
}

void TeamWorkspaceWatch::watch(const QString &address)
{
    stop();
    if (!Workspace::isServerAddress(address))
        return;
    m_address = address;
    m_connecting.setFuture(BackgroundJobs::run([address] {
        return std::make_shared<Attempt>(Attempt{address, ServerChangeListener::listen(address)});
    }));
}

QString TeamWorkspaceWatch::describe(const ServerChange &change, bool draftKept)
{
    const QString when = DisplayFormat::dateTime(QDateTime::fromSecsSinceEpoch(change.at));
    // Short: the status bar shares the window's width with the workspace's counts.
    QString text = tr("%1 changed this workspace at %2: the pages show it now.");
    if (change.what == ServerChanges::import)
        text = tr("%1 imported rows into this workspace at %2: the pages show them now.");
    else if (change.what == ServerChanges::importUndone)
        text = tr("%1 undid an import in this workspace at %2: the pages show it now.");
    else if (change.what == ServerChanges::rescore)
        text = tr("%1 rescored this workspace at %2: the pages show it now.");
    else if (change.what == ServerChanges::modelActivated)
        text = tr("%1 made another scoring model active at %2 (every lead rescored): the pages show it now.");
    else if (change.what == ServerChanges::modelSaved)
        text = tr("%1 saved a scoring model version at %2.");
    if (draftKept)
        text += tr(" Your draft's edits are kept, beside the new model.");
    return text.arg(change.by, when);
}

// A listener made for a workspace no longer watched (stopped, or another one opened
// meanwhile) is let go here.
void TeamWorkspaceWatch::connected()
{
    const Listening listening = m_connecting.result();
    if (m_address.isEmpty() || listening->address != m_address)
        return;
    if (!listening->listener) {
        m_address.clear();
        Q_EMIT lost(listening->listener.error());
        return;
    }
    m_listener = std::make_unique<ServerChangeListener>(std::move(listening->listener.value()));
    m_notifier = new QSocketNotifier(qintptr(m_listener->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TeamWorkspaceWatch::readNotices);
}

void TeamWorkspaceWatch::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_listener.reset();
    m_quiet.stop();
    m_latest = {};
    m_address.clear();
}

void TeamWorkspaceWatch::readNotices()
{
    auto changes = m_listener->take();
    if (!changes) {
        const Error error = changes.error();
        stop();
        Q_EMIT lost(error);
        return;
    }
    if (changes->empty())
        return;
    // An activation in a burst is what the window must follow (its rule editor), whatever
    // came after; an import (or its undo) says more than the rescore that follows it.
    const auto rank = [](const QString &what) {
        return what == ServerChanges::modelActivated                                  ? 2
               : what == ServerChanges::import || what == ServerChanges::importUndone ? 1
                                                                                      : 0;
    };
    for (const ServerChange &change : *changes)
        if (m_latest.what.isEmpty() || rank(change.what) >= rank(m_latest.what))
            m_latest = change;
    m_quiet.start();
}

} // namespace LeadStage

namespace LeadStage {

// On its own read-only connection, as the window's pages read.
void TeamWorkspaceWatch::readSummary()
{
    if (m_reading.isRunning()) {
        m_quiet.start(); // read again once this one is done
        return;
    }
    m_reading.setFuture(BackgroundJobs::run([address = m_address]() -> Reading {
        auto workspace = Workspace::open(address, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        if (!workspace)
            return {address, workspace.error()};
        return {address, WorkspaceSummary::read(**workspace)};
    }));
}

} // namespace LeadStage
