#pragma once

#include "common/Error.h"
#include "store/WorkspaceSummary.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

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
    };

    explicit WorkspaceOpener(QObject *parent = nullptr);
    ~WorkspaceOpener() override;

    void open(const QString &path, bool createIfMissing);
    bool isBusy() const;

Q_SIGNALS:
    void opened(std::shared_ptr<LeadStage::Workspace> workspace, const LeadStage::WorkspaceSummary &summary);
    void failed(const QString &path, const LeadStage::Error &error);

private:
    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
};

} // namespace LeadStage
