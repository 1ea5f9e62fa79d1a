// The suggestions panel on its own, offscreen, on a small demo: it shows the core's
// suggestions (SuggestedPoints on the same data and draft), accepting the checked ones
// or all of them is one undo step that leaves the draft exactly as the core's accept,
// a quick series of changes ends with the last question's answer, and without enough
// outcomes it says why instead of showing a table.

#include "EditorTestSetup.h"
#include "Screenshot.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/SuggestionTableModel.h"
#include "ruleeditor/SuggestionsPanel.h"
#include "store/Workspace.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/WhatIfSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

constexpr int waitMs = 120000;

// As of the latest date whose horizon lies in the data: two years of 3,000 leads give
// each window some 60 positive leads.
BackTestRequest sqlRequest()
{
    BackTestRequest request;
    request.outcome = OutcomeStage::Sql;
    return request;
}

} // namespace

class TestSuggestionsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const WhatIfSession> m_session;
    std::unique_ptr<Workspace> m_workspace;

    static bool waitForAnswer(SuggestionsPanel &panel)
    {
        QSignalSpy computed(&panel, &SuggestionsPanel::computed);
        while (panel.isComputing())
            if (!computed.wait(waitMs))
                return false;
        return true;
    }

    PointSuggestions coreSuggestions(const ScoringModel &model, bool newFieldRules = false) const
    {
        BackTestRequest request = sqlRequest();
        request.asOf = ModelEvaluation::defaultAsOf(m_session->asOf(), request.horizonDays);
        SuggestedPoints::Options options;
        options.newFieldRules = newFieldRules;
        return SuggestedPoints::compute(model, m_session->input(), request, m_session->asOf(), nullptr, options)
            .value();
    }

    void startDraft(ModelDraft &draft) const
    {
        draft.setActive(m_session->active().model, ModelVersion{1, u"Default"_qs, 1, {}, 0, true});
    }

