#include "MainWindow.h"

#include "AppSettings.h"
#include "common/BackingStoreWarmup.h"
#include "common/DisplayFormat.h"
#include "common/TaskProgressDialog.h"
#include "common/TimeFormat.h"
#include "common/WorkspaceLabel.h"
#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"
#include "demo/DemoGenerator.h"
#include "importwizard/ImportWizard.h"
#include "report/ReportExportDialog.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "shell/AboutDialog.h"
#include "shell/PreferencesDialog.h"
#include "shell/ShortcutList.h"
#include "shell/ShortcutsDialog.h"
#include "shell/UserGuide.h"
#include "shell/WindowWording.h"
#include "store/Workspace.h"
#include "workspace/DemoWorkspaceJob.h"
#include "workspace/TeamWorkspaceDialog.h"
#include "workspace/TeamWorkspaceWatch.h"
#include "workspace/WelcomePage.h"
#include "workspace/WorkspaceChange.h"
#include "workspace/WorkspaceOpener.h"
#include "workspace/WorkspaceOverview.h"
#include "workspace/WorkspaceTabs.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <array>
#include <memory>

namespace LeadStage {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_opener(new WorkspaceOpener(this))
    , m_demoJob(new DemoWorkspaceJob(this))
    , m_teamWatch(new TeamWorkspaceWatch(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_tabs(new WorkspaceTabs(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"MainWindow"_qs);
    setAcceptDrops(true);
    leaveThreadsForPainting();
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_status);
    createActions();

    connect(m_tabs, &WorkspaceTabs::importUndone, this, &MainWindow::showSummary);
    connect(m_tabs->modelEditor(), &ModelEditorPage::unsavedChangesChanged, this, &QWidget::setWindowModified);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::chooseNewWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspaceToOpen);
    connect(m_welcome, &WelcomePage::teamRequested, this, &MainWindow::chooseTeamWorkspace);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openWorkspace);
    connect(m_opener, &WorkspaceOpener::checked, this, &MainWindow::showDashboardFirst);
    connect(m_teamWatch, &TeamWorkspaceWatch::changed, this, &MainWindow::showTeamChange);
    connect(m_teamWatch, &TeamWorkspaceWatch::lost, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Other analysts' changes to this team workspace are no longer shown as they "
                                    "commit (%1). Open it again to see them.")
                                     .arg(forWindow(error).what));
    });
    connect(m_opener, &WorkspaceOpener::opened, this, &MainWindow::showWorkspace);
    connect(m_opener, &WorkspaceOpener::rescoreStarted, this, &MainWindow::showRescoreProgress);
    connect(m_opener, &WorkspaceOpener::rescoreProgressed, this, [this](qint64 done, qint64 total) {
        if (m_rescoreProgress)
            m_rescoreProgress->setProgress(done, total);
    });
    connect(m_opener, &WorkspaceOpener::failed, this, [this](const QString &path, const Error &error) {
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
        if (m_rescoreProgress)
            m_rescoreProgress->deleteLater();
        m_rescoreProgress = nullptr;
        if (!m_workspace && m_tabs->dashboard()->workspacePath() == path) {
            // The dashboard was shown first, then counting what the file holds failed.
            m_tabs->clear();
            m_pages->setCurrentWidget(m_welcome);
        }
        if (!Workspace::isServerAddress(path) && !QFileInfo::exists(path)) {
            // A recent workspace that was moved or deleted: stop offering it.
            AppSettings::removeRecentWorkspace(path);
            updateRecentMenu();
        }
        showProblem(tr("Cannot open the workspace"), error);
        Q_EMIT workspaceFailed(error);
    });
    connect(m_demoJob, &DemoWorkspaceJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_demoProgress)
            m_demoProgress->setProgress(done, total);
    });
    connect(m_demoJob, &DemoWorkspaceJob::finished, this, [this](const QString &path, const Error &error) {
        if (m_demoProgress)
            m_demoProgress->deleteLater();
        m_demoProgress = nullptr;
        if (error.what.isEmpty())
            openWorkspace(path);
        else if (m_demoJob->wasCancelled())
            statusBar()->showMessage(tr("The demo workspace was not created: cancelled."), 10000);
        else
            showProblem(tr("The demo workspace was not created"), error);
    });

    if (!restoreGeometry(AppSettings::mainWindowGeometry().get()))
        resize(1280, 800);
    restoreState(AppSettings::mainWindowState().get());
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow() = default;

