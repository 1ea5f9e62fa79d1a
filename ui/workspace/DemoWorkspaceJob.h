#pragma once

#include "common/Error.h"
#include "common/Progress.h"
#include "demo/DemoGenerator.h"

#include <QFutureWatcher>
#include <QObject>

namespace LeadStage {

// Generates a demo workspace file off the GUI thread. Cancel really cancels: the
// transaction rolls back and the half-made file is removed.
class DemoWorkspaceJob : public QObject
{
    Q_OBJECT

public:
    explicit DemoWorkspaceJob(QObject *parent = nullptr);
    ~DemoWorkspaceJob() override;

    void start(const QString &path, const DemoOptions &options);
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_progress.cancelled(); }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // `error.what` is empty on success.
    void finished(const QString &path, const LeadStage::Error &error);

private:
    QFutureWatcher<Error> m_watcher;
    Progress m_progress;
    QString m_path;
};

} // namespace LeadStage