private Q_SLOTS:
    void initTestCase()
    {
        startWithFreshSettings();
        const QString path = m_dir.filePath(u"demo.leadstage"_qs);
        DemoOptions options;
        options.leads = 3000;
        QVERIFY(createDemoWorkspace(path, options, nullptr));
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        auto session = WhatIfSession::load(m_workspace->database());
        QVERIFY(session);
        m_session = *session;
    }

    void showsTheCoresSuggestions()
    {
        ModelDraft draft;
        startDraft(draft);
        SuggestionsPanel panel(&draft);
        panel.resize(1280, 800);
        panel.show();
        QVERIFY(panel.summaryText().contains(u"Open a workspace"_qs)); // the empty state
        panel.setBackTest(sqlRequest());
        panel.setSession(m_session);
        QVERIFY(panel.isComputing());
        QVERIFY(waitForAnswer(panel));
        QVERIFY2(panel.suggestions().has_value(), qPrintable(panel.statusText()));
        const PointSuggestions expected = coreSuggestions(draft.model());
        const PointSuggestions &shown = *panel.suggestions();
        QCOMPARE(shown.suggestions.size(), expected.suggestions.size());
        for (std::size_t i = 0; i < expected.suggestions.size(); ++i) {
            QCOMPARE(shown.suggestions[i].feature.id, expected.suggestions[i].feature.id);
            QCOMPARE(shown.suggestions[i].suggestedPoints, expected.suggestions[i].suggestedPoints);
            QCOMPARE(shown.suggestions[i].aucIfAccepted, expected.suggestions[i].aucIfAccepted);
        }
        QCOMPARE(shown.acceptedAuc.auc, expected.acceptedAuc.auc);
        QVERIFY2(panel.summaryText().contains(QLocale().toString(expected.currentAuc.auc, 'f', 3)),
                 qPrintable(panel.summaryText()));
        const SuggestionTableModel *table = panel.tableModel();
        QCOMPARE(table->rowCount(), int(expected.suggestions.size()));
        const auto row = std::find_if(expected.suggestions.begin(), expected.suggestions.end(),
                                      [](const PointSuggestion &s) { return s.changes(); });
        QVERIFY(row != expected.suggestions.end());
        const int r = int(row - expected.suggestions.begin());
        QCOMPARE(table->data(table->index(r, SuggestionTableModel::Suggested), Qt::DisplayRole).toInt(),
                 row->suggestedPoints);
        QVERIFY(table->data(table->index(r, SuggestionTableModel::Rule), Qt::ToolTipRole)
                    .toString()
                    .contains(u"suggested %1"_qs.arg(row->suggestedPoints)));
        saveScreenshot(panel, u"suggestions-panel.png"_qs);
    }

    void acceptingIsOneUndoStep()
    {
        ModelDraft draft;
        startDraft(draft);
        SuggestionsPanel panel(&draft);
        panel.setBackTest(sqlRequest());
        panel.setSession(m_session);
        QVERIFY(waitForAnswer(panel));
        QVERIFY(panel.suggestions());
        const ScoringModel before = draft.model();
        const PointSuggestions suggestions = *panel.suggestions();
        auto *acceptChecked = panel.findChild<QPushButton *>(u"acceptCheckedSuggestions"_qs);
        auto *acceptAll = panel.findChild<QPushButton *>(u"acceptAllSuggestions"_qs);
        QVERIFY(acceptChecked && acceptAll);
        QVERIFY(!acceptChecked->isEnabled()); // nothing checked yet

        // One rule checked and accepted: the draft is the core's accept of it.
        const auto first = std::find_if(suggestions.suggestions.begin(), suggestions.suggestions.end(),
                                        [](const PointSuggestion &s) { return s.changes(); });
        SuggestionTableModel *table = panel.tableModel();
        const int row = int(first - suggestions.suggestions.begin());
        QVERIFY(table->setData(table->index(row, SuggestionTableModel::Accept), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(acceptChecked->isEnabled());
        const int undoSteps = draft.undoStack()->count();
        QTest::mouseClick(acceptChecked, Qt::LeftButton);
        QCOMPARE(draft.model(), SuggestedPoints::accept(before, *first));
        QCOMPARE(draft.undoStack()->count(), undoSteps + 1);
        draft.undoStack()->undo();
        QCOMPARE(draft.model(), before);

        // The undo changed the draft: the suggestions are asked again, then all accepted.
        QVERIFY(waitForAnswer(panel));
        QVERIFY(acceptAll->isEnabled());
        QTest::mouseClick(acceptAll, Qt::LeftButton);
        QCOMPARE(draft.model(), SuggestedPoints::acceptAll(before, *panel.suggestions()));
        QVERIFY(!(draft.model() == before));
        QCOMPARE(draft.undoStack()->count(), undoSteps + 1);
        draft.undoStack()->undo();
        QCOMPARE(draft.model(), before);
    }

    // New field rules on, off, on in a row: only the last question's answer is shown.
    void aStaleAnswerIsDropped()
    {
        ModelDraft draft;
        startDraft(draft);
        SuggestionsPanel panel(&draft);
        panel.setBackTest(sqlRequest());
        panel.setSession(m_session);
        auto *newRules = panel.findChild<QCheckBox *>(u"newFieldRules"_qs);
        QVERIFY(newRules);
        newRules->setChecked(true);
        newRules->setChecked(false);
        newRules->setChecked(true);
        QVERIFY(waitForAnswer(panel));
        QVERIFY(panel.suggestions());
        const auto candidates =
            std::count_if(panel.suggestions()->suggestions.begin(), panel.suggestions()->suggestions.end(),
                          [](const PointSuggestion &s) { return s.feature.kind == RuleFeature::Kind::NewFieldRule; });
        QVERIFY(candidates > 0);
        QCOMPARE(panel.suggestions()->suggestions.size(), coreSuggestions(draft.model(), true).suggestions.size());
    }

    // Customers within 30 days are too few: a sentence says why, no table.
    void tooFewOutcomesAreSaid()
    {
        ModelDraft draft;
        startDraft(draft);
        SuggestionsPanel panel(&draft);
        BackTestRequest request;
        request.horizonDays = 30;
        panel.setBackTest(request);
        panel.setSession(m_session);
        QVERIFY(waitForAnswer(panel));
        QVERIFY(!panel.suggestions());
        QVERIFY2(panel.statusText().startsWith(u"No suggestions: too few outcomes"_qs), qPrintable(panel.statusText()));
        QVERIFY2(
            panel.statusText().endsWith(u". Choose a later date, a longer horizon or an earlier outcome (SQL)."_qs),
            qPrintable(panel.statusText()));
        QVERIFY(!panel.findChild<QPushButton *>(u"acceptAllSuggestions"_qs)->isEnabled());
    }
};

QTEST_MAIN(TestSuggestionsPanel)
#include "tst_suggestionspanel.moc"
