// The window with a row chosen in every table of every page, then another workspace
// (new, other, the same again) or none: nothing may read what the old workspace's
// models held. Run under AddressSanitizer in CI, where a stale index is a hard error.

#include "EditorTestSetup.h"
#include "dashboard/DashboardView.h"
#include "explorer/LeadExplorer.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "ruleeditor/RuleTreeModel.h"
#include "workspace/WorkspaceTabs.h"

#include <QAbstractItemView>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace LeadStage;

namespace {

constexpr int waitMs = 60000;

// The first row a user could click: a rule, not its category, in a tree.
QModelIndex firstLeaf(const QAbstractItemModel &model)
{
    const QModelIndex first = model.index(0, 0);
    return model.rowCount(first) > 0 ? model.index(0, 0, first) : first;
}

// Clicks the first row of every table and tree shown; returns how many it clicked.
int clickEveryTable(QWidget &window)
{
    int clicked = 0;
    const auto views = window.findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
            continue;
        if (auto *tree = qobject_cast<QTreeView *>(view))
            tree->expandAll();
        const QModelIndex index = firstLeaf(*view->model());
        view->scrollTo(index);
        const QRect cell = view->visualRect(index);
        if (!cell.isValid())
            continue;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        ++clicked;
    }
    return clicked;
}

bool pageSettled(WorkspaceTabs &tabs)
{
    QWidget *page = tabs.currentWidget();
    if (page == tabs.dashboard())
        return !tabs.dashboard()->isBusy() && tabs.dashboard()->result();
    if (page == tabs.explorer())
        return !tabs.explorer()->isBusy();
    if (page == tabs.modelEditor())
        return !tabs.modelEditor()->isLoading();
    return true;
}

// Every page in turn, a row clicked in each of its tables, twice: the explorer's first
// click opens a lead, whose events and ledger tables are then clicked too.
int visitAndClickEverything(MainWindow &window)
{
    WorkspaceTabs *tabs = window.workspaceTabs();
    int clicked = 0;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        for (int pass = 0; pass < 2; ++pass) {
            if (!QTest::qWaitFor([&] { return pageSettled(*tabs); }, waitMs))
                qFatal("page %d did not settle", page);
            clicked += clickEveryTable(window);
        }
    }
    return clicked;
}

} // namespace

class TestWorkspaceSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_first, m_second;

private Q_SLOTS:
    void initTestCase()
    {
        Testing::startWithFreshSettings();
        m_first = m_dir.filePath(u"First.leadstage"_qs);
        m_second = m_dir.filePath(u"Second.leadstage"_qs);
        Testing::createYearDemo(m_first, 500);
        Testing::createYearDemo(m_second, 200);
    }

    void rowsChosenEverywhereThenAnotherWorkspace_data()
    {
        QTest::addColumn<QString>("next"); // empty: close the workspace
        QTest::addColumn<bool>("create");
        QTest::newRow("a new workspace") << u"New.leadstage"_qs << true;
        QTest::newRow("another workspace") << u"Second.leadstage"_qs << false;
        QTest::newRow("the same workspace again") << u"First.leadstage"_qs << false;
        QTest::newRow("closed") << QString() << false;
    }

    void rowsChosenEverywhereThenAnotherWorkspace()
    {
        QFETCH(QString, next);
        QFETCH(bool, create);
        auto window = Testing::openWindowOn(m_first, waitMs);
        QVERIFY(visitAndClickEverything(*window) >= 6);
        ModelEditorPage *editor = window->workspaceTabs()->modelEditor();
        window->workspaceTabs()->setCurrentWidget(editor);
        QVERIFY(QTest::qWaitFor([&] { return !editor->isLoading(); }, waitMs));
        QVERIFY(clickEveryTable(*window) > 0);

        if (next.isEmpty()) {
            window->closeWorkspace();
            QCOMPARE(window->workspace(), nullptr);
            return;
        }
        const QString path = m_dir.filePath(next);
        QFile::remove(create ? path : QString());
        QSignalSpy opened(window.get(), &MainWindow::workspaceOpened);
        if (create)
            window->createWorkspace(path);
        else
            window->openWorkspace(path);
        QVERIFY(opened.wait(waitMs));
        QVERIFY(QTest::qWaitFor([&] { return !editor->isLoading(); }, waitMs));
        // The rules table shows the new workspace's model, grouped.
        const RuleTreeModel *rules = editor->findChild<RuleTreeModel *>();
        QVERIFY(rules);
        int shown = 0;
        for (int group = 0; group < rules->rowCount(); ++group)
            shown += rules->rowCount(rules->index(group, 0));
        QCOMPARE(shown, int(editor->draft()->model().rules.size()));
        visitAndClickEverything(*window);
        window->closeWorkspace();
    }
};

QTEST_MAIN(TestWorkspaceSwitch)
#include "tst_workspaceswitch.moc"