// Qt 6.4 paints large areas (a scroll bar's groove, a big fill) on threads of the global
// pool and waits for them on the GUI thread. The window's long jobs run on a pool of their
// own (BackgroundJobs); a job that reaches the global pool anyway (a library's) must
// still never make a paint wait seconds for a free thread, as it once did.
void MainWindow::leaveThreadsForPainting()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->setMaxThreadCount(std::max(pool->maxThreadCount(), 32));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::chooseNewWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create an empty workspace file"));
    QAction *openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a .leadstage workspace file"));
    QAction *teamAction = file->addAction(tr("Open &Team Workspace…"), this, &MainWindow::chooseTeamWorkspace);
    teamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    teamAction->setStatusTip(tr("Open a workspace that a team shares on a PostgreSQL server"));
    teamAction->setObjectName(u"openTeamWorkspace"_qs);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true); // each entry's full path
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import…"), this, [this] { importFiles(); });
    importAction->setObjectName(u"importFiles"_qs);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Import CSV exports of leads, events or outcomes (or drop them on the window)"));
    m_workspaceActions.append(importAction);
    m_importAction = importAction;
    QAction *reportAction = file->addAction(tr("Export &Quarterly Report…"), this, &MainWindow::exportQuarterlyReport);
    reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reportAction->setStatusTip(tr("Write the quarter's funnel report as PDF, Excel, HTML or CSV"));
    reportAction->setObjectName(u"exportQuarterlyReport"_qs);
    m_workspaceActions.append(reportAction);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Workspace"), this, &MainWindow::closeWorkspace);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Platforms without a standard quit key (Windows, bare X11) get Ctrl+Q too.
    quitAction->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                       : QKeySequence(QKeySequence::Quit));
    quitAction->setMenuRole(QAction::QuitRole);

    // Undo and redo belong to the scoring-model draft, the one thing edited in place.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *undo = m_tabs->modelEditor()->draft()->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undoAction->setObjectName(u"undoAction"_qs);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redoAction->setObjectName(u"redoAction"_qs);
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    QAction *history = m_tabs->modelEditor()->versionHistoryAction();
    connect(history, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_tabs->modelEditor()); });
    edit->addAction(history);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"preferencesAction"_qs);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Language, dates, theme and the analysis date a workspace opens at"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, QKeySequence>> pages = {{tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_1)},
                                                       {tr("&Leads"), QKeySequence(Qt::CTRL | Qt::Key_2)},
                                                       {tr("&Workspace"), QKeySequence(Qt::CTRL | Qt::Key_3)},
                                                       {tr("Scoring &Model"), QKeySequence(Qt::CTRL | Qt::Key_4)}};
    for (int page = 0; page < pages.size(); ++page) {
        QAction *action = view->addAction(pages[page].first, this, [this, page] { m_tabs->setCurrentIndex(page); });
        action->setShortcut(pages[page].second);
        m_workspaceActions.append(action);
    }
    view->addSeparator();
    QAction *evaluate = m_tabs->modelEditor()->evaluateAction();
    connect(evaluate, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_tabs->modelEditor()); });
    view->addAction(evaluate);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_qs);
    QAction *guide = help->addAction(tr("LeadStage &User Guide"), this, &MainWindow::openUserGuide);
    guide->setObjectName(u"userGuideAction"_qs);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("Open the user guide in your web browser"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_qs);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    shortcuts->setStatusTip(tr("Every key LeadStage answers to"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About LeadStage"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_qs);
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Version, licence and the libraries LeadStage is built on"));

    createToolBar(
        {openAction, importAction, reportAction, nullptr, m_tabs->modelEditor()->versionHistoryAction(), evaluate});
    view->addSeparator();
    view->addAction(m_toolBar->toggleViewAction());
}

namespace {

// A tool button's tooltip names its keys: "Import… (Ctrl+I)".
QString toolTipWithKeys(const QAction *action)
{
    QString tip = withoutMnemonic(action->text());
    if (!action->shortcut().isEmpty())
        tip += u" (%1)"_qs.arg(action->shortcut().toString(QKeySequence::NativeText));
    return tip;
}

} // namespace

void MainWindow::createToolBar(const QList<QAction *> &actions)
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_qs);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    // Theme icons where the desktop has them, the style's own otherwise (offscreen, Windows).
    const QList<QPair<QString, QStyle::StandardPixmap>> icons = {
        {u"document-open"_qs, QStyle::SP_DialogOpenButton},
        {u"document-import"_qs, QStyle::SP_ArrowDown},
        {u"document-export"_qs, QStyle::SP_DialogSaveButton},
        {u"document-open-recent"_qs, QStyle::SP_BrowserReload},
        {u"view-statistics"_qs, QStyle::SP_FileDialogContentsView}};
    int next = 0;
    for (QAction *action : actions) {
        if (!action) {
            m_toolBar->addSeparator();
            continue;
        }
        if (action->icon().isNull() && next < icons.size())
            action->setIcon(QIcon::fromTheme(icons[next].first, style()->standardIcon(icons[next].second)));
        ++next;
        // The menus keep their mnemonics; a tool button shows the plain words and its keys.
        action->setIconText(withoutMnemonic(action->text()).remove(u'…'));
        action->setToolTip(toolTipWithKeys(action));
        m_toolBar->addAction(action);
    }
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openUserGuide()
{
    if (const Status opened = UserGuide::open(); !opened)
        showProblem(tr("The user guide did not open"), opened.error());
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::analysisDateChanged, this, [this] {
        // A fixed date takes effect by opening the workspace again: it is rescored at that date.
        // A team workspace's date is the team's: opening it again would change nothing.
        if (m_workspace && !m_workspace->isOnServer() && fixedAnalysisDate())
            openWorkspace(m_workspace->path());
    });
    dialog->open();
}

