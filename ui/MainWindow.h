#pragma once

#include "common/Error.h"
#include "store/WorkspaceSummary.h"

#include <QMainWindow>

#include <cstdint>
#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace LeadStage {

class DemoWorkspaceJob;
class TeamWorkspaceDialog;
class TeamWorkspaceWatch;
struct ServerChange;
class TaskProgressDialog;
class WelcomePage;
class Workspace;
class WorkspaceOpener;
class WorkspaceTabs;
struct DemoOptions;

// The application window: workspace lifecycle (new, open, recent, close), the
// title and status bar, and remembered layout. Features live in their own widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openWorkspace(const QString &path);
    void createWorkspace(const QString &path);
    void createDemoWorkspace(const QString &path);
    void createDemoWorkspace(const QString &path, const DemoOptions &options);
    void closeWorkspace();
    // The last run ended while `path` was open: says so and opens it only when asked.
    void offerAfterUnexpectedEnd(const QString &path);
    // The import wizard on these CSV files (none: it asks for them); needs an open workspace.
    void importFiles(const QStringList &paths = {});
    // File → Export Quarterly Report…; needs an open workspace.
    void exportQuarterlyReport();

    Workspace *workspace() const { return m_workspace.get(); }
    QString statusText() const;
    WorkspaceTabs *workspaceTabs() const { return m_tabs; }

Q_SIGNALS:
    void workspaceOpened(const QString &path);
    void workspaceFailed(const LeadStage::Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static void leaveThreadsForPainting();
    void createActions();
    // The main toolbar: the frequent actions of the menus (nullptr: a separator).
    void createToolBar(const QList<QAction *> &actions);
    void showShortcuts();
    void showAbout();
    void openUserGuide();
    void showPreferences();
    // Preferences' fixed analysis date (end of that day, UTC), or nullopt for the workspace's own.
    static std::optional<std::int64_t> fixedAnalysisDate();
    void updateRecentMenu();
    void showDashboardFirst(const QString &path);
    void showWorkspace(std::shared_ptr<Workspace> workspace, const WorkspaceSummary &summary, const QStringList &notes);
    // What the open found and did (a dead run's lock, an undone write, a rescore).
    void showOpenNotes(const QStringList &notes);
    void showRescoreProgress(const QString &why);
    void showSummary(const WorkspaceSummary &summary);
    void showProblem(const QString &title, const Error &error);
    void chooseNewWorkspace();
    void chooseWorkspaceToOpen();
    void chooseTeamWorkspace();
    // The log-in for a team workspace at `address` (empty: the last one), which opens it.
    TeamWorkspaceDialog *teamDialog(const QString &address);
    void showTeamChange(const ServerChange &change, const WorkspaceSummary &summary);
    // Opens a file, or a server workspace once logged in to its server.
    void openLoggedIn(const QString &path);
    void updateTitle();
    // Closes the workspace without asking about unsaved edits.
    void releaseWorkspace();

    std::shared_ptr<Workspace> m_workspace;
    WorkspaceOpener *m_opener;
    DemoWorkspaceJob *m_demoJob;
    TeamWorkspaceWatch *m_teamWatch;
    TaskProgressDialog *m_demoProgress = nullptr;
    TaskProgressDialog *m_rescoreProgress = nullptr;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    WorkspaceTabs *m_tabs;
    QLabel *m_status;
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QList<QAction *> m_workspaceActions; // need an open workspace
};

} // namespace LeadStage
