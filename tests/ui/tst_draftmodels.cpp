// The scoring-model editor's item models over the draft: every edit, undo and
// replacement of the draft keeps them consistent with what their views were told.
// A model must still show its old rows when it announces a change (views and
// selection models read them then), and the rules table keeps its selection by rule id.

#include "EditorTestSetup.h"
#include "ruleeditor/DraftItemDelegate.h"
#include "ruleeditor/FitRuleTableModel.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/NurtureStepTableModel.h"
#include "ruleeditor/NurtureTrackTableModel.h"
#include "ruleeditor/RuleTreeModel.h"
#include "ruleeditor/RulesPanel.h"
#include "ruleeditor/TriggerTableModel.h"
#include "scoring/ScoringModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace LeadStage;

using DraftEdit = std::function<void(ModelDraft &)>;
Q_DECLARE_METATYPE(DraftEdit)

namespace {

// Every cell's text, depth first: what a view could read from the model.
QStringList cells(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column)
            texts.append(model.index(row, column, parent).data(Qt::DisplayRole).toString());
        texts.append(cells(model, model.index(row, 0, parent)));
    }
    return texts;
}

void requireOk(const Status &status)
{
    if (!status)
        qFatal("edit refused: %s", qPrintable(status.error().toString()));
}

ScoringModel shortModel()
{
    ScoringModel model = Testing::defaultModel();
    model.rules.resize(2);
    model.triggers.resize(1);
    model.fit.rules.clear();
    model.nurture.tracks.resize(1);
    model.nurture.steps.resize(1);
    return model;
}

// One model of each kind over one draft, each watched by Qt's model tester and by a
// probe that reads every cell whenever the model announces a change: it must read
// what the model showed when its previous change was done.
struct Watched
{
    explicit Watched(ModelDraft &draft)
    {
        models.emplace_back(std::make_unique<RuleTreeModel>(&draft));
        models.emplace_back(std::make_unique<TriggerTableModel>(&draft));
        models.emplace_back(std::make_unique<FitRuleTableModel>(&draft));
        models.emplace_back(std::make_unique<NurtureTrackTableModel>(&draft));
        models.emplace_back(std::make_unique<NurtureStepTableModel>(&draft));
        shown.resize(models.size());
        for (std::size_t which = 0; which < models.size(); ++which) {
            QAbstractItemModel *model = models[which].get();
            testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
            shown[which] = cells(*model);
            const auto announce = [this, model, which] {
                ++announcements;
                if (const QStringList now = cells(*model); now != shown[which])
                    mismatches.append(u"%1: announced while showing %2 instead of %3"_qs.arg(
                        QString::fromLatin1(model->metaObject()->className()), now.join(u'|'),
                        shown[which].join(u'|')));
            };
            const auto done = [this, model, which] { shown[which] = cells(*model); };
            QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, model, announce);
            QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, model, announce);
            QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, model, announce);
            QObject::connect(model, &QAbstractItemModel::rowsAboutToBeMoved, model, announce);
            QObject::connect(model, &QAbstractItemModel::modelReset, model, done);
            QObject::connect(model, &QAbstractItemModel::rowsInserted, model, done);
            QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, done);
            QObject::connect(model, &QAbstractItemModel::rowsMoved, model, done);
            QObject::connect(model, &QAbstractItemModel::dataChanged, model, done);
        }
    }

    std::vector<std::unique_ptr<QAbstractItemModel>> models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<QStringList> shown;
    QStringList mismatches;
    int announcements = 0;
};

} // namespace

class TestDraftModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcedWhileOldRowsStand_data();
    void announcedWhileOldRowsStand();
    void rulesPanelKeepsSelectionById();
};