std::optional<std::int64_t> MainWindow::fixedAnalysisDate()
{
    const QDate date = QDate::fromString(AppSettings::analysisDate().get(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    // A date means the end of that day in UTC, as everywhere an analysis date is typed.
    return QDateTime(date, QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = AppSettings::recentWorkspaces().get();
    m_recentMenu->clear();
    int index = 1;
    for (const QString &path : recent) {
        const QString label = (index < 10 ? u"&%1  "_qs.arg(index) : QString()) + WorkspaceLabel::shortName(path);
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openWorkspace(path); });
        action->setStatusTip(WorkspaceLabel::location(path));
        action->setToolTip(WorkspaceLabel::location(path));
        ++index;
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the List"), this, [this] {
            AppSettings::recentWorkspaces().clear();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentWorkspaces(recent);
}

void MainWindow::openWorkspace(const QString &path)
{
    if (m_opener->isBusy() || m_demoJob->isRunning())
        return;
    if (Workspace::isServerAddress(path)) {
        // Logged in first, asking for a password only if the server wants one: every page
        // then opens its own connections without asking.
        teamDialog(path)->checkQuietly();
        return;
    }
    openLoggedIn(path);
}

// Another analyst's change committed: every page reads the workspace again.
void MainWindow::showTeamChange(const ServerChange &change, const WorkspaceSummary &summary)
{
    if (!m_workspace)
        return;
    showSummary(summary);
    m_tabs->refresh(summary);
    const bool draftKept = change.what == ServerChanges::modelActivated && !m_tabs->modelEditor()->followActiveModel();
    statusBar()->showMessage(TeamWorkspaceWatch::describe(change, draftKept), 30000);
}

void MainWindow::chooseTeamWorkspace()
{
    teamDialog(QString())->open();
}

TeamWorkspaceDialog *MainWindow::teamDialog(const QString &address)
{
    auto *dialog = new TeamWorkspaceDialog(address, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamWorkspaceDialog::loggedIn, this, &MainWindow::openLoggedIn);
    return dialog;
}

void MainWindow::openLoggedIn(const QString &path)
{
    if (m_opener->isBusy() || m_demoJob->isRunning())
        return;
    if (m_workspace && !m_tabs->modelEditor()->confirmClose([this, path] { openWorkspace(path); }))
        return;
    // Opening the open workspace again reads it anew; its lock must go first, or the
    // window would be refused by itself.
    if (m_workspace && WorkspaceLabel::settingsKey(m_workspace->path()) == WorkspaceLabel::settingsKey(path))
        releaseWorkspace();
    statusBar()->showMessage(tr("Opening %1…").arg(WorkspaceLabel::location(path)));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_opener->open(path, false, fixedAnalysisDate());
}

void MainWindow::createWorkspace(const QString &path)
{
    if (m_opener->isBusy() || m_demoJob->isRunning())
        return;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_opener->open(path, true);
}

void MainWindow::createDemoWorkspace(const QString &path)
{
    createDemoWorkspace(path, DemoOptions{});
}

void MainWindow::createDemoWorkspace(const QString &path, const DemoOptions &options)
{
    m_demoProgress = new TaskProgressDialog(tr("Creating the demo workspace"), tr("leads"), this);
    connect(m_demoProgress, &QProgressDialog::canceled, m_demoJob, &DemoWorkspaceJob::cancel);
    m_demoProgress->setProgress(0, options.leads);
    m_demoJob->start(path, options);
}

// The file passed its checks: the dashboard reads it on its own connections at once.
// Counting what the file holds (which reads every event) and the other pages wait for
// the dashboard's first numbers, so that they do not take the two cores from it.
void MainWindow::showDashboardFirst(const QString &path)
{
    if (m_workspace)
        releaseWorkspace(); // the one open so far: the new one opens in its place
    DashboardView *dashboard = m_tabs->dashboard();
    auto connections = std::make_shared<std::array<QMetaObject::Connection, 2>>();
    const auto next = [this, connections] {
        for (const QMetaObject::Connection &connection : *connections)
            disconnect(connection);
        m_opener->summarise();
    };
    (*connections)[0] = connect(dashboard, &DashboardView::ready, this, next);
    (*connections)[1] = connect(dashboard, &DashboardView::loadFailed, this, next);
    dashboard->setWorkspacePath(path);
    m_pages->setCurrentWidget(m_tabs);
}

void MainWindow::showWorkspace(std::shared_ptr<Workspace> workspace, const WorkspaceSummary &summary,
                               const QStringList &notes)
{
    if (m_rescoreProgress)
        m_rescoreProgress->deleteLater();
    m_rescoreProgress = nullptr;
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    m_workspace = std::move(workspace);
    AppSettings::addRecentWorkspace(m_workspace->path());
    AppSettings::lastWorkspace().set(m_workspace->path());
    if (!m_workspace->isOnServer())
        AppSettings::lastWorkspaceFolder().set(QFileInfo(m_workspace->path()).absolutePath());
    updateRecentMenu();

    showSummary(summary);
    m_tabs->overview()->setWorkspace(m_workspace);
    m_tabs->showWorkspace(m_workspace->name(), m_workspace->path(), summary);
    m_tabs->modelEditor()->setWorkspace(m_workspace);
    m_pages->setCurrentWidget(m_tabs);
    m_teamWatch->watch(m_workspace->path()); // a file: nothing to listen for
    updateTitle();
    showOpenNotes(notes);
    Q_EMIT workspaceOpened(m_workspace->path());
}

void MainWindow::showOpenNotes(const QStringList &notes)
{
    if (notes.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Workspace checked on opening"),
                                tr("While opening “%1”:").arg(m_workspace->name()), QMessageBox::Ok, this);
    box->setObjectName(u"openNotesMessage"_qs);
    box->setInformativeText(notes.join(u"\n\n"_qs));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showRescoreProgress(const QString &why)
{
    QApplication::restoreOverrideCursor();
    m_rescoreProgress = new TaskProgressDialog(tr("Bringing the scores up to date"), tr("leads"), this);
    m_rescoreProgress->setObjectName(u"rescoreOnOpenProgress"_qs);
    m_rescoreProgress->setExplanation(tr("%1.\nEvery lead is rescored before the workspace opens; Cancel opens it "
                                         "with the scores left as they are.")
                                          .arg(why));
    connect(m_rescoreProgress, &QProgressDialog::canceled, m_opener, &WorkspaceOpener::cancelRescore);
}

void MainWindow::showSummary(const WorkspaceSummary &summary)
{
    QString status =
        tr("%1 · %2 · %3")
            .arg(DisplayFormat::leads(summary.rows(u"leads"_qs)), DisplayFormat::events(summary.rows(u"events"_qs)),
                 DisplayFormat::outcomes(summary.rows(u"outcomes"_qs)));
    if (summary.lastEventAt)
        status +=
            tr(" · events %1 – %2")
                .arg(DisplayFormat::dateOfUtc(*summary.firstEventAt), DisplayFormat::dateOfUtc(*summary.lastEventAt));
    m_status->setText(status);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_workspace) {
        statusBar()->showMessage(tr("Open or create a workspace first, then import the files into it."), 10000);
        return;
    }
    if (!WorkspaceChange::isPossible(*m_workspace)) {
        statusBar()->showMessage(m_importAction->toolTip(), 15000);
        return;
    }
    auto *wizard = new ImportWizard(m_workspace, paths, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::imported, this, [this](const WorkspaceSummary &summary) {
        showSummary(summary);
        m_tabs->refresh(summary);
    });
    // Shown two turns of the event loop later: building its eight pages (7 ms), its
    // backing store's first fill (7–10 ms of page faults) and showing and painting it
    // (10 ms) in one go held the window past a frame. 1 ms timers, not 0: Qt turns a 0 ms
    // single shot into a posted call, run in the same pass as this one.
    QTimer::singleShot(1, wizard, [wizard] {
        warmBackingStore(*wizard);
        QTimer::singleShot(1, wizard, &QDialog::open);
    });
}

void MainWindow::closeWorkspace()
{
    if (!m_tabs->modelEditor()->confirmClose([this] { closeWorkspace(); }))
        return;
    releaseWorkspace();
}

void MainWindow::releaseWorkspace()
{
    m_teamWatch->stop();
    m_tabs->clear();
    m_workspace.reset();
    AppSettings::lastWorkspace().clear();
    m_status->clear();
    m_pages->setCurrentWidget(m_welcome);
    updateTitle();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateTitle()
{
    // "[*]" is where the modified mark goes: the scoring model's draft has unsaved edits.
    if (!m_workspace)
        setWindowTitle(tr("LeadStage"));
    else if (m_workspace->isOnServer())
        setWindowTitle(tr("%1[*] (team workspace) — LeadStage").arg(m_workspace->name()));
    else
        setWindowTitle(tr("%1[*] — LeadStage").arg(m_workspace->name()));
    setWindowModified(m_workspace && m_tabs->modelEditor()->hasUnsavedChanges());
    m_closeAction->setEnabled(m_workspace != nullptr);
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(m_workspace != nullptr);
    // A team workspace is read here and imported into through a writer of the import's
    // own, if the user's role may change it.
    const bool mayImport = m_workspace && WorkspaceChange::isPossible(*m_workspace);
    m_importAction->setEnabled(mayImport);
    if (m_workspace && !mayImport && m_workspace->isOnServer())
        m_importAction->setToolTip(tr("Your role only reads this team workspace: importing takes its analyst role. "
                                      "Ask an owner of the workspace to make you an analyst (%1)")
                                       .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
    else if (m_workspace && !mayImport)
        m_importAction->setToolTip(tr("This workspace is open read-only: open it for writing to import (%1)")
                                       .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
    else
        m_importAction->setToolTip(toolTipWithKeys(m_importAction));
}

void MainWindow::offerAfterUnexpectedEnd(const QString &path)
{
    statusBar()->showMessage(tr("LeadStage did not close properly last time."));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("LeadStage did not close properly"),
                                tr("LeadStage ended without closing while “%1” was open, so it was not "
                                   "reopened on its own.")
                                    .arg(WorkspaceLabel::shortName(path)),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"unexpectedEndMessage"_qs);
    box->setInformativeText(tr("Opening it checks the file and undoes any change that was not finished. "
                               "Open it now, or choose another workspace."));
    box->setDetailedText(WorkspaceLabel::location(path));
    QPushButton *open = box->addButton(tr("Open “%1”").arg(WorkspaceLabel::shortName(path)), QMessageBox::AcceptRole);
    open->setObjectName(u"reopenWorkspace"_qs);
    box->addButton(tr("Not Now"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(open, &QPushButton::clicked, this, [this, path] { openWorkspace(path); });
    box->open();
}

void MainWindow::showProblem(const QString &title, const Error &error)
{
    // Window-modal and non-blocking: no nested event loop, and tests can read it.
    const Error shown = forWindow(error);
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                shown.where.isEmpty() ? shown.what : shown.where + u"\n\n"_qs + shown.what,
                                QMessageBox::Ok, this);
    box->setObjectName(u"problemMessage"_qs);
    box->setInformativeText(shown.hint);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseNewWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), AppSettings::lastWorkspaceFolder().get(),
                                                tr("LeadStage workspaces (*.leadstage)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".leadstage"_qs))
        path += u".leadstage"_qs;
    if (QFileInfo::exists(path)) {
        // The dialog asked about overwriting, but a workspace is never replaced silently.
        showProblem(tr("The workspace was not created"),
                    Error{tr("already exists"), path, 0, 0, tr("Open it with File → Open, or choose another name.")});
        return;
    }
    createWorkspace(path);
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), AppSettings::lastWorkspaceFolder().get(),
                                     tr("LeadStage workspaces (*.leadstage);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_tabs->modelEditor()->confirmClose([this] { close(); })) {
        event->ignore();
        return;
    }
    if (m_demoJob->isRunning())
        m_demoJob->cancel();
    AppSettings::mainWindowGeometry().set(saveGeometry());
    AppSettings::mainWindowState().set(saveState());
    event->accept();
}

namespace {

bool isWorkspaceFile(const QList<QUrl> &urls)
{
    return urls.size() == 1 && urls.first().isLocalFile() && urls.first().toLocalFile().endsWith(u".leadstage"_qs);
}

QStringList csvFiles(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (!url.isLocalFile() || !QStringList{u"csv"_qs, u"txt"_qs, u"tsv"_qs}.contains(suffix))
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (isWorkspaceFile(urls) || !csvFiles(urls).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (isWorkspaceFile(urls))
        openWorkspace(urls.first().toLocalFile());
    else if (const QStringList files = csvFiles(urls); !files.isEmpty())
        importFiles(files);
    else
        return;
    event->acceptProposedAction();
}

// The report takes the dashboard's filters as the analyst left them (not its dates).
void MainWindow::exportQuarterlyReport()
{
    if (!m_workspace)
        return;
    auto *dialog = new ReportExportDialog(m_workspace->path(), m_tabs->dashboard()->filterPanel()->filter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace LeadStage
