// The capacity panel on its own, offscreen, on a small demo: the curve it shows is the
// core's (BackTest + ThresholdReach + CapacityCurve on the same data), the inputs
// change the proposal, a quick series of month changes ends with the last one's curve,
// "Use proposed threshold" puts the threshold into the draft as one undo step, and the
// threshold ruler draws the curve.

#include "EditorTestSetup.h"
#include "Screenshot.h"
#include "common/QCustomPlotInclude.h"
#include "ruleeditor/CapacityPanel.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ThresholdRuler.h"
#include "ruleeditor/ThresholdsPanel.h"
#include "store/Workspace.h"
#include "tuning/EngagementHistogram.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/WhatIfSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

constexpr int waitMs = 60000;

CapacityCurve coreCurve(const WhatIfSession &session, const ScoringModel &model, int months)
{
    BackTestRequest request;
    request.asOf = ModelEvaluation::defaultAsOf(session.asOf(), request.horizonDays);
    const BackTestPopulation population = BackTest::build(model, session.input(), request, session.asOf()).value();
    const ThresholdReach reach = ThresholdReach::collect(model, session.input(), population, months).value();
    return CapacityCurve::of(reach, population);
}

} // namespace

class TestCapacityPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const WhatIfSession> m_session;
    std::unique_ptr<Workspace> m_workspace;

    static bool waitForCurve(CapacityPanel &panel)
    {
        QSignalSpy computed(&panel, &CapacityPanel::computed);
        return panel.isComputing() ? computed.wait(waitMs) && !panel.isComputing() : panel.curve().has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        startWithFreshSettings();
        const QString path = m_dir.filePath(u"demo.leadstage"_qs);
        createYearDemo(path, 3000);
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        auto session = WhatIfSession::load(m_workspace->database());
        QVERIFY(session);
        m_session = *session;
    }

    void showsTheCoresCurveAndApplies()
    {
        ModelDraft draft;
        draft.setActive(m_session->active().model, ModelVersion{1, u"Default"_qs, 1, {}, 0, true});
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *thresholds = new ThresholdsPanel(&draft, &window);
        thresholds->setHistogram(EngagementHistogram::read(m_workspace->database()).value());
        auto *panel = new CapacityPanel(&draft, &window);
        layout->addWidget(thresholds, 2);
        layout->addWidget(panel, 3);
        connect(panel, &CapacityPanel::curveChanged, thresholds->ruler(), &ThresholdRuler::setCapacityCurve);
        window.resize(1280, 800);
        window.show();

        panel->setSession(m_session);
        QVERIFY(panel->isComputing());
        QVERIFY(waitForCurve(*panel));
        const CapacityCurve expected = coreCurve(*m_session, draft.model(), ThresholdReach::defaultMonths);
        QVERIFY(panel->curve());
        const CapacityCurve &shown = *panel->curve();
        QCOMPARE(shown.rows().size(), expected.rows().size());
        QCOMPARE(shown.current().mqls, expected.current().mqls);
        QCOMPARE(shown.current().selected, expected.current().selected);
        QCOMPARE(panel->plot()->graph(0)->dataCount(), int(expected.rows().size()));
        // The ruler draws the same curve on its right-hand axis.
        QCOMPARE(thresholds->ruler()->plot()->graphCount(), 1);
        QCOMPARE(thresholds->ruler()->plot()->graph(0)->dataCount(), int(expected.rows().size()));

        // Capacity a little below today's MQLs a month: a higher threshold is proposed.
        auto *capacity = panel->findChild<QSpinBox *>(u"capacity"_qs);
        auto *catchOn = panel->findChild<QCheckBox *>(u"catchOn"_qs);
        auto *apply = panel->findChild<QPushButton *>(u"useProposedThreshold"_qs);
        auto *proposed = panel->findChild<QLabel *>(u"capacityProposed"_qs);
        QVERIFY(capacity && catchOn && apply && proposed);
        const int wanted = int(std::floor(expected.current().mqlsPerMonth * 0.9));
        capacity->setValue(wanted);
        CapacityConstraints constraints;
        constraints.mqlsPerMonth = wanted;
        const CapacityProposal core = expected.propose(constraints);
        QVERIFY(core.row);
        QVERIFY(panel->proposal().row);
        QCOMPARE(panel->proposal().row->threshold, core.row->threshold);
        QVERIFY(core.row->threshold > 50);
        QVERIFY2(proposed->text().contains(QString::number(core.row->threshold)), qPrintable(proposed->text()));
        QVERIFY(apply->isEnabled());
        const QString tip = panel->toolTipAt(core.row->threshold);
        QVERIFY2(tip.contains(u"MQL ≥ %1"_qs.arg(core.row->threshold)), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(qlonglong(core.row->mqls))), qPrintable(tip));

        // Catching every outcome as well cannot be met: the capacity wins, and says so.
        catchOn->setChecked(true);
        panel->findChild<QSpinBox *>(u"catchShare"_qs)->setValue(100);
        QCOMPARE(panel->proposal().verdict, CapacityProposal::Verdict::CapacityWins);
        QCOMPARE(panel->proposal().row->threshold, core.row->threshold);
        saveScreenshot(window, u"capacity-panel.png"_qs);

        // Applied as one undoable edit of the draft; undo puts 50 back.
        const int before = draft.undoStack()->count();
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(draft.model().thresholds.mql, core.row->threshold);
        QCOMPARE(draft.undoStack()->count(), before + 1);
        QVERIFY(!apply->isEnabled());
        draft.undoStack()->undo();
        QCOMPARE(draft.model().thresholds.mql, 50);
        QVERIFY(waitForCurve(*panel)); // the draft changed: asked again
    }

    // Months changed twice in a row: the answer on show is the last question's.
    void dropsStaleAnswers()
    {
        ModelDraft draft;
        draft.setActive(m_session->active().model, ModelVersion{1, u"Default"_qs, 1, {}, 0, true});
        CapacityPanel panel(&draft);
        panel.resize(1280, 800);
        panel.show();
        panel.setSession(m_session);
        QVERIFY(waitForCurve(panel));
        QCOMPARE(panel.curve()->months(), 6);
        auto *months = panel.findChild<QSpinBox *>(u"capacityMonths"_qs);
        // Every answer shown is for the months on screen then: a late answer to an older
        // question would show other months.
        QStringList shown;
        connect(&panel, &CapacityPanel::computed, &panel,
                [&] { shown << u"%1/%2"_qs.arg(panel.curve() ? panel.curve()->months() : 0).arg(months->value()); });
        // Changes a little further apart than the pause before asking, so that questions
        // are under way when the next comes.
        for (int value : {3, 4, 5, 3}) {
            months->setValue(value);
            QTest::qWait(155 + 5 * value);
        }
        months->setValue(2);
        QVERIFY(panel.isComputing());
        QVERIFY(waitForCurve(panel));
        for (const QString &pair : shown)
            QCOMPARE(pair.section(u'/', 0, 0), pair.section(u'/', 1, 1));
        QCOMPARE(panel.curve()->months(), 2);
        const CapacityCurve expected = coreCurve(*m_session, draft.model(), 2);
        QCOMPARE(panel.curve()->current().mqls, expected.current().mqls);
        QTest::qWait(200); // nothing older arrives after it
        QCOMPARE(panel.curve()->months(), 2);
    }
};

QTEST_MAIN(TestCapacityPanel)
#include "tst_capacitypanel.moc"
