// The window on a team workspace (issue 21): File → Open Team Workspace… logs in (asking
// for a password only when the server wants one, and keeping it in memory only), opens
// the workspace read-only with the numbers of the file it was copied from, remembers it
// among the recent workspaces, and says why import is off.
#include "TestServer.h"
#include "WizardSteps.h"

#include "AppSettings.h"
#include "Application.h"
#include "ExplorerWait.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "dashboard/DashboardEngine.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoWorkspace.h"
#include "explore/ExplorerColumn.h"
#include "explorer/ExplorerFilterBar.h"
#include "explorer/LeadExplorer.h"
#include "explorer/LeadTableModel.h"
#include "importwizard/ImportResultPage.h"
#include "importwizard/ImportValidationPage.h"
#include "importwizard/ImportWizard.h"
#include "report/ReportExportDialog.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "store/Workspace.h"
#include "store/postgres/ServerPasswords.h"
#include "workspace/ImportHistoryModel.h"
#include "workspace/ImportHistoryPanel.h"
#include "workspace/TeamWorkspaceDialog.h"
#include "workspace/TeamWorkspaceWatch.h"
#include "workspace/WorkspaceChange.h"
#include "workspace/WorkspaceOverview.h"
#include "workspace/WorkspaceTabs.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace LeadStage;
using LeadStage::Testing::clickNext;
using LeadStage::Testing::saveScreenshot;

namespace {

// What the dashboard shows, in numbers that must not move between the stores.
QString dashboardNumbers(MainWindow &window)
{
    DashboardView *dashboard = window.workspaceTabs()->dashboard();
    if (!QTest::qWaitFor([&] { return dashboard->result() && !dashboard->isBusy(); }, 30000))
        return u"the dashboard did not finish"_qs;
    const FunnelSummary &summary = dashboard->result()->report.summary;
    QString text = u"leads %1 iqls %2 mature %3/%4 conversion %5 median %6 engagement %7 generation"_qs
                       .arg(dashboard->result()->report.selectedLeads)
                       .arg(summary.iqls)
                       .arg(summary.matureConverted)
                       .arg(summary.matureCohortSize)
                       .arg(summary.conversion.value_or(-1), 0, 'g', 17)
                       .arg(summary.medianDaysToMql.value_or(-1), 0, 'g', 17)
                       .arg(summary.engagementRate.value_or(-1), 0, 'g', 17);
    for (const auto &point : dashboard->result()->report.generation)
        text += u' ' + QString::number(point.iqls);
    return text;
}

// The explorer's first rows (every cell and the extra columns) under a search, a
// filter on an extra column and a sort: what the reads behind the leads page return.
QString explorerRows(LeadExplorer &explorer)
{
    const auto rows = [&](const QString &what) -> QString {
        if (!ExplorerWait::untilRows(explorer, 25))
            return what + u": did not settle\n"_qs;
        QString text = what + u": "_qs + QString::number(explorer.rowCount()) + u" rows\n"_qs;
        for (int row = 0; row < std::min(explorer.rowCount(), 25); ++row) {
            const LeadRow *lead = explorer.model()->rowAt(row);
            text += QString::number(lead->id);
            for (const QVariant &cell : lead->cells)
                text += u" | "_qs + cell.toString();
            text += u" | "_qs + QString::fromUtf8(QJsonDocument(lead->attributes).toJson(QJsonDocument::Compact));
            text += u'\n';
        }
        return text;
    };
    explorer.showAll();
    QString seen = rows(u"all"_qs);
    explorer.table()->sortByColumn(int(ExplorerColumn::Engagement), Qt::DescendingOrder);
    seen += rows(u"by engagement"_qs);
    // Typed text is asked for after the typing pause: changed() says it is over.
    const auto type = [&](QLineEdit *field, const QString &text) {
        QSignalSpy changed(explorer.filterBar(), &ExplorerFilterBar::changed);
        field->setText(text);
        return changed.count() > 0 || changed.wait(10000);
    };
    if (!type(explorer.filterBar()->searchField(), u"SO"_qs)) // any case, as the file's LIKE
        return seen + u"the search was not asked for"_qs;
    seen += rows(u"search SO"_qs);
    explorer.table()->sortByColumn(int(ExplorerColumn::Name), Qt::AscendingOrder);
    seen += rows(u"search SO by name"_qs);
    explorer.showAll();
    QComboBox *field = explorer.filterBar()->fieldBox();
    if (!QTest::qWaitFor([&] { return field->findData(u"tier"_qs) >= 0; }, 10000))
        return seen + u"no tier among the extra columns"_qs;
    field->setCurrentIndex(field->findData(u"tier"_qs));
    if (!type(explorer.filterBar()->fieldText(), u"GOLD"_qs))
        return seen + u"the extra-column filter was not asked for"_qs;
    seen += rows(u"tier contains GOLD"_qs);
    explorer.showAll();
    QComboBox *stage = explorer.filterBar()->stageBox();
    stage->setCurrentIndex(stage->findData(u"IQL"_qs));
    seen += rows(u"IQLs"_qs);
    QComboBox *source = explorer.filterBar()->sourceBox();
    if (!QTest::qWaitFor([&] { return source->count() > 1; }, 10000))
        return seen + u"no sources to filter by"_qs;
    source->setCurrentIndex(1);
    seen += rows(u"IQLs of "_qs + source->currentText());
    explorer.showAll();
    return seen;
}

// Opens `address` in `window` (1280×800, shown) as the recent list does; whether it opened.
bool openIn(MainWindow &window, const QString &address)
{
    window.resize(1280, 800);
    window.show();
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(address);
    return opened.wait(30000);
}

TeamWorkspaceDialog *teamDialog(MainWindow &window)
{
    TeamWorkspaceDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = window.findChild<TeamWorkspaceDialog *>();
            return dialog && dialog->isVisible();
        },
        10000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

} // namespace

class TestTeamWorkspaceWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QString m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
        m_file = m_dir.filePath(u"Team.leadstage"_qs);
        DemoOptions options;
        options.leads = 1500;
        QVERIFY(createDemoWorkspace(m_file, options, nullptr));
        // Three leads with an extra column (leads.attrs), for the filter on it.
        const QString extra = m_dir.filePath(u"tiers.csv"_qs);
        QFile csv(extra);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,created_at,company,tier\nana@example.com,2025-11-02,Acme,Gold\n"
                  "bo@example.org,2025-12-01,Initech,gold plus\ncy@example.net,2025-12-03,Umbrella,Silver\n");
        csv.close();
        QProcess import;
        import.start(QStringLiteral(LEADSTAGE_BINARY), {u"import"_qs, m_file, u"--leads"_qs, extra});
        QVERIFY(import.waitForFinished(120000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        m_schema = TestServer::schemaName(u"window"_qs);
        const QString failed = TestServer::copyToSchema(m_file, m_schema);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        TestServer::makePasswordRole({m_schema});
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
    }

    void opensATeamWorkspaceReadOnlyWithTheFilesNumbers()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(m_file);
        QVERIFY(opened.wait(30000));
        const QString fromFile = dashboardNumbers(window);
        const QString fileStatus = window.statusText();
        const QString fileRows = explorerRows(*window.workspaceTabs()->explorer());
        QVERIFY2(fileRows.contains(u"search SO: "_qs) && !fileRows.contains(u"search SO: 0 rows"_qs),
                 qPrintable(fileRows));
        QVERIFY2(fileRows.contains(u"tier contains GOLD: 2 rows"_qs), qPrintable(fileRows));
        QVERIFY2(fileRows.contains(u"IQLs: "_qs) && !fileRows.contains(u"IQLs: 0 rows"_qs), qPrintable(fileRows));
        window.closeWorkspace();

        const QString address = TestServer::address(m_schema);
        window.findChild<QAction *>(u"openTeamWorkspace"_qs)->trigger();
        TeamWorkspaceDialog *dialog = teamDialog(window);
        QVERIFY(dialog);
        dialog->findChild<QComboBox *>(u"teamAddress"_qs)->setCurrentText(address);
        QVERIFY(!dialog->findChild<QLineEdit *>(u"teamPassword"_qs)->isVisible()); // trusted: no password asked
        saveScreenshot(*dialog, u"team-workspace-dialog.png"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamOpen"_qs), Qt::LeftButton);
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.last().at(0).toString(), address);

        QVERIFY(window.workspace()->isOnServer());
        QVERIFY(window.workspace()->isReadOnly());
        QCOMPARE(window.windowTitle(), m_schema + u"[*] (team workspace) — LeadStage"_qs);
        QCOMPARE(window.statusText(), fileStatus);
        QCOMPARE(dashboardNumbers(window), fromFile);
        saveScreenshot(window, u"team-workspace-dashboard.png"_qs);

        // Import is on for a role that may change the workspace (importsFromTheWindow).
        QAction *import = window.findChild<QAction *>(u"importFiles"_qs);
        QVERIFY(import && import->isEnabled());
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

        WorkspaceTabs *tabs = window.workspaceTabs();
        tabs->setCurrentWidget(tabs->explorer());
        QTRY_VERIFY_WITH_TIMEOUT(!tabs->explorer()->isBusy() && tabs->explorer()->rowCount() > 0, 30000);
        QCOMPARE(tabs->explorer()->rowCount(), 1503);
        const QString serverRows = explorerRows(*tabs->explorer());
        if (serverRows != fileRows) { // the lines that differ, not the first 100 characters
            const QStringList server = serverRows.split(u'\n'), file = fileRows.split(u'\n');
            for (qsizetype i = 0; i < std::max(server.size(), file.size()); ++i)
                QCOMPARE(server.value(i), file.value(i));
        }
        saveScreenshot(window, u"team-workspace-leads.png"_qs);
        QCOMPARE(window.width(), 1280); // no error text stretched it

        // The rule editor reads the model and the leads' fields; it saves nothing here.
        tabs->setCurrentWidget(tabs->modelEditor());
        auto *editMessage = tabs->modelEditor()->findChild<QLabel *>(u"editMessage"_qs);
        const auto reading = [&] {
            for (const QLabel *label : tabs->modelEditor()->findChildren<QLabel *>())
                if (label->text().startsWith(u"Reading the scoring model"_qs))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!reading(), 15000);
        // Its buttons come on once the leads' fields are read (on a failed read they stay off).
        QToolButton *addRule = nullptr;
        for (QToolButton *button : tabs->modelEditor()->findChildren<QToolButton *>())
            if (button->text() == u"Add Activity Rule"_qs)
                addRule = button;
        QVERIFY(addRule);
        QTRY_VERIFY_WITH_TIMEOUT(addRule->isEnabled(), 15000);
        QVERIFY2(!editMessage->isVisible() || !editMessage->text().contains(u"SQLSTATE"_qs),
                 qPrintable(editMessage->text()));
        saveScreenshot(window, u"team-workspace-rules.png"_qs);
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QTRY_VERIFY(tabs->currentWidget()->isVisible());
            saveScreenshot(window, u"team-workspace-page-%1.png"_qs.arg(page));
        }
        QVERIFY(window.findChildren<QMessageBox *>(u"problemMessage"_qs).isEmpty());

        // The quarterly report: named after the schema, read from the server, written.
        ReportExportDialog report(window.workspace()->path(), MetricsFilter{}, &window);
        QSignalSpy ready(&report, &ReportExportDialog::ready);
        report.show();
        QVERIFY(ready.count() > 0 || ready.wait(20000));
        QVERIFY2(QFileInfo(report.outputPath()).fileName().startsWith(m_schema + u' '),
                 qPrintable(report.outputPath()));
        QVERIFY(QFileInfo(report.outputPath()).absolutePath() != QFileInfo(address).absolutePath());
        report.setOutputPath(m_dir.filePath(QFileInfo(report.outputPath()).fileName()));
        report.openWhenDoneBox()->setChecked(false);
        QSignalSpy exported(&report, &ReportExportDialog::exportFinished);
        report.startExport();
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.last().at(2).value<Error>().what.isEmpty(),
                 qPrintable(exported.last().at(2).value<Error>().toString()));
        QVERIFY(QFileInfo(report.outputPath()).size() > 1000);
        report.close();

        QCOMPARE(AppSettings::recentWorkspaces().get().value(0), address);
        QCOMPARE(AppSettings::lastWorkspace().get(), address);
        window.closeWorkspace();
        window.resize(1920, 1200);
        saveScreenshot(window, u"team-workspace-welcome.png"_qs);
    }

    void asksForThePasswordOnlyWhenTheServerWantsOne()
    {
        const QString address = TestServer::asPasswordRole(TestServer::address(m_schema));
        auto parsed = WorkspaceAddress::parse(address);
        QVERIFY(parsed);
        ServerPasswords::forget(parsed->connectionUri());
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(address); // as the recent menu and the start-up do
        TeamWorkspaceDialog *dialog = teamDialog(window);
        QVERIFY2(dialog, "the login dialog did not come up for the password");
        auto *password = dialog->findChild<QLineEdit *>(u"teamPassword"_qs);
        auto *problem = dialog->findChild<QLabel *>(u"teamProblem"_qs);
        QVERIFY(password->isVisible());
        QVERIFY2(problem->text().contains(u"asks for the password of leadstage_password_test"_qs),
                 qPrintable(problem->text()));
        saveScreenshot(*dialog, u"team-workspace-password.png"_qs);

        password->setText(u"wrong"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamOpen"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(u"refused that password"_qs), 10000);
        QVERIFY(password->text().isEmpty());
        QVERIFY(!ServerPasswords::find(parsed->connectionUri()));
        QCOMPARE(opened.count(), 0);

        QTest::keyClicks(password, QString::fromLatin1(TestServer::passwordRolePassword));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamOpen"_qs), Qt::LeftButton);
        QVERIFY(opened.wait(30000));
        QVERIFY(window.workspace()->isOnServer());
        // Every page's own connection logged in with it: the dashboard and the leads read.
        QVERIFY(!dashboardNumbers(window).startsWith(u"the dashboard"_qs));
        QVERIFY(window.findChildren<QMessageBox *>(u"problemMessage"_qs).isEmpty());
        // Kept in memory for this process, never in the settings.
        QVERIFY(ServerPasswords::find(parsed->connectionUri()));
        StoredSettings::flush();
        QFile settingsFile(QSettings().fileName());
        QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settingsFile.fileName()));
        const QByteArray written = settingsFile.readAll();
        QVERIFY(written.contains("leadstage_password_test"));         // the address is remembered…
        QVERIFY(!written.contains(TestServer::passwordRolePassword)); // …its password is not
        window.closeWorkspace();
        ServerPasswords::forget(parsed->connectionUri());
    }

    // Another analyst rescores at another analysis date: the open window hears it when
    // it commits (LISTEN/NOTIFY) and every page reads the workspace again.
    void anotherAnalystsRescoreRefreshesTheWindow()
    {
        MainWindow window;
        QVERIFY(openIn(window, TestServer::address(m_schema)));
        QVERIFY(!dashboardNumbers(window).startsWith(u"the dashboard"_qs));
        DashboardView *dashboard = window.workspaceTabs()->dashboard();
        const std::int64_t asOfBefore = dashboard->result()->report.asOf;
        const std::int64_t asOf =
            QDateTime(QDate(2025, 10, 31), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
        QVERIFY(asOfBefore != asOf);
        auto *watch = window.findChild<TeamWorkspaceWatch *>();
        QVERIFY(watch);
        QTRY_VERIFY_WITH_TIMEOUT(watch->isListening(), 10000); // its connection is made off the GUI thread

        QProcess score;
        score.start(QStringLiteral(LEADSTAGE_BINARY),
                    {u"score"_qs, TestServer::address(m_schema), u"--as-of"_qs, u"2025-10-31"_qs});
        QVERIFY(score.waitForFinished(120000));
        QVERIFY2(score.exitCode() == 0, score.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"rescored this workspace"_qs), 60000);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"leadstage_test rescored"_qs),
                 qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !dashboard->isBusy() && dashboard->result() && dashboard->result()->report.asOf == asOf, 30000);
        saveScreenshot(window, u"team-workspace-refreshed.png"_qs);

        // Another analyst saves a model version and makes it active: the rule editor shows it.
        const QString model = m_dir.filePath(u"tuned.json"_qs);
        QProcess exported;
        exported.start(QStringLiteral(LEADSTAGE_BINARY), {u"model"_qs, u"export"_qs, m_file, u"--out"_qs, model});
        QVERIFY(exported.waitForFinished(60000) && exported.exitCode() == 0);
        QFile json(model);
        QVERIFY(json.open(QIODevice::ReadWrite));
        QJsonObject tuned = QJsonDocument::fromJson(json.readAll()).object();
        tuned.insert(u"name"_qs, u"Tuned"_qs);
        json.resize(0);
        json.write(QJsonDocument(tuned).toJson());
        json.close();
        QProcess activated;
        activated.start(QStringLiteral(LEADSTAGE_BINARY), {u"score"_qs, TestServer::address(m_schema), u"--model"_qs,
                                                           model, u"--as-of"_qs, u"2025-10-31"_qs});
        QVERIFY(activated.waitForFinished(120000));
        QVERIFY2(activated.exitCode() == 0, activated.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"made another scoring model active"_qs),
                                 60000);
        WorkspaceTabs *tabs = window.workspaceTabs();
        tabs->setCurrentWidget(tabs->modelEditor());
        const auto showsTuned = [&] {
            for (const QLabel *label : tabs->modelEditor()->findChildren<QLabel *>())
                if (label->text().startsWith(u"Tuned v1"_qs))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsTuned(), 60000);
        saveScreenshot(window, u"team-workspace-model-activated.png"_qs);

        // Another analyst imports: the window says so (not the rescore that follows), and counts the new lead.
        const QString leads = m_dir.filePath(u"cli-leads.csv"_qs);
        QFile csv(leads);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("lead_id,email,created_at\nCLI1,cli1@example.com,2025-11-05\n");
        csv.close();
        const QString countBefore = window.statusText();
        QProcess imported;
        imported.start(QStringLiteral(LEADSTAGE_BINARY), {u"import"_qs, TestServer::address(m_schema), u"--leads"_qs,
                                                          leads, u"--created-date"_qs, u"column:created_at"_qs});
        QVERIFY(imported.waitForFinished(120000));
        QVERIFY2(imported.exitCode() == 0, imported.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"imported rows into this workspace"_qs),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText() != countBefore, 30000);
        window.closeWorkspace();
    }

    // Model versions are saved and made active from the window, each through a writer of
    // its own; a role that may only read is told so, and the server keeps nothing.
    void savesAndActivatesModelsFromTheWindow()
    {
        MainWindow window;
        QVERIFY(openIn(window, TestServer::address(m_schema)));
        ModelEditorPage *page = window.workspaceTabs()->modelEditor();
        QTRY_VERIFY_WITH_TIMEOUT(page->draft()->hasModel(), 30000);
        ServerConnection connection = TestServer::connect();
        const auto models = [&] {
            auto listed = connection.query("SELECT string_agg(name || ':' || active, ',' ORDER BY id) FROM "
                                               + m_schema.toStdString() + ".models",
                                           {}, u"test"_qs);
            return listed ? listed->text(0, 0) : listed.error().toString();
        };
        const QString before = models();
        QVERIFY(page->saveAsDraft(u"Window draft"_qs, u"saved from the window"_qs));
        QCOMPARE(models(), before + u",Window draft:0"_qs);
        auto id = connection.query("SELECT max(id) FROM " + m_schema.toStdString() + ".models", {}, u"test"_qs);
        QVERIFY(id);
        QVERIFY(page->activateVersion(id->int64(0, 0).value_or(0)));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isSaving(), 60000);
        QVERIFY2(page->messageText().isEmpty() || !page->messageText().contains(u"SQLSTATE"_qs),
                 qPrintable(page->messageText()));
        QVERIFY2(models().endsWith(u",Window draft:1"_qs), qPrintable(models()));
        window.closeWorkspace();

        // The password role may only read this workspace (SELECT): the window offers no save.
        const QString address = TestServer::asPasswordRole(TestServer::address(m_schema));
        auto parsed = WorkspaceAddress::parse(address);
        QVERIFY(parsed);
        ServerPasswords::remember(parsed->connectionUri(), QString::fromLatin1(TestServer::passwordRolePassword));
        TestServer::makePasswordRole({m_schema}); // SELECT on the tables as they are now
        QVERIFY(openIn(window, address));
        QTRY_VERIFY_WITH_TIMEOUT(page->draft()->hasModel(), 30000);
        const QString kept = models();
        QVERIFY(window.workspace()->isOnServer() && !window.workspace()->mayChange());
        QVERIFY(!page->saveAsDraft(u"Viewer draft"_qs));
        auto *save = page->findChild<QToolButton *>(u"saveModel"_qs);
        QVERIFY(save && !save->isEnabled());
        QVERIFY2(save->toolTip().contains(u"may not make a model active"_qs), qPrintable(save->toolTip()));
        QCOMPARE(models(), kept);
        // Asked anyway (a writer for the change), the role is told, and the server keeps nothing.
        auto refused = WorkspaceChange::begin(page->workspace());
        QVERIFY(!refused);
        QVERIFY2(refused.error().what.contains(u"may only read this team workspace"_qs),
                 qPrintable(refused.error().what));
        window.workspaceTabs()->setCurrentWidget(page);
        saveScreenshot(window, u"team-workspace-read-only-role.png"_qs);
        window.closeWorkspace();
        ServerPasswords::forget(parsed->connectionUri());
    }

    // File → Import… on a team workspace: the wizard's import runs through a writer of
    // its own; the window shows the new leads. A role that may only read is not offered it.
    void importsFromTheWindow()
    {
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(openIn(window, TestServer::address(m_schema)));
        auto *import = window.findChild<QAction *>(u"importFiles"_qs);
        QVERIFY(import && import->isEnabled());
        const QString before = window.statusText();
        QFile csv(m_dir.filePath(u"window-leads.csv"_qs));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("lead_id,email,company,created_at\nW1,w1@example.com,Windowco,2025-11-03\n"
                  "W2,w2@example.com,Windowco,2025-11-04\n");
        csv.close();
        window.importFiles({csv.fileName()});
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        clickNext(wizard); // preview
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        clickNext(wizard); // mapping
        clickNext(wizard); // dates
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        clickNext(wizard);
        auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isChecking(), 60000);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPage), 60000);
        auto *result = qobject_cast<ImportResultPage *>(wizard->currentPage());
        QVERIFY2(result->summary()->text().contains(u"Imported 2 rows"_qs), qPrintable(result->summary()->text()));
        saveScreenshot(*wizard, u"team-workspace-import-result.png"_qs);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ImportWizard *>() == nullptr);
        ServerConnection connection = TestServer::connect();
        auto stored = connection.query(
            "SELECT count(*) FROM " + m_schema.toStdString() + ".leads WHERE company = 'Windowco'", {}, u"test"_qs);
        QVERIFY(stored);
        QCOMPARE(stored->text(0, 0), u"2"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText() != before, 30000);

        // And undoes it from the import history, through a writer of the undo's own.
        ImportHistoryPanel *history = window.workspaceTabs()->overview()->importHistory();
        QTRY_VERIFY_WITH_TIMEOUT(history->view()->model()->index(0, ImportHistoryModel::File).data().toString()
                                     == u"window-leads.csv"_qs,
                                 30000);
        history->view()->selectRow(0);
        auto *undo = history->findChild<QPushButton *>(u"undoImportButton"_qs);
        QVERIFY(undo && undo->isEnabled());
        undo->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = history->findChild<QMessageBox *>(u"undoImportQuestion"_qs)), 30000);
        QVERIFY2(question->informativeText().contains(u"  • 2 leads it created\n"_qs),
                 qPrintable(question->informativeText()));
        QSignalSpy undone(window.workspaceTabs(), &WorkspaceTabs::importUndone);
        question->findChild<QPushButton *>(u"confirmUndoImport"_qs)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 1, 60000);
        QVERIFY(!history->findChild<QMessageBox *>(u"undoImportFailed"_qs));
        QCOMPARE(TestServer::valueIn(m_schema, "SELECT count(*) FROM %1.leads WHERE company = 'Windowco'"), u"0"_qs);
        QCOMPARE(TestServer::valueIn(m_schema, "SELECT count(*) FROM %1.imports WHERE undone_at IS NOT NULL"), u"1"_qs);
        window.workspaceTabs()->setCurrentWidget(window.workspaceTabs()->overview());
        QTRY_VERIFY_WITH_TIMEOUT(
            history->view()->model()->index(0, ImportHistoryModel::Status).data().toString() == u"Undone"_qs, 30000);
        saveScreenshot(*window.workspaceTabs(), u"team-workspace-import-undone.png"_qs);
        window.closeWorkspace();

        // The password role only reads this workspace: Import is off and says why.
        const QString address = TestServer::asPasswordRole(TestServer::address(m_schema));
        auto parsed = WorkspaceAddress::parse(address);
        QVERIFY(parsed);
        ServerPasswords::remember(parsed->connectionUri(), QString::fromLatin1(TestServer::passwordRolePassword));
        TestServer::makePasswordRole({m_schema});
        QVERIFY(openIn(window, address));
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->toolTip().contains(u"importing takes its analyst role"_qs), qPrintable(import->toolTip()));
        ImportHistoryPanel *readOnlyHistory = window.workspaceTabs()->overview()->importHistory();
        QTRY_VERIFY_WITH_TIMEOUT(readOnlyHistory->view()->model()->rowCount() > 0, 30000);
        readOnlyHistory->view()->selectRow(0);
        auto *noUndo = readOnlyHistory->findChild<QPushButton *>(u"undoImportButton"_qs);
        QVERIFY(!noUndo->isEnabled());
        QVERIFY2(noUndo->toolTip().contains(u"undoing an import takes its analyst role"_qs),
                 qPrintable(noUndo->toolTip()));
        window.closeWorkspace();
        ServerPasswords::forget(parsed->connectionUri());
    }

    void aServerThatIsNotThereIsSaidInTheDialog()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.findChild<QAction *>(u"openTeamWorkspace"_qs)->trigger();
        TeamWorkspaceDialog *dialog = teamDialog(window);
        QVERIFY(dialog);
        auto *problem = dialog->findChild<QLabel *>(u"teamProblem"_qs);
        dialog->findChild<QComboBox *>(u"teamAddress"_qs)
            ->setCurrentText(u"postgresql://ana@/leads?host=/nonexistent-socket-folder&schema=emea"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamOpen"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().startsWith(u"Cannot connect to the server"_qs), 10000);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QComboBox *>(u"teamAddress"_qs)->setCurrentText(u"postgresql://ana@db/leads"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"teamOpen"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(u"schema"_qs), 10000); // no ?schema=: said, not tried
        saveScreenshot(*dialog, u"team-workspace-problem.png"_qs);
        QVERIFY(window.workspace() == nullptr);
    }
};

QTEST_MAIN(TestTeamWorkspaceWindow)
#include "tst_teamworkspacewindow.moc"
