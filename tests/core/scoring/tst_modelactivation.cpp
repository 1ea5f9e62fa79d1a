// Putting a saved version (or a model saved with it) in force: rescore and activate in
// one transaction, a model saved only with its scores and an identical one reused, a revert
// scored under the new version's own id (so later partial rescores stay partial), and
// a cancel that leaves versions, the active model and lead_state as they were.

#include "WorkspaceFixture.h"
#include "scoring/ModelActivation.h"
#include "scoring/ModelStore.h"
#include "scoring/WorkspaceScorer.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

class ModelActivationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void putsAVersionInForce_data();
    void putsAVersionInForce();
    void revertKeepsLaterRescoresPartial();
    void cancelLeavesEverything_data();
    void cancelLeavesEverything();
    void theNewRowsDigestsFollow();

private:
    // Leads 1–4 of tst_workspacescorer scored under the default (v1), and v2 with the
    // MQL threshold at 70, saved but not active. Returns v2's id.
    static std::int64_t fill(WorkspaceFixture &fixture);
    // `how`: activate v2, revert to it, save its model again, or save it changed ("save new").
    static Result<ModelActivation::Outcome> putInForce(WorkspaceFixture &fixture, const QString &how, std::int64_t v2,
                                                       const QString &comment, Progress *progress = nullptr);
};

std::int64_t ModelActivationTest::fill(WorkspaceFixture &fixture)
{
    fixture.addLead(1, u"2025-01-01"_qs);
    fixture.addEvents(1, u"2025-01-01 whitepaper_download; 2025-01-10 ebook_download; "
                         "2025-02-01 roi_calculator; 2025-02-02 webinar_attended"_qs);
    fixture.addLead(2, u"2025-01-01"_qs);
    fixture.addEvents(2, u"2025-03-03 demo_request"_qs);
    fixture.addLead(3, u"2024-12-01"_qs);
    if (!WorkspaceScorer(fixture.workspace()).run({}))
        qFatal("the first rescore failed");
    ModelStore store(fixture.database());
    auto model = store.load(store.active().value()->id);
    model->thresholds.mql = 70;
    return store.save(*model, u"MQL at 70"_qs).value().id;
}

Result<ModelActivation::Outcome> ModelActivationTest::putInForce(WorkspaceFixture &fixture, const QString &how,
                                                                 std::int64_t v2, const QString &comment,
                                                                 Progress *progress)
{
    ModelActivation activation(fixture.workspace());
    if (how == u"revert")
        return activation.revertTo(v2, comment, progress);
    if (how == u"activate")
        return activation.activate(v2, progress);
    ScoringModel model = ModelStore(fixture.database()).load(v2).value();
    if (how == u"save new")
        model.thresholds.iql = 30; // v2 with a lower IQL: a model not saved yet
    return activation.saveAndActivate(model, comment, progress);
}

void ModelActivationTest::putsAVersionInForce_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("versions");
    QTest::addColumn<int>("activeVersion");
    QTest::addColumn<QString>("comment");
    // Lead 1 reaches 60 points with intent on Feb 2: MQL under v1 (50), IQL under v2 (70).
    QTest::newRow("activate v2") << u"activate"_qs << 2 << 2 << u"MQL at 70"_qs;
    QTest::newRow("revert to v2: a copy as v3") << u"revert"_qs << 3 << 3 << u"back to v2: MQL at 70"_qs;
    QTest::newRow("save a new model as v3") << u"save new"_qs << 3 << 3 << u"IQL at 30"_qs;
    QTest::newRow("save v2's model again: v2 reused") << u"save same"_qs << 2 << 2 << u"MQL at 70"_qs;
}

