// The rule editor's live what-if panel on a small demo workspace: after an edit it
// shows the numbers of WhatIfSession::compare and of a full rescore of the draft
// (WorkspaceScorer on a copy, then SnapshotLoader + FunnelMetrics), drops stale
// answers of a quick series of edits, opens exactly the changed leads in the lead
// explorer, says so plainly when the draft equals the active model, and reads the
// workspace again once the draft is saved as the new active version.
#include "Application.h"
#include "EditorTestSetup.h"
#include "MainWindow.h"
#include "RescoredCopy.h"
#include "Screenshot.h"
#include "dashboard/DashboardSettings.h"
#include "demo/DemoWorkspace.h"
#include "explorer/LeadExplorer.h"
#include "explorer/LeadTableModel.h"
#include "metrics/DashboardFormat.h"
#include "metrics/FunnelMetrics.h"
#include "metrics/SnapshotLoader.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "ruleeditor/WhatIfPanel.h"
#include "ruleeditor/WhatIfTableModel.h"
#include "scoring/ModelStore.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "tuning/WhatIfSession.h"
#include "workspace/WorkspaceTabs.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace LeadStage;
using namespace LeadStage::Testing;

using Edit = std::function<Status(ModelDraft &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Bucket)

namespace {

constexpr int waitMs = 60000;

// The reference: a full rescore of the draft on a copy (RescoredCopy.h).
FunnelReport rescoredCopy(Database &original, const QString &copyPath, const ScoringModel &draft, std::int64_t asOf,
                          const MetricsFilter &filter, Bucket bucket)
{
    auto copy = Testing::rescoredCopy(original, copyPath, draft, asOf);
    return Testing::dashboardOf(copy->database(), filter, bucket);
}

// The texts of a figure table, row by row: label | active | draft | change.
QStringList tableTexts(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        rows << cells.join(u" | "_qs);
    }
    return rows;
}

QStringList figureTexts(const std::vector<WhatIfFigure> &figures)
{
    QStringList rows;
    for (const WhatIfFigure &f : figures)
        rows << QStringList{f.period.isEmpty() ? f.label : f.label + u'\n' + f.period, f.active, f.draft, f.change}
                    .join(u" | "_qs);
    return rows;
}

Status setIql(ModelDraft &draft, int iql)
{
    Thresholds thresholds = draft.model().thresholds;
    thresholds.iql = iql;
    return draft.setThresholds(thresholds);
}

using LeadStage::Testing::saveScreenshot;

} // namespace

class TestWhatIfPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    std::unique_ptr<MainWindow> openEditor(const QString &path)
    {
        auto window = Testing::openWindowOn(path, waitMs);
        WorkspaceTabs *tabs = window->workspaceTabs();
        tabs->setCurrentWidget(tabs->modelEditor());
        ModelEditorPage *page = tabs->modelEditor();
        if (!QTest::qWaitFor(
                [&] { return page->draft()->hasModel() && !page->isLoading() && !page->whatIf()->isLoading(); },
                waitMs))
            qFatal("editor did not load");
        return window;
    }

    static bool waitForPanel(WhatIfPanel &panel)
    {
        return QTest::qWaitFor([&] { return !panel.isLoading() && !panel.isComparing(); }, waitMs);
    }

    static std::shared_ptr<const WhatIfSession> session(const QString &path)
    {
        auto workspace = openWorkspace(path, Workspace::Access::ReadOnly);
        auto loaded = WhatIfSession::load(workspace->database());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        return *loaded;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Testing::startWithFreshSettings();
        m_workspace = m_dir.filePath(u"whatif.leadstage"_qs);
        Testing::createYearDemo(m_workspace, 1500);
    }

    void init()
    {
        DashboardSettings::saveFilter(m_workspace, {});
        DashboardSettings::saveBucket(m_workspace, Bucket::Month);
    }

    void showsTheDraftBesideTheActiveModel_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<Bucket>("bucket");
        QTest::addColumn<QStringList>("grades");
        QTest::newRow("IQL threshold 25 → 30")
            << Edit([](ModelDraft &d) { return setIql(d, 30); }) << Bucket::Month << QStringList();
        QTest::newRow("whitepaper 10 → 25 points, by quarter") << Edit([](ModelDraft &d) {
            ScoringRule rule = d.model().rules[1];
            rule.points = 25;
            return d.changeRule(1, RuleField::Points, rule);
        }) << Bucket::Quarter << QStringList();
        QTest::newRow("faster decay, grades A and B") << Edit([](ModelDraft &d) {
            return d.setDecay(DecayRule{2, 10});
        }) << Bucket::Month << QStringList{u"A"_qs, u"B"_qs};
    }

    void showsTheDraftBesideTheActiveModel()
    {
        QFETCH(Edit, edit);
        QFETCH(Bucket, bucket);
        QFETCH(QStringList, grades);
        DashboardSettings::saveBucket(m_workspace, bucket);
        MetricsFilter remembered;
        for (const QString &name : grades)
            remembered.grades.push_back(*gradeFromName(name));
        DashboardSettings::saveFilter(m_workspace, remembered);
        const MetricsFilter filter = DashboardSettings::loadFilter(m_workspace);

        auto window = openEditor(m_workspace);
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        WhatIfPanel *panel = page->whatIf();
        QAbstractItemModelTester stageTester(panel->stageModel());
        QAbstractItemModelTester metricTester(panel->metricModel());
        QVERIFY(!panel->showsNumbers());
        QVERIFY2(panel->stateText().contains(u"equals the active model"_qs), qPrintable(panel->stateText()));

        QVERIFY(edit(*page->draft()).ok());
        QVERIFY(waitForPanel(*panel));
        QVERIFY2(panel->showsNumbers(), qPrintable(panel->stateText()));
        qInfo("edit to numbers on screen: %lld ms", panel->lastRefreshMs());

        // The what-if computed here, with the dashboard's remembered filter and bucket.
        const auto reference = session(m_workspace);
        auto comparison = reference->compare(page->draft()->model(), filter, bucket);
        QVERIFY(comparison.ok());
        const WhatIfFigures expected = WhatIfFigures::of(*comparison, filter);
        QCOMPARE(tableTexts(*panel->stageModel()), figureTexts(expected.stages));
        QCOMPARE(tableTexts(*panel->metricModel()), figureTexts(expected.metrics));
        QVERIFY(panel->shown());
        QCOMPARE(panel->shown()->figures.changedLeads, comparison->changes.changed());
        QVERIFY(comparison->changes.changed() > 0);
        QCOMPARE(panel->moveList()->count(), int(expected.moves.size()));
        QVERIFY(panel->findChild<QLabel *>(u"whatIfScope"_qs)->text().contains(expected.scope));

        // The same texts as a full rescore of the draft, and of the active model as stored.
        auto original = openWorkspace(m_workspace, Workspace::Access::ReadOnly);
        DraftComparison full;
        full.active = dashboardOf(original->database(), filter, bucket);
        full.draft = rescoredCopy(original->database(), m_dir.filePath(u"rescored.leadstage"_qs),
                                  page->draft()->model(), reference->asOf(), filter, bucket);
        const WhatIfFigures rescored = WhatIfFigures::of(full, filter);
        QCOMPARE(tableTexts(*panel->stageModel()), figureTexts(rescored.stages));
        QCOMPARE(tableTexts(*panel->metricModel()), figureTexts(rescored.metrics));
        for (std::size_t s = 0; s < StageChanges::stageCount; ++s)
            QCOMPARE(panel->stageModel()->index(int(s), WhatIfTableModel::DraftColumn).data().toString(),
                     DashboardFormat::count(full.draft.stages.current[s]));
        QVERIFY(!panel->stageModel()->index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!panel->metricModel()->index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());

        // Undoing back to the active model hides the numbers and says so.
        while (page->draft()->undoStack()->canUndo())
            page->draft()->undoStack()->undo();
        QVERIFY(!page->draft()->isDirty());
        QVERIFY(waitForPanel(*panel));
        QVERIFY(!panel->showsNumbers());
        QVERIFY2(panel->stateText().contains(u"equals the active model"_qs), qPrintable(panel->stateText()));
        DashboardSettings::saveFilter(m_workspace, {});
    }

    void saysSoWhenTheNumbersStayTheSame()
    {
        auto window = openEditor(m_workspace);
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        WhatIfPanel *panel = page->whatIf();
        ScoringRule rule = page->draft()->model().rules[1];
        rule.label = u"Analyst report"_qs; // a label does not score
        QVERIFY(page->draft()->changeRule(1, RuleField::Label, rule).ok());
        QVERIFY(page->draft()->isDirty());
        QVERIFY(waitForPanel(*panel));
        QVERIFY(!panel->showsNumbers());
        QVERIFY2(panel->stateText().contains(u"no lead changes stage"_qs), qPrintable(panel->stateText()));
        page->draft()->revert();
    }

    void aWorkspaceThatCannotBeReadSaysWhatToDo()
    {
        ModelDraft draft;
        WhatIfPanel panel(&draft);
        panel.show();
        panel.setWorkspacePath(m_dir.filePath(u"missing.leadstage"_qs));
        QVERIFY(waitForPanel(panel));
        QVERIFY(!panel.showsNumbers());
        QVERIFY2(panel.stateText().startsWith(u"Could not read the workspace for the what-if"_qs),
                 qPrintable(panel.stateText()));
        auto *retry = panel.findChild<QPushButton *>(u"whatIfReadAgain"_qs);
        QVERIFY(retry && retry->isVisible());
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.leadstage"_qs))); // read-only: nothing made
    }

    void aQuickSeriesOfEditsShowsOnlyTheLast()
    {
        auto window = openEditor(m_workspace);
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        WhatIfPanel *panel = page->whatIf();
        QSignalSpy updated(panel, &WhatIfPanel::updated);
        for (int iql = 26; iql <= 31; ++iql) {
            QVERIFY(setIql(*page->draft(), iql).ok());
            // Each edit starts its comparison before the next edit comes.
            QCoreApplication::processEvents();
            QVERIFY(panel->isComparing());
        }
        QVERIFY(waitForPanel(*panel));
        QCOMPARE(updated.count(), 1);
        const auto reference = session(m_workspace);
        auto comparison = reference->compare(page->draft()->model(), {}, Bucket::Month);
        QVERIFY(comparison.ok());
        const WhatIfFigures expected = WhatIfFigures::of(*comparison, {});
        QCOMPARE(tableTexts(*panel->stageModel()), figureTexts(expected.stages));
        QCOMPARE(tableTexts(*panel->metricModel()), figureTexts(expected.metrics));
        QCOMPARE(panel->shown()->comparison.changes.changedLeads(), comparison->changes.changedLeads());
    }

    void changedLeadsOpenInTheExplorer()
    {
        auto window = openEditor(m_workspace);
        WorkspaceTabs *tabs = window->workspaceTabs();
        ModelEditorPage *page = tabs->modelEditor();
        WhatIfPanel *panel = page->whatIf();
        QVERIFY(setIql(*page->draft(), 30).ok());
        QVERIFY(waitForPanel(*panel));
        QVERIFY(panel->showsNumbers());
        const std::vector<std::int64_t> changed = panel->shown()->comparison.changes.changedLeads();
        QVERIFY(!changed.empty());
        QVERIFY(panel->changedLeadsButton()->isEnabled());

        QTest::mouseClick(panel->changedLeadsButton(), Qt::LeftButton);
        QCOMPARE(tabs->currentWidget(), tabs->explorer());
        QVERIFY(QTest::qWaitFor([&] { return !tabs->explorer()->isBusy(); }, waitMs));
        QCOMPARE(tabs->explorer()->rowCount(), int(changed.size()));
        for (int row = 0; row < tabs->explorer()->rowCount(); ++row)
            tabs->explorer()->model()->rowAt(row);
        QVERIFY(QTest::qWaitFor([&] { return !tabs->explorer()->isBusy(); }, waitMs));
        for (int row = 0; row < int(changed.size()); ++row)
            QCOMPARE(tabs->explorer()->model()->leadIdAt(row), changed[std::size_t(row)]);

        // A line of the stage-change list opens that cell's leads.
        tabs->setCurrentWidget(page);
        QVERIFY(panel->moveList()->count() > 0);
        const WhatIfMove move = panel->shown()->figures.moves.front();
        const std::vector<std::int64_t> cell = panel->shown()->comparison.changes.leadsMoving(move.from, move.to);
        QCOMPARE(int(cell.size()), move.leads);
        QListWidgetItem *item = panel->moveList()->item(0);
        QTest::mouseClick(panel->moveList()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          panel->moveList()->visualItemRect(item).center());
        QCOMPARE(tabs->currentWidget(), tabs->explorer());
        QVERIFY(QTest::qWaitFor([&] { return !tabs->explorer()->isBusy(); }, waitMs));
        QCOMPARE(tabs->explorer()->rowCount(), move.leads);
        page->draft()->revert();
    }

    void screenshotOfTheEditorWithThePanel()
    {
        auto window = openEditor(m_workspace);
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        page->sections()->setCurrentIndex(ModelEditorPage::ThresholdsSection);
        QVERIFY(setIql(*page->draft(), 30).ok());
        QVERIFY(waitForPanel(*page->whatIf()));
        QVERIFY(page->whatIf()->showsNumbers());
        QCOMPARE(window->size(), QSize(1366, 768));
        saveScreenshot(*window, u"ruleeditor-whatif.png"_qs);
        page->sections()->setCurrentIndex(ModelEditorPage::RulesSection);
        saveScreenshot(*window, u"ruleeditor-whatif-rules.png"_qs);
        page->draft()->revert();
        QVERIFY(waitForPanel(*page->whatIf()));
        saveScreenshot(*window, u"ruleeditor-whatif-equal.png"_qs);
    }

    void reloadsAfterSaveAsNewVersion()
    {
        const QString path = m_dir.filePath(u"saved.leadstage"_qs);
        copyWorkspace(openWorkspace(m_workspace, Workspace::Access::ReadOnly)->database(), path);
        auto window = openEditor(path);
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        WhatIfPanel *panel = page->whatIf();
        QVERIFY(setIql(*page->draft(), 30).ok());
        QVERIFY(waitForPanel(*panel));
        const QStringList draftStages = [&] {
            QStringList texts;
            for (int s = 0; s < panel->stageModel()->rowCount(); ++s)
                texts << panel->stageModel()->index(s, WhatIfTableModel::DraftColumn).data().toString();
            return texts;
        }();

        QSignalSpy saved(page, &ModelEditorPage::modelSaved);
        QVERIFY(page->saveAs(u"Tuned"_qs));
        QVERIFY(saved.wait(waitMs));
        QVERIFY(!page->draft()->isDirty());
        QVERIFY(waitForPanel(*panel));
        QVERIFY(!panel->showsNumbers());
        QVERIFY(panel->stateText().contains(u"equals the active model (Tuned)"_qs));

        // The next edit is compared with the saved version: its numbers are "active" now.
        QVERIFY(setIql(*page->draft(), 31).ok());
        QVERIFY(waitForPanel(*panel));
        QVERIFY(panel->showsNumbers());
        for (int s = 0; s < panel->stageModel()->rowCount(); ++s)
            QCOMPARE(panel->stageModel()->index(s, WhatIfTableModel::ActiveColumn).data().toString(), draftStages[s]);
        page->draft()->revert();
    }
};

QTEST_MAIN(TestWhatIfPanel)
#include "tst_whatifpanel.moc"
