#include "Application.h"
#include "EditorTestSetup.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "demo/DemoWorkspace.h"
#include "ruleeditor/ActivityPicker.h"
#include "ruleeditor/ConditionEditor.h"
#include "ruleeditor/DecayPanel.h"
#include "ruleeditor/DraftTablePanel.h"
#include "ruleeditor/FitPanel.h"
#include "ruleeditor/FitRuleTableModel.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "ruleeditor/ModelSaveJob.h"
#include "ruleeditor/NurturePanel.h"
#include "ruleeditor/NurtureStepTableModel.h"
#include "ruleeditor/NurtureTrackTableModel.h"
#include "ruleeditor/RuleTreeModel.h"
#include "ruleeditor/RulesPanel.h"
#include "ruleeditor/ThresholdRuler.h"
#include "ruleeditor/ThresholdsPanel.h"
#include "ruleeditor/TriggerTableModel.h"
#include "scoring/ModelStore.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "tuning/EngagementHistogram.h"
#include "workspace/WorkspaceTabs.h"

#include "common/QCustomPlotInclude.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace LeadStage;

using Edit = std::function<Status(ModelDraft &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

ScoringRule changed(const ModelDraft &draft, int rule, const std::function<void(ScoringRule &)> &change)
{
    ScoringRule copy = draft.model().rules[std::size_t(rule)];
    change(copy);
    return copy;
}

using LeadStage::Testing::saveScreenshot;

std::int64_t scalar(Database &database, const char *sql, std::int64_t bound = 0)
{
    auto query = database.prepare(sql);
    if (!query)
        qFatal("%s", qPrintable(query.error().toString()));
    if (bound)
        query->bind(1, bound);
    auto row = query->step();
    return row && *row ? query->int64(0) : -1;
}

} // namespace

class TestRuleEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    // A main window on the demo workspace with the scoring-model page shown and loaded.
    std::unique_ptr<MainWindow> openEditor()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        QSignalSpy opened(window.get(), &MainWindow::workspaceOpened);
        window->openWorkspace(m_workspace);
        if (!opened.wait(30000))
            qFatal("workspace did not open");
        WorkspaceTabs *tabs = window->workspaceTabs();
        tabs->setCurrentWidget(tabs->modelEditor());
        ModelEditorPage *page = tabs->modelEditor();
        if (!QTest::qWaitFor([&] { return page->draft()->hasModel() && !page->isLoading(); }, 30000))
            qFatal("editor did not load");
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Testing::startWithFreshSettings();
        m_workspace = m_dir.filePath(u"editor.leadstage"_qs);
        Testing::createYearDemo(m_workspace, 1200);
    }

    void everyEditUndoesAndRedoes_data()
    {
        QTest::addColumn<Edit>("edit");
        const auto row = [](const char *name, Edit edit) { QTest::newRow(name) << edit; };
        row("add rule", [](ModelDraft &d) {
            ScoringRule rule;
            rule.id = u"case_study"_qs;
            rule.label = u"Case study"_qs;
            rule.category = u"Content"_qs;
            rule.activity = u"case_study_download"_qs;
            rule.points = 12;
            return d.addRule(3, rule);
        });
        row("duplicate rule", [](ModelDraft &d) { return d.duplicateRule(1); });
        row("delete rule", [](ModelDraft &d) { return d.removeRule(4); });
        row("move rule within its category", [](ModelDraft &d) { return d.moveRule(2, 0, u"Content"_qs); });
        row("move rule to another category", [](ModelDraft &d) { return d.moveRule(0, 5, u"Webinar"_qs); });
        row("rule label", [](ModelDraft &d) {
            return d.changeRule(1, RuleField::Label,
                                changed(d, 1, [](ScoringRule &r) { r.label = u"Analyst report"_qs; }));
        });
        row("rule activity", [](ModelDraft &d) {
            return d.changeRule(1, RuleField::Activity,
                                changed(d, 1, [](ScoringRule &r) { r.activity = u"ebook_download"_qs; }));
        });
        row("rule detail", [](ModelDraft &d) {
            return d.changeRule(1, RuleField::Detail, changed(d, 1, [](ScoringRule &r) { r.detail = u"*2025*"_qs; }));
        });
        row("rule track", [](ModelDraft &d) {
            return d.changeRule(1, RuleField::Track, changed(d, 1, [](ScoringRule &r) { r.track = Track::Intent; }));
        });
        row("rule points", [](ModelDraft &d) {
            return d.changeRule(1, RuleField::Points, changed(d, 1, [](ScoringRule &r) { r.points = -3; }));
        });
        row("rule pays", [](ModelDraft &d) {
            return d.changeRule(1, RuleField::Pays, changed(d, 1, [](ScoringRule &r) {
                                    r.pays = PayMode::AtCount;
                                    r.count = 4;
                                }));
        });
        row("rule count", [](ModelDraft &d) {
            return d.changeRule(6, RuleField::Count, changed(d, 6, [](ScoringRule &r) { r.count = 5; }));
        });
        row("rule cap", [](ModelDraft &d) {
            return d.changeRule(18, RuleField::Cap, changed(d, 18, [](ScoringRule &r) { r.cap = 35; }));
        });
        row("rule category", [](ModelDraft &d) {
            return d.changeRule(1, RuleField::Category,
                                changed(d, 1, [](ScoringRule &r) { r.category = u"Research"_qs; }));
        });
        row("field rule condition", [](ModelDraft &d) {
            ScoringRule rule;
            rule.id = u"visits"_qs;
            rule.label = u"5+ site visits"_qs;
            rule.category = u"Website"_qs;
            rule.condition = FieldCondition{u"TotalVisits"_qs, FieldOp::AtLeast, QJsonValue(5)};
            rule.pays = PayMode::Once;
            rule.points = 10;
            if (Status added = d.addRule(0, rule); !added)
                return added;
            d.undoStack()->clear(); // only the condition edit is checked
            return d.changeRule(
                0, RuleField::Condition, changed(d, 0, [](ScoringRule &r) {
                    r.condition = FieldCondition{u"TotalVisits"_qs, FieldOp::Between, QJsonArray{5, 20}};
                }));
        });
        row("rename category", [](ModelDraft &d) { return d.renameCategory(u"Email"_qs, u"E-mail"_qs); });
        row("add trigger", [](ModelDraft &d) {
            return d.addTrigger(
                1, ScoringTrigger{u"roi3"_qs, u"ROI calculator twice"_qs, u"roi_calculator"_qs, {}, 2, 14});
        });
        row("delete trigger", [](ModelDraft &d) { return d.removeTrigger(0); });
        row("trigger count", [](ModelDraft &d) {
            ScoringTrigger t = d.model().triggers[3];
            t.count = 4;
            return d.changeTrigger(3, t, TriggerTableModel::CountColumn);
        });
        row("trigger window", [](ModelDraft &d) {
            ScoringTrigger t = d.model().triggers[3];
            t.withinDays.reset();
            return d.changeTrigger(3, t, TriggerTableModel::WindowColumn);
        });
        row("thresholds", [](ModelDraft &d) {
            Thresholds t = d.model().thresholds;
            t.iql = 30;
            t.mqlIcp = 40;
            return d.setThresholds(t);
        });
        row("decay", [](ModelDraft &d) { return d.setDecay(DecayRule{2, 8}); });
        row("grade boundaries", [](ModelDraft &d) { return d.setGrades(GradeBoundaries{80, 55, 20}); });
        row("add fit rule", [](ModelDraft &d) {
            return d.addFitRule(0,
                                FitRule{u"Partner"_qs, {u"source"_qs, FieldOp::Equal, QJsonValue(u"Partner"_qs)}, 10});
        });
        row("delete fit rule", [](ModelDraft &d) { return d.removeFitRule(2); });
        row("fit rule points", [](ModelDraft &d) {
            FitRule r = d.model().fit.rules[0];
            r.points = 35;
            return d.changeFitRule(0, r, FitRuleTableModel::PointsColumn);
        });
        row("fit rule condition", [](ModelDraft &d) {
            FitRule r = d.model().fit.rules[0];
            r.condition.value = QJsonArray{u"Software"_qs};
            return d.changeFitRule(0, r, FitRuleTableModel::ConditionColumn);
        });
        row("add nurture track", [](ModelDraft &d) {
            return d.addNurtureTrack(4,
                                     NurtureTrack{u"customers"_qs, u"Customer marketing"_qs, {u"Customer"_qs}, {}, {}});
        });
        row("delete nurture track", [](ModelDraft &d) { return d.removeNurtureTrack(3); });
        row("move nurture track", [](ModelDraft &d) { return d.moveNurtureTrack(0, 2); });
        row("nurture track stages", [](ModelDraft &d) {
            NurtureTrack t = d.model().nurture.tracks[2];
            t.stages = {u"IQL"_qs, u"Lead"_qs};
            return d.changeNurtureTrack(2, t, NurtureTrackTableModel::StagesColumn);
        });
        row("add nurture step", [](ModelDraft &d) { return d.addNurtureStep(4, NurtureStep{40, u"Archive"_qs}); });
        row("delete nurture step", [](ModelDraft &d) { return d.removeNurtureStep(1); });
        row("nurture step week", [](ModelDraft &d) {
            NurtureStep s = d.model().nurture.steps[1];
            s.fromWeek = 7;
            return d.changeNurtureStep(1, s, NurtureStepTableModel::WeekColumn);
        });
        row("stagnant days", [](ModelDraft &d) { return d.setStagnantDays(45); });
    }

    void everyEditUndoesAndRedoes()
    {
        QFETCH(Edit, edit);
        ModelDraft draft;
        RuleTreeModel rules(&draft);
        QAbstractItemModelTester rulesTester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TriggerTableModel triggers(&draft);
        QAbstractItemModelTester triggersTester(&triggers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FitRuleTableModel fit(&draft);
        QAbstractItemModelTester fitTester(&fit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NurtureTrackTableModel tracks(&draft);
        QAbstractItemModelTester tracksTester(&tracks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NurtureStepTableModel steps(&draft);
        QAbstractItemModelTester stepsTester(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        draft.setActive(Testing::defaultModel(), ModelVersion{1, u"Default"_qs, 1, {}, 0, true});
        QVERIFY(!draft.isDirty());
        QSignalSpy changes(&draft, &ModelDraft::draftChanged);

        const Status status = edit(draft);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().toString()));
        const ScoringModel before = Testing::defaultModel();
        const ScoringModel after = draft.model();
        QCOMPARE(draft.undoStack()->count(), 1);
        QVERIFY(draft.isDirty());
        QVERIFY(changes.count() >= 1);

        draft.undoStack()->undo();
        if (QByteArray(QTest::currentDataTag()) == "field rule condition")
            QCOMPARE(draft.model().rules[0].condition->op, FieldOp::AtLeast);
        else {
            QVERIFY(draft.model() == before);
            QVERIFY(!draft.isDirty());
        }
        draft.undoStack()->redo();
        QVERIFY(draft.model() == after);
    }

    void typingPointsMergesIntoOneStep()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        page->sections()->setCurrentIndex(ModelEditorPage::RulesSection);
        RulesPanel *rules = page->rules();
        QAbstractItemModelTester tester(rules->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int ebook = 2; // "Ebook or comprehensive guide", 15 points
        QCOMPARE(page->draft()->model().rules[ebook].points, 15);
        const QModelIndex points = rules->model()->indexOfRule(ebook, RuleTreeModel::PointsColumn);
        rules->view()->setCurrentIndex(points);
        rules->view()->edit(points);
        auto *spin = rules->view()->findChild<QSpinBox *>(u"numberEditor"_qs);
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, u"125"_qs); // 1, 12, 125: three values, one step
        QCOMPARE(page->draft()->model().rules[ebook].points, 125);
        QTest::keyClick(spin, Qt::Key_Enter);
        QTRY_VERIFY(!rules->view()->findChild<QSpinBox *>(u"numberEditor"_qs));
        QCOMPARE(page->draft()->undoStack()->count(), 1);
        QCOMPARE(page->draft()->undoStack()->undoText(), u"Change the points of “Ebook or comprehensive guide”"_qs);
        QVERIFY(page->draft()->isDirty());

        // A second editing session is a step of its own.
        rules->view()->edit(points);
        spin = rules->view()->findChild<QSpinBox *>(u"numberEditor"_qs);
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, u"20"_qs);
        QTest::keyClick(spin, Qt::Key_Enter);
        QCOMPARE(page->draft()->undoStack()->count(), 2);

        // Edit → Undo in the menu bar (Ctrl+Z) takes both back, Ctrl+Shift+Z redoes.
        QAction *undo = window->findChild<QAction *>(u"undoAction"_qs);
        QAction *redo = window->findChild<QAction *>(u"redoAction"_qs);
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        undo->trigger();
        QCOMPARE(page->draft()->model().rules[ebook].points, 125);
        undo->trigger();
        QCOMPARE(page->draft()->model().rules[ebook].points, 15);
        QVERIFY(!page->draft()->isDirty());
        redo->trigger();
        QCOMPARE(page->draft()->model().rules[ebook].points, 125);
        page->draft()->revert();
    }

    void invalidValuesAreRefusedWithAMessage()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        ModelDraft *draft = page->draft();

        // At count 1 through the rule table: refused, nothing stored, a message.
        RuleTreeModel *rules = page->rules()->model();
        const int blog = 6; // blog reading, at count 3
        QVERIFY(!rules->setData(rules->indexOfRule(blog, RuleTreeModel::PaysColumn),
                                QVariantList{int(PayMode::AtCount), 1}, Qt::EditRole));
        QCOMPARE(draft->model().rules[blog].count, 3);
        QCOMPARE(draft->undoStack()->count(), 0);
        QVERIFY2(page->messageText().contains(u"pays at count 1"_qs), qPrintable(page->messageText()));
        QVERIFY(page->messageText().contains(u"at least 2"_qs));

        // MQL below IQL typed into the thresholds box: refused and shown back as 50.
        page->sections()->setCurrentIndex(ModelEditorPage::ThresholdsSection);
        auto *mql = page->thresholds()->findChild<QSpinBox *>(u"mqlThreshold"_qs);
        QVERIFY(mql);
        mql->setFocus();
        mql->setValue(20);
        QCOMPARE(draft->model().thresholds.mql, 50);
        QCOMPARE(mql->value(), 50);
        QVERIFY2(page->messageText().contains(u"the MQL threshold 20 is not above the IQL threshold 25"_qs),
                 qPrintable(page->messageText()));
        QVERIFY(!draft->isDirty());
        saveScreenshot(*window, u"ruleeditor-refused.png"_qs);
    }

    void activityPickerListsEventCounts()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        page->sections()->setCurrentIndex(ModelEditorPage::RulesSection);
        RulesPanel *rules = page->rules();
        auto reading = Workspace::open(m_workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(reading.ok());
        const std::int64_t ebooks =
            scalar((*reading)->database(), "SELECT count(*) FROM events e JOIN activity_types a ON a.id = e.activity_id"
                                           " WHERE a.key = 'ebook_download'");
        QVERIFY(ebooks > 1);
        const int whitepaper = 1;
        const QModelIndex criterion = rules->model()->indexOfRule(whitepaper, RuleTreeModel::CriterionColumn);
        rules->view()->setCurrentIndex(criterion);
        rules->view()->edit(criterion);
        auto *picker = rules->view()->findChild<ActivityPicker *>(u"activityPicker"_qs);
        QVERIFY(picker);
        QCOMPARE(picker->activity(), u"whitepaper_download"_qs);
        const int ebook = picker->findData(u"ebook_download"_qs);
        QVERIFY(ebook >= 0);
        QCOMPARE(picker->itemText(ebook), u"ebook_download — %1 events"_qs.arg(QLocale().toString(qlonglong(ebooks))));
        saveScreenshot(*window, u"ruleeditor-activity-picker.png"_qs);
        picker->setCurrentIndex(ebook);
        Q_EMIT picker->activated(ebook);
        QCOMPARE(page->draft()->model().rules[whitepaper].activity, u"ebook_download"_qs);
        QCOMPARE(page->draft()->undoStack()->count(), 1);
        QTest::keyClick(picker, Qt::Key_Escape);
        page->draft()->revert();
    }

    void aFieldRuleOnAFieldNoLeadHasIsMarked()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        page->sections()->setCurrentIndex(ModelEditorPage::RulesSection);
        RulesPanel *rules = page->rules();
        const auto fieldRule = [](const QString &id, const QString &field) {
            ScoringRule rule;
            rule.id = id;
            rule.label = id;
            rule.category = u"Fields"_qs;
            rule.points = 5;
            rule.condition = FieldCondition{field, FieldOp::AtLeast, QJsonValue(3)};
            return rule;
        };
        const int count = int(page->draft()->model().rules.size());
        QVERIFY(page->draft()->addRule(count, fieldRule(u"visits"_qs, u"TotalVisits"_qs)).ok());  // the demo's attrs
        QVERIFY(page->draft()->addRule(count + 1, fieldRule(u"views"_qs, u"PageViews"_qs)).ok()); // no lead has it
        const QModelIndex visits = rules->model()->indexOfRule(count, RuleTreeModel::CriterionColumn);
        const QModelIndex views = rules->model()->indexOfRule(count + 1, RuleTreeModel::CriterionColumn);
        QVERIFY(!visits.data(Qt::ForegroundRole).isValid());
        QCOMPARE(views.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb4, 0x53, 0x09));
        QVERIFY(!visits.data(Qt::ToolTipRole).toString().contains(u"no lead"_qs));
        QVERIFY2(views.data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"no lead in this workspace has a value in &quot;PageViews&quot;, so it scores 0"_qs),
                 qPrintable(views.data(Qt::ToolTipRole).toString()));

        // The condition builder offers the workspace's extra columns after the lead fields.
        rules->view()->scrollTo(visits);
        rules->view()->setCurrentIndex(visits);
        rules->view()->edit(visits);
        auto *editor = rules->view()->findChild<ConditionEditor *>(u"conditionEditor"_qs);
        QVERIFY(editor);
        auto *field = editor->findChild<QComboBox *>(u"conditionField"_qs);
        QVERIFY(field->findText(u"TotalVisits"_qs) > field->findText(u"company"_qs));
        QCOMPARE(field->currentText(), u"TotalVisits"_qs);
        saveScreenshot(*window, u"ruleeditor-absent-field.png"_qs);
        QTest::keyClick(editor->findChild<QLineEdit *>(u"conditionValue"_qs), Qt::Key_Escape);
        page->draft()->revert();
    }

    void conditionBuilderEditsAFitRule()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        page->sections()->setCurrentIndex(ModelEditorPage::FitSection);
        QTableView *view = page->fit()->rules()->view();
        const QModelIndex condition = view->model()->index(0, FitRuleTableModel::ConditionColumn);
        view->setCurrentIndex(condition);
        view->edit(condition);
        auto *editor = view->findChild<ConditionEditor *>(u"conditionEditor"_qs);
        QVERIFY(editor);
        auto *value = editor->findChild<QLineEdit *>(u"conditionValue"_qs);
        QCOMPARE(value->text(), u"Software, Technology, Financial Services, Finance, Healthcare"_qs);
        saveScreenshot(*window, u"ruleeditor-condition-builder.png"_qs);
        value->setText(u"Software, Fintech"_qs);
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(page->draft()->model().fit.rules[0].condition.value,
                 QJsonValue(QJsonArray{u"Software"_qs, u"Fintech"_qs}));
        QCOMPARE(page->draft()->undoStack()->count(), 1);

        // A value the operator cannot take is refused with the reason; nothing changes.
        QTRY_VERIFY(!view->findChild<ConditionEditor *>(u"conditionEditor"_qs));
        view->edit(condition);
        editor = view->findChild<ConditionEditor *>(u"conditionEditor"_qs);
        QVERIFY(editor);
        auto *op = editor->findChild<QComboBox *>(u"conditionOperator"_qs);
        op->setCurrentIndex(op->findText(u">="_qs));
        value = editor->findChild<QLineEdit *>(u"conditionValue"_qs);
        value->setText(u"many"_qs);
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(page->draft()->model().fit.rules[0].condition.op, FieldOp::In);
        QCOMPARE(page->draft()->undoStack()->count(), 1);
        QVERIFY2(page->messageText().contains(u"is not a number"_qs), qPrintable(page->messageText()));
        page->draft()->revert();
    }

    void toolbarAddsDuplicatesAndDeletesRules()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        page->sections()->setCurrentIndex(ModelEditorPage::RulesSection);
        RulesPanel *rules = page->rules();
        ModelDraft *draft = page->draft();
        const auto button = [&](const char *name) {
            auto *found = rules->findChild<QToolButton *>(QString::fromLatin1(name));
            if (!found)
                qFatal("no button %s", name);
            return found;
        };
        const std::size_t count = draft->model().rules.size();
        rules->selectRule(4); // "Attended live", in Webinar
        QVERIFY(button("duplicateRule")->isEnabled());
        QTest::mouseClick(button("duplicateRule"), Qt::LeftButton);
        QCOMPARE(draft->model().rules.size(), count + 1);
        QCOMPARE(draft->model().rules[5].id, u"webinar_attended_2"_qs);
        QCOMPARE(draft->model().rules[5].label, u"Attended live (copy)"_qs);
        QCOMPARE(rules->currentRule(), 5);
        QTest::mouseClick(button("deleteRule"), Qt::LeftButton);
        QCOMPARE(draft->model().rules.size(), count);
        QTest::mouseClick(button("addActivityRule"), Qt::LeftButton);
        QCOMPARE(draft->model().rules.size(), count + 1);
        const ScoringRule &added = draft->model().rules[std::size_t(rules->currentRule())];
        QCOMPARE(added.category, u"Webinar"_qs);
        QCOMPARE(added.label, u"New activity rule"_qs);
        QCOMPARE(draft->undoStack()->count(), 3);
        draft->undoStack()->undo();
        draft->undoStack()->undo();
        draft->undoStack()->undo();
        QVERIFY(!draft->isDirty());
    }

    void dragsARuleIntoAnotherCategory()
    {
        ModelDraft draft;
        RuleTreeModel rules(&draft);
        QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        draft.setActive(Testing::defaultModel(), ModelVersion{});
        QCOMPARE(rules.rowCount(), 7); // Content, Webinar, Website, Email, Social, Intent, Product
        const int whitepaper = 1;
        std::unique_ptr<QMimeData> data(rules.mimeData({rules.indexOfRule(whitepaper)}));
        QVERIFY(data);
        const QModelIndex webinar = rules.index(1, 0);
        QCOMPARE(rules.data(webinar, Qt::DisplayRole).toString(), u"Webinar"_qs);
        // Dropped onto the Webinar group, after its last rule.
        rules.dropMimeData(data.get(), Qt::MoveAction, -1, 0, webinar);
        const auto &moved = draft.model().rules[5];
        QCOMPARE(moved.id, u"whitepaper_download"_qs);
        QCOMPARE(moved.category, u"Webinar"_qs);
        QCOMPARE(draft.undoStack()->count(), 1);
        QCOMPARE(rules.rowCount(webinar), 4);
        draft.undoStack()->undo();
        QCOMPARE(draft.model().rules[1].id, u"whitepaper_download"_qs);
        QCOMPARE(draft.model().rules[1].category, u"Content"_qs);
    }

    void decayChartFollowsTheDraft()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        page->sections()->setCurrentIndex(ModelEditorPage::DecaySection);
        auto *start = page->decay()->findChild<QSpinBox *>(u"decayStartScore"_qs);
        QVERIFY(start);
        start->setValue(50);
        QVERIFY(page->draft()->setDecay(DecayRule{1, 5}).ok());
        // Steps on days 60, 90, …: 45, 40, 35, 30, 25 (day 180), 20 on day 210.
        QCOMPARE(page->decay()->summaryText(),
                 u"An idle lead at 50 points falls below the IQL threshold (25) on day 210."_qs);
        saveScreenshot(*window, u"ruleeditor-decay.png"_qs);
        page->draft()->revert();
    }

    void dragsAThresholdHandleAndSavesTheModel()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        ModelDraft *draft = page->draft();
        page->sections()->setCurrentIndex(ModelEditorPage::ThresholdsSection);
        ThresholdRuler *ruler = page->thresholds()->ruler();
        QCustomPlot *plot = ruler->plot();
        QCoreApplication::sendPostedEvents(); // the section's layout, so the plot has its size
        QCoreApplication::processEvents();
        plot->replot();

        auto reading = Workspace::open(m_workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(reading.ok());
        auto histogram = EngagementHistogram::read((*reading)->database());
        QVERIFY(histogram.ok());
        const std::int64_t iqlsBefore =
            scalar((*reading)->database(), "SELECT count(*) FROM lead_state WHERE iql_at IS NOT NULL");
        const std::int64_t leads = scalar((*reading)->database(), "SELECT count(*) FROM leads");

        const QPoint from = ruler->handlePixel(ThresholdRuler::Iql);
        const int target = 35;
        const QPoint to(int(std::lround(plot->xAxis->coordToPixel(target))), from.y());
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
        QVERIFY(ruler->isDragging());
        const QPoint halfway((from.x() + to.x()) / 2, from.y());
        QTest::mouseMove(plot, halfway);
        const int middle = draft->model().thresholds.iql;
        QVERIFY(middle > 25 && middle < target);
        auto *iqlCount = ruler->findChild<QLabel *>(u"iqlCount"_qs);
        QVERIFY(iqlCount);
        const QLocale locale;
        QVERIFY2(iqlCount->text().contains(locale.toString(qlonglong(histogram->engagementBelow(middle)))
                                           + u" leads below"_qs),
                 qPrintable(iqlCount->text()));
        QTest::mouseMove(plot, to);
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
        QVERIFY(!ruler->isDragging());
        QCOMPARE(draft->model().thresholds.iql, target);
        QCOMPARE(draft->undoStack()->count(), 1); // the whole drag is one step
        QCOMPARE(iqlCount->text(), ruler->countText(ThresholdRuler::Iql));
        QVERIFY(iqlCount->text().contains(locale.toString(qlonglong(histogram->engagementBelow(target)))
                                          + u" leads below"_qs));
        QVERIFY(iqlCount->text().contains(u"<b>"_qs + locale.toString(qlonglong(histogram->engagementAtLeast(target)))
                                          + u"</b> at or above"_qs));
        auto *spin = page->thresholds()->findChild<QSpinBox *>(u"iqlThreshold"_qs);
        QCOMPARE(spin->value(), target);
        saveScreenshot(*window, u"ruleeditor-thresholds.png"_qs);

        QSignalSpy saved(page, &ModelEditorPage::modelSaved);
        page->saveAs(u"Tuned"_qs);
        QVERIFY(saved.wait(60000));
        QVERIFY(!draft->isDirty());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);

        auto check = Workspace::open(m_workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(check.ok());
        ModelStore store((*check)->database());
        auto active = store.active();
        QVERIFY(active.ok() && active->has_value());
        QCOMPARE((*active)->name, u"Tuned"_qs);
        QCOMPARE((*active)->version, 1);
        auto model = store.load((*active)->id);
        QVERIFY(model.ok());
        QCOMPARE(model->thresholds.iql, target);
        QCOMPARE(draft->activeVersion().id, (*active)->id);
        // Every lead was rescored under the saved version; a higher IQL bar makes fewer IQLs.
        QCOMPARE(scalar((*check)->database(), "SELECT count(*) FROM lead_state WHERE model_id = ?1", (*active)->id),
                 leads);
        const std::int64_t iqlsAfter =
            scalar((*check)->database(), "SELECT count(*) FROM lead_state WHERE iql_at IS NOT NULL");
        QVERIFY2(iqlsAfter < iqlsBefore, qPrintable(u"%1 → %2"_qs.arg(iqlsBefore).arg(iqlsAfter)));
        QVERIFY(page->messageText().contains(u"Saved Tuned v1"_qs));
    }

    void cancelledSaveStoresNoVersion()
    {
        auto opened = Workspace::open(m_workspace, {});
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
        const std::shared_ptr<Workspace> workspace(std::move(*opened));
        const std::int64_t versions = scalar(workspace->database(), "SELECT count(*) FROM models");
        ScoringModel changed = Testing::defaultModel();
        changed.rules.front().points += 7;
        Progress cancelled;
        cancelled.cancel();
        const ModelSaveJob::Outcome outcome = ModelSaveJob::run(workspace, changed, u"cancelled"_qs, &cancelled);
        QVERIFY(!outcome.activated);
        QVERIFY(!outcome.error.what.isEmpty());
        QCOMPARE(scalar(workspace->database(), "SELECT count(*) FROM models"), versions);
    }

    void asksAboutUnsavedChangesOnClose()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        QVERIFY(page->draft()->setStagnantDays(45).ok());
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qApp->findChild<QMessageBox *>(u"unsavedQuestion"_qs);
                for (QWidget *widget : QApplication::topLevelWidgets())
                    if (widget->objectName() == u"unsavedQuestion")
                        box = static_cast<QMessageBox *>(widget);
                QVERIFY(box);
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        window->closeWorkspace();
        QVERIFY(window->workspace() != nullptr);
        QVERIFY(page->draft()->isDirty());
        answer(QMessageBox::Discard);
        window->closeWorkspace();
        QVERIFY(window->workspace() == nullptr);
    }

    void screenshotsOfEverySection()
    {
        auto window = openEditor();
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        window->workspaceTabs()->setCurrentIndex(0);
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier); // View → Scoring Model
        QCOMPARE(window->workspaceTabs()->currentWidget(), static_cast<QWidget *>(page));
        const QStringList names = {u"rules"_qs, u"thresholds"_qs, u"triggers"_qs,
                                   u"decay"_qs, u"fit"_qs,        u"nurture"_qs};
        QVERIFY(page->draft()->setStagnantDays(50).ok()); // shows the unsaved-changes mark
        for (int section = 0; section < names.size(); ++section) {
            page->sections()->setCurrentIndex(section);
            saveScreenshot(*window, u"ruleeditor-%1.png"_qs.arg(names[section]));
        }
        page->draft()->revert();
    }
};

QTEST_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