void TestDraftModels::announcedWhileOldRowsStand_data()
{
    QTest::addColumn<DraftEdit>("edit");
    const auto rule = [](ModelDraft &draft) {
        ScoringRule added = draft.model().rules.front();
        added.id = draft.unusedRuleId(added.id);
        added.label = u"Added"_qs;
        return added;
    };
    QTest::newRow("rule added first") << DraftEdit([=](ModelDraft &d) { requireOk(d.addRule(0, rule(d))); });
    QTest::newRow("last rule deleted") << DraftEdit(
        [](ModelDraft &d) { requireOk(d.removeRule(int(d.model().rules.size()) - 1)); });
    QTest::newRow("rule moved to another category")
        << DraftEdit([](ModelDraft &d) { requireOk(d.moveRule(0, 7, d.model().rules[7].category)); });
    QTest::newRow("rule duplicated") << DraftEdit([](ModelDraft &d) { requireOk(d.duplicateRule(3)); });
    QTest::newRow("trigger deleted") << DraftEdit([](ModelDraft &d) { requireOk(d.removeTrigger(0)); });
    QTest::newRow("trigger added") << DraftEdit([](ModelDraft &d) {
        ScoringTrigger trigger = d.model().triggers.front();
        trigger.id = d.unusedTriggerId(trigger.id);
        requireOk(d.addTrigger(0, trigger));
    });
    QTest::newRow("fit rule deleted") << DraftEdit([](ModelDraft &d) { requireOk(d.removeFitRule(0)); });
    QTest::newRow("nurture track moved down") << DraftEdit([](ModelDraft &d) { requireOk(d.moveNurtureTrack(0, 2)); });
    QTest::newRow("nurture track moved up") << DraftEdit([](ModelDraft &d) { requireOk(d.moveNurtureTrack(3, 0)); });
    QTest::newRow("nurture step deleted") << DraftEdit([](ModelDraft &d) { requireOk(d.removeNurtureStep(1)); });
    QTest::newRow("undo of two deletions") << DraftEdit([](ModelDraft &d) {
        d.undoStack()->undo();
        d.undoStack()->undo();
    });
    QTest::newRow("another workspace's shorter model")
        << DraftEdit([](ModelDraft &d) { d.setActive(shortModel(), ModelVersion{}); });
    QTest::newRow("a new workspace without a model")
        << DraftEdit([](ModelDraft &d) { d.setActive(ScoringModel{}, ModelVersion{}); });
    QTest::newRow("shorter version loaded into the draft")
        << DraftEdit([](ModelDraft &d) { d.loadVersion(shortModel(), ModelVersion{}); });
    QTest::newRow("reverted after deletions") << DraftEdit([](ModelDraft &d) { d.revert(); });
}

void TestDraftModels::announcedWhileOldRowsStand()
{
    QFETCH(DraftEdit, edit);
    ModelDraft draft;
    draft.setActive(Testing::defaultModel(), ModelVersion{});
    // The revert and undo rows need a history to go back over.
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row.startsWith(u"reverted") || row.startsWith(u"undo")) {
        requireOk(draft.removeRule(0));
        requireOk(draft.removeTrigger(0));
    }
    Watched watched(draft);
    edit(draft);
    QVERIFY2(watched.mismatches.isEmpty(), qPrintable(watched.mismatches.join(u'\n')));
    QVERIFY2(watched.announcements > 0, "the edit changed no model's rows");
}

void TestDraftModels::rulesPanelKeepsSelectionById()
{
    ModelDraft draft;
    draft.setActive(Testing::defaultModel(), ModelVersion{});
    DraftItemDelegate delegate(&draft);
    RulesPanel panel(&draft, &delegate);
    panel.resize(900, 600);
    panel.show();
    const auto ruleIndex = [&](const QString &id) {
        const auto &rules = draft.model().rules;
        for (std::size_t i = 0; i < rules.size(); ++i)
            if (rules[i].id == id)
                return int(i);
        return -1;
    };
    const QString chosen = draft.model().rules[5].id;
    panel.selectRule(5);
    QCOMPARE(panel.currentRule(), 5);

    requireOk(draft.removeRule(0)); // the chosen rule moves up one place
    QCOMPARE(panel.currentRule(), ruleIndex(chosen));
    QCOMPARE(draft.model().rules[std::size_t(panel.currentRule())].id, chosen);

    ScoringModel reordered = Testing::defaultModel();
    std::rotate(reordered.rules.begin(), reordered.rules.begin() + 9, reordered.rules.end());
    draft.setActive(reordered, ModelVersion{});
    QCOMPARE(draft.model().rules[std::size_t(panel.currentRule())].id, chosen);

    draft.setActive(shortModel(), ModelVersion{}); // the chosen rule is gone
    QCOMPARE(panel.currentRule(), -1);
    draft.setActive(ScoringModel{}, ModelVersion{});
    QCOMPARE(panel.currentRule(), -1);
}

QTEST_MAIN(TestDraftModels)
#include "tst_draftmodels.moc"
