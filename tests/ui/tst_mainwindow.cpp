#include "AppSettings.h"
#include "Application.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "WindowSession.h"
#include "common/TaskProgressDialog.h"
#include "dashboard/DashboardEngine.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoWorkspace.h"
#include "explorer/LeadExplorer.h"
#include "store/ScoreStatus.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "workspace/WorkspaceOpener.h"
#include "workspace/WorkspaceOverview.h"
#include "workspace/WorkspaceTabs.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

QString makeDemoWorkspace(const QTemporaryDir &dir, const QString &name, int leads)
{
    // Generated and scored with the default model, as the app's own demo is.
    const QString path = dir.filePath(name);
    DemoOptions options;
    options.leads = leads;
    if (!createDemoWorkspace(path, options, nullptr))
        qFatal("demo generation failed");
    return path;
}

using LeadStage::Testing::saveScreenshot;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
    }

    void opensAWorkspaceWithTitleAndCounts()
    {
        const QString path = makeDemoWorkspace(m_dir, u"Pipeline 2025.leadstage"_qs, 800);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(path);
        QVERIFY(opened.wait(20000));
        QCOMPARE(window.windowTitle(), u"Pipeline 2025[*] — LeadStage"_qs);
        QVERIFY2(window.statusText().startsWith(u"800 leads · "_qs), qPrintable(window.statusText()));
        QVERIFY(window.statusText().contains(u" events · "_qs));
        QVERIFY(window.statusText().contains(u"events 2024-"_qs));
        QCOMPARE(AppSettings::recentWorkspaces().get().value(0), QDir::cleanPath(path));
        QCOMPARE(AppSettings::lastWorkspace().get(), QDir::cleanPath(path));
        saveScreenshot(window, u"mainwindow.png"_qs);

        window.closeWorkspace();
        QCOMPARE(window.windowTitle(), u"LeadStage"_qs);
        QVERIFY(window.statusText().isEmpty());
        QVERIFY(window.workspace() == nullptr);
        saveScreenshot(window, u"welcome.png"_qs);
    }

    void drillsDownFromTheDashboardToTheLeadsBehindABar()
    {
        const QString path = makeDemoWorkspace(m_dir, u"drill.leadstage"_qs, 1500);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(path);
        QVERIFY(opened.wait(20000));
        WorkspaceTabs *tabs = window.workspaceTabs();
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(tabs->dashboard()));
        QTRY_VERIFY_WITH_TIMEOUT(tabs->dashboard()->result() && !tabs->dashboard()->isBusy(), 20000);
        QVERIFY(tabs->dashboard()->noticeText().isEmpty());
        saveScreenshot(window, u"mainwindow-dashboard.png"_qs);

        const FunnelReport &report = tabs->dashboard()->result()->report;
        const int bar = int(report.generation.size()) - 2;
        QVERIFY(bar >= 0);
        const int iqls = report.generation[std::size_t(bar)].iqls;
        QVERIFY(iqls > 0);
        tabs->dashboard()->openLeads(
            [&] {
                MetricCell cell;
                cell.measure = MetricCell::Measure::Iqls;
                cell.period = report.generation[std::size_t(bar)].period;
                return cell;
            }(),
            u"IQLs of "_qs + report.generation[std::size_t(bar)].period.label());
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(tabs->explorer()));
        QTRY_VERIFY_WITH_TIMEOUT(!tabs->explorer()->isBusy(), 20000);
        QCOMPARE(tabs->explorer()->rowCount(), iqls);

        // The View menu's shortcuts switch pages.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(tabs->dashboard()));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(tabs->overview()));

        // Closing lets go of the file: the workspace can be opened for writing again.
        // The pages close their connections on their own threads: wait until they have.
        window.closeWorkspace();
        QString refusal;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         auto reopened = Workspace::open(path, {});
                         refusal = reopened ? QString() : reopened.error().toString();
                         return reopened.ok();
                     },
                     20000),
                 qPrintable(refusal));
    }

    void anEmptyWorkspaceSaysHowToFillIt()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.createWorkspace(m_dir.filePath(u"empty.leadstage"_qs));
        QVERIFY(opened.wait(20000));
        DashboardView *dashboard = window.workspaceTabs()->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->result() && !dashboard->isBusy(), 20000);
        QVERIFY2(dashboard->noticeText().contains(u"holds no leads yet"_qs), qPrintable(dashboard->noticeText()));
        QVERIFY(dashboard->noticeText().contains(u"File → Import"_qs));
        saveScreenshot(window, u"mainwindow-empty.png"_qs);
    }

    void explainsAFileItCannotOpen()
    {
        const QString path = m_dir.filePath(u"notes.leadstage"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a workspace\n");
        file.close();
        MainWindow window;
        window.show();
        QSignalSpy failed(&window, &MainWindow::workspaceFailed);
        window.openWorkspace(path);
        QVERIFY(failed.wait(10000));
        auto *message = window.findChild<QMessageBox *>(u"problemMessage"_qs);
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"notes.leadstage"_qs));
        QVERIFY(message->text().contains(u"not an SQLite database"_qs));
        QVERIFY(!message->informativeText().isEmpty());
        QCOMPARE(window.windowTitle(), u"LeadStage"_qs);
    }

    void forgetsARecentWorkspaceThatIsGone()
    {
        const QString path = makeDemoWorkspace(m_dir, u"moved.leadstage"_qs, 50);
        AppSettings::addRecentWorkspace(path);
        QFile::remove(path);
        MainWindow window;
        window.show();
        QSignalSpy failed(&window, &MainWindow::workspaceFailed);
        window.openWorkspace(path);
        QVERIFY(failed.wait(10000));
        QVERIFY(!AppSettings::recentWorkspaces().get().contains(QDir::cleanPath(path)));
        auto *message = window.findChild<QMessageBox *>(u"problemMessage"_qs);
        QVERIFY(message && message->text().contains(u"does not exist"_qs));
    }

    void firstStartGeneratesTheDemoWorkspace()
    {
        const QString path = m_dir.filePath(u"data/Demo.leadstage"_qs);
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        DemoOptions options;
        options.leads = 3000;
        window.createDemoWorkspace(path, options);
        QVERIFY(opened.wait(60000));
        QVERIFY(QFile::exists(path));
        QCOMPARE(window.windowTitle(), u"Demo[*] — LeadStage"_qs);
        QVERIFY2(window.statusText().startsWith(u"3,000 leads"_qs), qPrintable(window.statusText()));
        // The demo comes scored with the default model.
        auto scored = window.workspace()->database().prepare("SELECT count(*) FROM lead_state");
        QVERIFY(scored->step().value());
        QCOMPARE(scored->int64(0), 3000);
    }

    void cancellingTheDemoLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"cancelled/Demo.leadstage"_qs);
        MainWindow window;
        window.show();
        DemoOptions options;
        options.leads = 2'000'000;
        window.createDemoWorkspace(path, options);
        auto *dialog = window.findChild<TaskProgressDialog *>();
        QVERIFY(dialog);
        // After half a second the dialog knows the rate and the time left.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->detailText().contains(u"leads/s"_qs), 20000);
        QVERIFY(dialog->detailText().contains(u"s left"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->value() > 0, 20000);
        auto *cancelButton = dialog->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"cancelled"_qs), 20000);
        qInfo("cancel took %lld ms", clock.elapsed());
        QVERIFY(window.findChild<QMessageBox *>(u"problemMessage"_qs) == nullptr);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u"-wal"_qs));
        QVERIFY(window.workspace() == nullptr);
    }

    void opensAWorkspaceDroppedOnTheWindow()
    {
        const QString path = makeDemoWorkspace(m_dir, u"dropped.leadstage"_qs, 100);
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.windowTitle(), u"dropped[*] — LeadStage"_qs);
    }

    void afterAnUnexpectedEndTheLastWorkspaceIsOffered_data()
    {
        QTest::addColumn<QString>("earlier"); // what an earlier window left in sessions/
        QTest::addColumn<bool>("offered");
        QTest::newRow("orderly end: reopened") << QString() << false;
        QTest::newRow("crash or kill: offered, not reopened") << u"dead"_qs << true;
        QTest::newRow("another window still running: reopened") << u"live"_qs << false;
    }

    void afterAnUnexpectedEndTheLastWorkspaceIsOffered()
    {
        QFETCH(QString, earlier);
        QFETCH(bool, offered);
        const QString path =
            makeDemoWorkspace(m_dir, u"%1.leadstage"_qs.arg(earlier.isEmpty() ? u"closed"_qs : earlier), 50);
        AppSettings::lastWorkspace().set(path);
        QDir sessions(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"sessions"_qs));
        sessions.removeRecursively();
        QVERIFY(sessions.mkpath(u"."_qs));
        std::optional<QLockFile> otherWindow;
        if (earlier == u"dead"_qs) {
            // The lock a killed window leaves: its process is gone.
            QProcess gone;
            gone.start(u"true"_qs, {});
            QVERIFY(gone.waitForStarted());
            const qint64 pid = gone.processId();
            QVERIFY(gone.waitForFinished());
            QFile lock(sessions.filePath(u"window-%1.lock"_qs.arg(pid)));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QByteArray::number(pid) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
                       + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
                       + QSysInfo::bootUniqueId() + '\n');
        } else if (earlier == u"live"_qs) {
            otherWindow.emplace(sessions.filePath(u"window-other.lock"_qs));
            QVERIFY(otherWindow->tryLock(0));
        }
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        Application::startWindow(window, QString());
        if (!offered) {
            QVERIFY(opened.wait(20000));
            QVERIFY(!window.findChild<QMessageBox *>(u"unexpectedEndMessage"_qs));
        } else {
            auto *box = window.findChild<QMessageBox *>(u"unexpectedEndMessage"_qs);
            QVERIFY(box && box->isVisible());
            QVERIFY2(box->text().contains(u"“dead”"_qs), qPrintable(box->text()));
            saveScreenshot(*box, u"unexpected-end.png"_qs);
            QVERIFY(!window.findChild<WorkspaceOpener *>()->isBusy()); // nothing opens unasked
            QCOMPARE(window.workspace(), nullptr);
            box->findChild<QPushButton *>(u"reopenWorkspace"_qs)->click();
            QVERIFY(opened.wait(20000));
        }
        QCOMPARE(opened.first().first().toString(), path);
        // This window's own mark is there while it runs and gone after its orderly end.
        QCOMPARE(sessions.entryList({u"window-*.lock"_qs}, QDir::Files).size(), earlier == u"live"_qs ? 2 : 1);
        window.closeWorkspace();
        WindowSession::end();
        QCOMPARE(sessions.entryList({u"window-*.lock"_qs}, QDir::Files).size(), earlier == u"live"_qs ? 1 : 0);
    }

    void staleScoresAreRescoredOnOpening()
    {
        const QString path = makeDemoWorkspace(m_dir, u"stale.leadstage"_qs, 300);
        {
            auto workspace = Workspace::open(path, {});
            QVERIFY(workspace.ok());
            QVERIFY(ScoreStatus::markStale((*workspace)->database(), ScoreStatus::importReason).ok());
            QVERIFY((*workspace)->database().exec("DELETE FROM lead_state WHERE lead_id % 2 = 0").ok());
        }
        // The dashboard reads the file on its own: stale scores give a sentence, not numbers.
        DashboardEngine engine;
        QSignalSpy refused(&engine, &DashboardEngine::failed);
        engine.load(path);
        QVERIFY(refused.wait(20000));
        QVERIFY2(refused.first().first().toString().contains(u"scores are out of date"_qs),
                 qPrintable(refused.first().first().toString()));

        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(path);
        QVERIFY(opened.wait(30000));
        auto *notes = window.findChild<QMessageBox *>(u"openNotesMessage"_qs);
        QVERIFY(notes && notes->isVisible());
        QVERIFY2(notes->informativeText().contains(u"Every lead has been rescored."_qs),
                 qPrintable(notes->informativeText()));
        saveScreenshot(*notes, u"open-notes.png"_qs);
        auto stale = ScoreStatus::read(window.workspace()->database());
        QVERIFY(stale.ok() && !stale->has_value());
        auto unscored = window.workspace()->database().prepare(
            "SELECT count(*) FROM leads WHERE id NOT IN (SELECT lead_id FROM lead_state)");
        QVERIFY(unscored && *unscored->step());
        QCOMPARE(unscored->int64(0), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.workspaceTabs()->dashboard()->result(), 30000);
        window.closeWorkspace();
    }

    void remembersTheWindowGeometry()
    {
        {
            MainWindow window;
            window.show();
            window.resize(1111, 666);
            QTRY_COMPARE(window.size(), QSize(1111, 666));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1111, 666));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
