// The scoring model's version history, driven through the real main
// window offscreen: save with a comment, activate and revert (rescored off the GUI
// thread, cancel changing nothing), duplicate, load into the draft, export and import
// JSON (by file and by drop), a broken file refused, and the diff view's wording.

#include "Application.h"
#include "EditorTestSetup.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "common/DisplayFormat.h"
#include "common/TaskProgressDialog.h"
#include "demo/DemoWorkspace.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "ruleeditor/ModelSaveDialog.h"
#include "ruleeditor/RuleEditorSettings.h"
#include "ruleeditor/VersionDiffDialog.h"
#include "ruleeditor/VersionHistoryDialog.h"
#include "ruleeditor/VersionTableModel.h"
#include "scoring/ModelActivation.h"
#include "scoring/ModelJson.h"
#include "scoring/ModelStore.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "workspace/WorkspaceTabs.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <sqlite3.h>

#include <functional>

using namespace LeadStage;

Q_DECLARE_METATYPE(std::vector<std::int64_t>)

namespace {

using LeadStage::Testing::saveScreenshot;

// Runs `answer` on the window named `name` once it shows: a modal dialog's exec() waits.
void whenShown(const QString &name, std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, name, answer] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows)
            if (widget->objectName() == name && widget->isVisible()) {
                timer->stop();
                timer->deleteLater();
                answer(widget);
                return;
            }
    });
    timer->start();
}

// Fills in the name and comment of a ModelSaveDialog and presses OK.
void answerSaveDialog(const QString &name, const QString &comment, QString *suggested = nullptr,
                      QString *outcome = nullptr)
{
    whenShown(u"modelSaveDialog"_qs, [=](QWidget *dialog) {
        auto *nameEdit = dialog->findChild<QLineEdit *>(u"modelName"_qs);
        if (suggested)
            *suggested = nameEdit->text();
        if (!name.isNull())
            nameEdit->setText(name);
        if (outcome)
            *outcome = dialog->findChild<QLabel *>(u"saveOutcome"_qs)->text();
        dialog->findChild<QPlainTextEdit *>(u"modelComment"_qs)->setPlainText(comment);
        static_cast<QDialog *>(dialog)->accept();
    });
}

void answerQuestion(const QString &name, QMessageBox::StandardButton button, bool *asked)
{
    whenShown(name, [=](QWidget *box) {
        *asked = true;
        static_cast<QMessageBox *>(box)->button(button)->click();
    });
}

std::unique_ptr<Workspace> openFile(const QString &path, Workspace::Access access = Workspace::Access::ReadOnly)
{
    auto opened = Workspace::open(path, {access, Workspace::Missing::Fail});
    if (!opened)
        qFatal("open: %s", qPrintable(opened.error().toString()));
    return std::move(*opened);
}

// lead_state, one line a lead, in id order: what a rescore decides.
QStringList leadState(const QString &path)
{
    auto workspace = openFile(path);
    auto query = workspace->database().prepare(
        "SELECT lead_id, model_id, stage, engagement, grade, iql_at, mql_at, pql_at FROM lead_state ORDER BY lead_id");
    QStringList rows;
    for (;;) {
        auto next = query->step();
        if (!next || !*next)
            break;
        QStringList row;
        for (int column = 0; column < 8; ++column)
            row << query->text(column);
        rows << row.join(u',');
    }
    return rows;
}

std::vector<ModelVersion> versionsIn(const QString &path)
{
    auto workspace = openFile(path);
    return ModelStore(workspace->database()).list().value();
}

ScoringModel modelIn(const QString &path, std::int64_t id)
{
    auto workspace = openFile(path);
    return ModelStore(workspace->database()).load(id).value();
}

std::int64_t activeIn(const QString &path)
{
    auto workspace = openFile(path);
    return ModelStore(workspace->database()).active().value()->id;
}

} // namespace

class TestVersionHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    // A copy of the demo (Default v1 active and scored) plus Default v2, saved but not
    // active: IQL 35, whitepaper 15 points, no About Us rule, decay 10 points a month.
    QString freshWorkspace()
    {
        const QString path = m_dir.filePath(u"copy%1.leadstage"_qs.arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            qFatal("copy failed");
        auto workspace = openFile(path, Workspace::Access::ReadWrite);
        ModelStore store(workspace->database());
        ScoringModel model = store.load(1).value();
        model.thresholds.iql = 35;
        for (ScoringRule &rule : model.rules)
            if (rule.id == u"whitepaper_download")
                rule.points = 15;
        std::erase_if(model.rules, [](const ScoringRule &rule) { return rule.id == u"about_page_visit"; });
        model.decay.pointsPerMonth = 10;
        if (store.save(model, u"IQL 35 and faster decay"_qs).value().id != 2)
            qFatal("v2 is not id 2");
        return path;
    }

    std::unique_ptr<MainWindow> openHistory(const QString &path)
    {
        auto window = Testing::openWindowOn(path, 30000);
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        if (!QTest::qWaitFor([&] { return page->draft()->hasModel() && !page->isLoading(); }, 30000))
            qFatal("editor did not load");
        QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier); // Edit → Version History…
        if (!page->versionHistory() || !page->versionHistory()->isVisible())
            qFatal("Ctrl+H did not open the version history");
        return window;
    }

    static ModelEditorPage *pageOf(MainWindow &window) { return window.workspaceTabs()->modelEditor(); }
    static VersionHistoryDialog *historyOf(MainWindow &window) { return pageOf(window)->versionHistory(); }

    static void select(VersionHistoryDialog *history, std::vector<std::int64_t> ids)
    {
        history->selectVersions(ids);
        QCOMPARE(history->selectedVersions().size(), ids.size());
    }

    static void click(VersionHistoryDialog *history, const char *button)
    {
        auto *push = history->findChild<QPushButton *>(QString::fromLatin1(button));
        QVERIFY2(push && push->isEnabled(), button);
        push->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Testing::startWithFreshSettings();
        m_demo = m_dir.filePath(u"demo.leadstage"_qs);
        Testing::createYearDemo(m_demo, 600);
    }

    void saveDialogRefusesAnEmptyName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("the model's own name")
            << u"Default"_qs << true << u"Saved as Default v3, the next version of Default."_qs;
        QTest::newRow("a new name") << u"Tuned"_qs << true << u"Saved as Tuned v1, a new model name."_qs;
        QTest::newRow("empty") << QString() << false
                               << u"A version needs a name: type the model's name to save its next version, or a "
                                  "new name to start a new model."_qs;
        QTest::newRow("spaces only") << u"   "_qs << false
                                     << u"A version needs a name: type the model's name to save its next version, "
                                        "or a new name to start a new model."_qs;
    }

    void saveDialogRefusesAnEmptyName()
    {
        QFETCH(QString, name);
        ModelSaveDialog dialog(u"Save"_qs, u"prompt"_qs, name);
        dialog.setSavedVersions(
            {ModelVersion{1, u"Default"_qs, 1, {}, 0, false}, ModelVersion{2, u"Default"_qs, 2, {}, 0, true}});
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTEST(ok->isEnabled(), "accepted");
        QTEST(dialog.findChild<QLabel *>(u"saveOutcome"_qs)->text(), "outcome");
        QTest::keyClick(dialog.findChild<QLineEdit *>(u"modelName"_qs), Qt::Key_Return);
        QTEST(dialog.result() == QDialog::Accepted, "accepted");
    }

    void savingWithACommentShowsItNewestFirst()
    {
        const QString path = freshWorkspace();
        auto window = openHistory(path);
        ModelEditorPage *page = pageOf(*window);
        VersionHistoryDialog *history = historyOf(*window);
        QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->model()->rowCount(), 2);

        QVERIFY(page->draft()->setStagnantDays(45).ok());
        QString suggested, outcome;
        answerSaveDialog(QString(), u"Stagnant after 45 days: re-engage sooner"_qs, &suggested, &outcome);
        QSignalSpy changed(page, &ModelEditorPage::versionsChanged);
        QSignalSpy saved(page, &ModelEditorPage::modelSaved); // WorkspaceTabs refreshes the pages on it
        page->saveWithDialog();                               // Ctrl+S or "Save as New Version…"
        QVERIFY(changed.wait(60000));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(suggested, u"Default"_qs);
        QCOMPARE(outcome, u"Saved as Default v3, the next version of Default."_qs);

        VersionTableModel *model = history->model();
        QCOMPARE(model->rowCount(), 3);
        const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->data(model->index(row, column), role);
        };
        QCOMPARE(cell(0, VersionTableModel::NameColumn).toString(), u"Default"_qs);
        QCOMPARE(cell(0, VersionTableModel::VersionColumn).toString(), u"v3"_qs);
        QCOMPARE(cell(0, VersionTableModel::CommentColumn).toString(), u"Stagnant after 45 days: re-engage sooner"_qs);
        QCOMPARE(cell(0, VersionTableModel::ActiveColumn).toString(), u"● active"_qs);
        QVERIFY(cell(0, VersionTableModel::NameColumn, Qt::FontRole).value<QFont>().bold());
        const ModelVersion v3 = versionsIn(path).back();
        QCOMPARE(
            cell(0, VersionTableModel::DateColumn, Qt::ToolTipRole).toString(),
            u"Saved %1 UTC"_qs.arg(
                QDateTime::fromSecsSinceEpoch(v3.createdAt, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_qs)));
        QCOMPARE(cell(0, VersionTableModel::DateColumn).toString(),
                 DisplayFormat::dateTime(QDateTime::fromSecsSinceEpoch(v3.createdAt).toLocalTime()));
        QCOMPARE(cell(1, VersionTableModel::VersionColumn).toString(), u"v2"_qs);
        QCOMPARE(cell(2, VersionTableModel::VersionColumn).toString(), u"v1"_qs);
        QCOMPARE(cell(2, VersionTableModel::ActiveColumn).toString(), QString());
        QVERIFY(!cell(2, VersionTableModel::NameColumn, Qt::FontRole).value<QFont>().bold());
        QCOMPARE(versionsIn(path).back().comment, u"Stagnant after 45 days: re-engage sooner"_qs);
    }

    void actionsFollowTheSelection_data()
    {
        QTest::addColumn<std::vector<std::int64_t>>("selected");
        QTest::addColumn<QStringList>("enabled");
        const QStringList always{u"importVersion"_qs};
        QTest::newRow("nothing selected") << std::vector<std::int64_t>{} << always;
        // Activating, reverting to or loading the active version (draft clean) would change nothing.
        QTest::newRow("the active version")
            << std::vector<std::int64_t>{1} << (always + QStringList{u"duplicateVersion"_qs, u"exportVersion"_qs});
        QTest::newRow("an inactive version")
            << std::vector<std::int64_t>{2}
            << (always
                + QStringList{u"activateVersion"_qs, u"revertToVersion"_qs, u"duplicateVersion"_qs, u"loadVersion"_qs,
                              u"compareVersions"_qs, u"exportVersion"_qs});
        QTest::newRow("two versions") << std::vector<std::int64_t>{1, 2}
                                      << (always + QStringList{u"compareVersions"_qs});
    }

    void actionsFollowTheSelection()
    {
        QFETCH(std::vector<std::int64_t>, selected);
        QFETCH(QStringList, enabled);
        auto window = openHistory(freshWorkspace());
        VersionHistoryDialog *history = historyOf(*window);
        select(history, selected);
        const QStringList buttons{u"activateVersion"_qs, u"revertToVersion"_qs, u"duplicateVersion"_qs,
                                  u"loadVersion"_qs,     u"compareVersions"_qs, u"exportVersion"_qs,
                                  u"importVersion"_qs};
        for (const QString &name : buttons) {
            auto *button = history->findChild<QPushButton *>(name);
            QVERIFY(button);
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(name));
            QVERIFY2(button->isEnabled() == enabled.contains(name), qPrintable(name));
        }
    }

    void activateRescoresAndMovesTheMark()
    {
        const QString path = freshWorkspace();
        const QStringList before = leadState(path);
        auto window = openHistory(path);
        VersionHistoryDialog *history = historyOf(*window);
        QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        select(history, {1});
        QVERIFY(!history->findChild<QPushButton *>(u"activateVersion"_qs)->isEnabled()); // v1 is active already
        select(history, {2});
        QSignalSpy saved(pageOf(*window), &ModelEditorPage::modelSaved);
        click(history, "activateVersion");
        QVERIFY(saved.wait(60000));

        QCOMPARE(activeIn(path), 2);
        const QStringList activated = leadState(path);
        QVERIFY(activated != before); // IQL 35 and the faster decay move leads
        QCOMPARE(pageOf(*window)->draft()->activeVersion().id, 2);
        QCOMPARE(pageOf(*window)->draft()->model().thresholds.iql, 35);
        const int row = history->model()->rowOf(2);
        QCOMPARE(history->model()
                     ->data(history->model()->index(row, VersionTableModel::ActiveColumn), Qt::DisplayRole)
                     .toString(),
                 u"● active"_qs);
        QCOMPARE(history->model()->versionAt(history->model()->rowOf(1)).active, false);
        window.reset();

        // The same rows as a full rescore with v2 from the core, as `leadstage score` does.
        {
            auto workspace = openFile(path, Workspace::Access::ReadWrite);
            WorkspaceScorer::Options options;
            options.modelId = 2;
            QVERIFY(WorkspaceScorer(*workspace).run(options));
        }
        QCOMPARE(leadState(path), activated);
    }

    void cancelDuringActivationChangesNothing_data()
    {
        QTest::addColumn<bool>("revert");
        QTest::newRow("activate v2") << false;
        QTest::newRow("revert to v2") << true;
    }

    void cancelDuringActivationChangesNothing()
    {
        QFETCH(bool, revert);
        const QString path = freshWorkspace();
        const QStringList before = leadState(path);
        auto window = openHistory(path);
        ModelEditorPage *page = pageOf(*window);
        QSignalSpy changed(page, &ModelEditorPage::versionsChanged);
        QSignalSpy saved(page, &ModelEditorPage::modelSaved);
        // Another connection's write lock keeps the worker waiting in BEGIN IMMEDIATE (within
        // its busy timeout) until Cancel was clicked: on a small workspace it could finish first.
        // (A raw connection: LeadStage itself refuses a file that another window holds.)
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &holder, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        // The window may still be finishing a short write of its opening (seen under ASan):
        // wait for it rather than fail, as LeadStage's own connections do.
        sqlite3_busy_timeout(holder, 10000);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(revert ? page->revertToVersion(2, u"back"_qs) : page->activateVersion(2));
        auto *progress = page->findChild<TaskProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // the progress dialog's Cancel, while the worker rescores
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QVERIFY(QTest::qWaitFor([&] { return !page->isSaving(); }, 60000));
        QCOMPARE(saved.count(), 0);
        QVERIFY2(page->messageText().contains(u"was cancelled"_qs),
                 qPrintable(page->messageText() + u" | "_qs + QString::number(page->isVisible())));
        QVERIFY(page->messageText().contains(u"The active model and the workspace's scores are unchanged."_qs));
        QCOMPARE(page->draft()->activeVersion().id, 1);
        window.reset();
        QCOMPARE(activeIn(path), 1);
        QCOMPARE(versionsIn(path).size(), std::size_t(2));
        QCOMPARE(leadState(path), before);
    }

    void revertCreatesTheNextVersionWithTheOldRules()
    {
        const QString path = freshWorkspace();
        {
            auto workspace = openFile(path, Workspace::Access::ReadWrite);
            QVERIFY(ModelActivation(*workspace).activate(2)); // v2 in force; v1 is the one to go back to
        }
        auto window = openHistory(path);
        VersionHistoryDialog *history = historyOf(*window);
        select(history, {1});
        answerSaveDialog(QString(), u"v2 made too few IQLs"_qs);
        QSignalSpy saved(pageOf(*window), &ModelEditorPage::modelSaved);
        click(history, "revertToVersion");
        QVERIFY(saved.wait(60000));
        QCOMPARE(history->model()->rowCount(), 3);
        const ModelVersion top = history->model()->versionAt(0);
        QCOMPARE(top.version, 3);
        QCOMPARE(top.name, u"Default"_qs);
        QVERIFY(top.active);
        QCOMPARE(top.comment, u"Back to v1 (id 1): v2 made too few IQLs"_qs);
        window.reset();
        QCOMPARE(modelIn(path, top.id), modelIn(path, 1));
        QCOMPARE(activeIn(path), top.id);
        // Scored under the new version's own id (not v1's): later partial rescores stay partial.
        const QStringList rows = leadState(path);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QCOMPARE(row.section(u',', 1, 1), QString::number(top.id));
    }

    void duplicateAsksForANameAndAComment()
    {
        const QString path = freshWorkspace();
        auto window = openHistory(path);
        VersionHistoryDialog *history = historyOf(*window);
        select(history, {2});
        QString suggested;
        answerSaveDialog(QString(), u"A copy to try a lower MQL bar"_qs, &suggested);
        click(history, "duplicateVersion");
        QTRY_COMPARE(history->model()->rowCount(), 3);
        QCOMPARE(suggested, u"Default (copy)"_qs);
        const ModelVersion copy = history->selectedVersions().front();
        QCOMPARE(copy.name, u"Default (copy)"_qs);
        QCOMPARE(copy.version, 1);
        QCOMPARE(copy.comment, u"A copy to try a lower MQL bar"_qs);
        QVERIFY(!copy.active);
        window.reset();
        ScoringModel expected = modelIn(path, 2);
        expected.name = u"Default (copy)"_qs;
        QCOMPARE(modelIn(path, copy.id), expected);
        QCOMPARE(activeIn(path), 1);
    }

    void loadIntoDraftAsksWhenDirty_data()
    {
        QTest::addColumn<bool>("dirty");
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("loaded");
        QTest::newRow("clean draft: loaded without asking") << false << int(QMessageBox::NoButton) << true;
        QTest::newRow("unsaved changes kept") << true << int(QMessageBox::Cancel) << false;
        QTest::newRow("unsaved changes replaced") << true << int(QMessageBox::Discard) << true;
    }

    void loadIntoDraftAsksWhenDirty()
    {
        QFETCH(bool, dirty);
        QFETCH(int, answer);
        QFETCH(bool, loaded);
        const QString path = freshWorkspace();
        auto window = openHistory(path);
        ModelEditorPage *page = pageOf(*window);
        ModelDraft *draft = page->draft();
        if (dirty)
            QVERIFY(draft->setStagnantDays(45).ok());
        const ScoringModel edited = draft->model();
        bool asked = false;
        if (answer != QMessageBox::NoButton)
            answerQuestion(u"replaceDraftQuestion"_qs, QMessageBox::StandardButton(answer), &asked);
        VersionHistoryDialog *history = historyOf(*window);
        select(history, {2});
        click(history, "loadVersion");
        QCOMPARE(asked, dirty);
        QCOMPARE(draft->activeVersion().id, 1); // loading never activates
        if (!loaded) {
            QCOMPARE(draft->model(), edited);
            return;
        }
        ScoringModel v2 = modelIn(path, 2);
        QCOMPARE(draft->model(), v2);
        QVERIFY(draft->isDirty());
        // One undo step: Undo brings back the draft the load replaced.
        QCOMPARE(draft->undoStack()->undoText(), u"Load Default v2"_qs);
        draft->undoStack()->undo();
        QCOMPARE(draft->model(), edited);
        draft->undoStack()->redo();
        QCOMPARE(draft->model(), v2);
    }

    void exportThenImportRoundTrips()
    {
        const QString path = freshWorkspace();
        auto window = openHistory(path);
        VersionHistoryDialog *history = historyOf(*window);
        const QString file = m_dir.filePath(u"exported-v2.json"_qs);
        select(history, {2});
        QVERIFY(history->exportVersion(2, file));
        QVERIFY(history->messageText().startsWith(u"Exported Default v2 to "_qs));
        QCOMPARE(RuleEditorSettings::lastModelFolder().get(),
                 QFileInfo(file).absolutePath()); // the next dialog opens there
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), ModelJson::write(modelIn(path, 2)));

        answerSaveDialog(u"Imported"_qs, u"Round trip"_qs);
        QVERIFY(history->importFile(file));
        const ModelVersion imported = history->selectedVersions().front();
        QCOMPARE(imported.name, u"Imported"_qs);
        QCOMPARE(imported.comment, u"Round trip"_qs);
        QVERIFY(!imported.active);

        // Dropping the file on the history imports it too.
        answerSaveDialog(QString(), u"Dropped"_qs);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(history, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(history, &drop);
        QCOMPARE(history->model()->rowCount(), 4);
        const ModelVersion dropped = history->selectedVersions().front();
        QCOMPARE(dropped.name, u"Default"_qs);
        QCOMPARE(dropped.version, 3);
        QCOMPARE(dropped.comment, u"Dropped"_qs);
        window.reset();

        ScoringModel expected = modelIn(path, 2);
        QCOMPARE(modelIn(path, dropped.id), expected);
        expected.name = u"Imported"_qs;
        QCOMPARE(modelIn(path, imported.id), expected);
        QCOMPARE(activeIn(path), 1);
    }

    void brokenJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("a missing comma on line 3")
            << QByteArray("{ \"format\": \"leadstage-model\",\n  \"version\": 1,\n  \"name\": \"x\" \"rules\": []\n}")
            << u"bad.json: model: not valid JSON at line 3, column 16: unterminated object"_qs;
        QTest::newRow("an unknown key") << QByteArray(R"({"format":"leadstage-model","version":1,"name":"Bad",)"
                                                      R"("rules":[],"triggers":[],"thresholds":{"iql":25,"mql":50},)"
                                                      R"("colour":"red"})")
                                        << u"bad.json: colour: unknown key"_qs;
    }

    void brokenJsonIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString path = freshWorkspace();
        const QString file = m_dir.filePath(u"bad.json"_qs);
        QFile bad(file);
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write(json);
        bad.close();
        auto window = openHistory(path);
        VersionHistoryDialog *history = historyOf(*window);
        bool asked = false;
        whenShown(u"modelSaveDialog"_qs, [&asked](QWidget *dialog) {
            asked = true;
            static_cast<QDialog *>(dialog)->reject();
        });
        QVERIFY(!history->importFile(file));
        QVERIFY(!asked); // refused before anything is asked
        QVERIFY2(history->messageText().contains(message), qPrintable(history->messageText()));
        QVERIFY(history->messageText().startsWith(file));
        QVERIFY(history->messageText().endsWith(u". Nothing was stored: fix the model file and import it again."_qs));
        QCOMPARE(history->model()->rowCount(), 2);
        window.reset();
        QCOMPARE(versionsIn(path).size(), std::size_t(2));
    }

    void diffViewUsesModelDiffWording()
    {
        const QString path = freshWorkspace();
        auto window = openHistory(path);
        VersionHistoryDialog *history = historyOf(*window);
        select(history, {1, 2});
        click(history, "compareVersions");
        VersionDiffDialog *diff = history->diffDialog();
        QVERIFY(diff && diff->isVisible());
        const QStringList expected = {
            u"From Default v1 (id 1) to Default v2 (id 2): 4 changes"_qs,
            u"Rules"_qs,
            u"  - about_page_visit: About Us / team page (Website, info): about_page_visit, 5 points, once"_qs,
            u"  ~ whitepaper_download: points 10 → 15"_qs,
            u"Thresholds"_qs,
            u"  ~ iql 25 → 35"_qs,
            u"Decay"_qs,
            u"  ~ pointsPerMonth 5 → 10"_qs,
        };
        QCOMPARE(diff->shownLines(), expected);
        QCOMPARE(diff->text(), expected.join(u'\n') + u'\n');
        // Removed in red, changed in amber.
        QTreeWidgetItem *rules = diff->tree()->topLevelItem(0);
        QCOMPARE(rules->child(0)->foreground(0).color(), QColor(0x99, 0x1b, 0x1b));
        QCOMPARE(rules->child(1)->foreground(0).color(), QColor(0x92, 0x40, 0x0e));
        diff->findChild<QPushButton *>(u"copyDiff"_qs)->click();
        QCOMPARE(QApplication::clipboard()->text(), diff->text());

        // Exactly what the command line prints for the same two versions.
        QProcess cli;
        cli.start(QStringLiteral(LEADSTAGE_BINARY), {u"model"_qs, u"diff"_qs, path, u"1"_qs, u"2"_qs});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()), diff->text());

        // One selected: against the active model, what activating it would change.
        select(history, {2});
        click(history, "compareVersions");
        QCOMPARE(diff->shownLines().front(), expected.front());
        saveScreenshot(*diff, u"versiondiff.png"_qs);
    }

    void screenshotOfTheHistory()
    {
        const QString path = freshWorkspace();
        {
            auto workspace = openFile(path, Workspace::Access::ReadWrite);
            ModelStore store(workspace->database());
            QVERIFY(store.duplicate(2, u"Enterprise focus"_qs, u"A copy for the enterprise segment"_qs));
            QVERIFY(ModelActivation(*workspace).revertTo(1, u"Back to v1 (id 1): v2 made too few IQLs"_qs));
        }
        auto window = openHistory(path);
        VersionHistoryDialog *history = historyOf(*window);
        select(history, {2});
        saveScreenshot(*history, u"versionhistory.png"_qs);
        QCOMPARE(history->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestVersionHistory)
#include "tst_versionhistory.moc"