void ModelActivationTest::putsAVersionInForce()
{
    QFETCH(QString, how);
    QFETCH(QString, comment);
    WorkspaceFixture fixture;
    const std::int64_t v2 = fill(fixture);
    QCOMPARE(fixture.state(1, "stage"), u"MQL"_qs);
    auto outcome = putInForce(fixture, how, v2, comment);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));

    QTEST(int(fixture.count("SELECT COUNT(*) FROM models")), "versions");
    QTEST(outcome->version.version, "activeVersion");
    QCOMPARE(outcome->version.comment, comment);
    QVERIFY(outcome->version.active);
    auto active = ModelStore(fixture.database()).active();
    QCOMPARE(active.value()->id, outcome->version.id);
    QCOMPARE(fixture.state(1, "stage"), u"IQL"_qs);
    QCOMPARE(fixture.state(1, "mql_at"), QString());
    QCOMPARE(fixture.state(2, "stage"), u"MQL"_qs); // the demo request still triggers
    QCOMPARE(outcome->report.leads, std::size_t(3));
    // Every row names the version now active, a revert's new id included.
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM lead_state WHERE model_id = (SELECT id FROM models WHERE active = 1)"),
             3);
}

void ModelActivationTest::revertKeepsLaterRescoresPartial()
{
    WorkspaceFixture fixture;
    const std::int64_t v2 = fill(fixture);
    QVERIFY(ModelActivation(fixture.workspace()).revertTo(v2, u"back to v2"_qs));
    fixture.addEvents(3, u"2025-03-01 ebook_download; 2025-03-01 webinar_attended"_qs);
    WorkspaceScorer::Options options;
    options.onlyLeads = std::vector<std::int64_t>{3};
    auto report = WorkspaceScorer(fixture.workspace()).run(options);
    QVERIFY(report);
    QVERIFY(report->partial); // scored under v3's id: nothing stale, only lead 3 again
    QCOMPARE(report->leads, std::size_t(1));
    QCOMPARE(fixture.state(3, "stage"), u"IQL"_qs);
}

void ModelActivationTest::cancelLeavesEverything_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("activate") << u"activate"_qs;
    QTest::newRow("revert") << u"revert"_qs;
    QTest::newRow("save a new model") << u"save new"_qs;
}

void ModelActivationTest::cancelLeavesEverything()
{
    QFETCH(QString, how);
    WorkspaceFixture fixture;
    const std::int64_t v2 = fill(fixture);
    const std::int64_t v1 = ModelStore(fixture.database()).active().value()->id;
    Progress progress;
    progress.cancel();
    auto outcome = putInForce(fixture, how, v2, u"back"_qs, &progress);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().what.endsWith(u"was cancelled"_qs), qPrintable(outcome.error().what));
    QCOMPARE(fixture.count("SELECT COUNT(*) FROM models"), 2);
    QCOMPARE(ModelStore(fixture.database()).active().value()->id, v1);
    QCOMPARE(fixture.state(1, "stage"), u"MQL"_qs);
    QCOMPARE(fixture.state(1, "model_id"), QString::number(v1));
    QCOMPARE(fixture.count("SELECT COUNT(DISTINCT model_id) FROM lead_state"), 1);
}

// Activating writes lead_state under the new version inside its own transaction: the
// digests (LeadStateDigests) are those of the new rows, so a full rescore afterwards
// changes nothing and reads nothing back; a cancelled activation leaves the old ones.
void ModelActivationTest::theNewRowsDigestsFollow()
{
    WorkspaceFixture fixture;
    if (fixture.onServer())
        QSKIP("A server workspace keeps no lead_state digests: its full rescore writes every row");
    const std::int64_t v2 = fill(fixture);
    Progress cancelled;
    cancelled.cancel();
    QVERIFY(!ModelActivation(fixture.workspace()).activate(v2, &cancelled));
    auto unchanged = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY(unchanged && unchanged->unchangedByDigests);
    QVERIFY(ModelActivation(fixture.workspace()).activate(v2));
    QCOMPARE(fixture.state(1, "model_id"), QString::number(v2));
    QVERIFY(fixture.count("SELECT count(*) FROM lead_state_digests") > 0);
    auto again = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    QVERIFY(again->unchangedByDigests);
    QCOMPARE(again->rowsWritten, std::size_t(0));
    QCOMPARE(again->model.id, v2);
}

QTEST_GUILESS_MAIN(ModelActivationTest)
#include "tst_modelactivation.moc"
