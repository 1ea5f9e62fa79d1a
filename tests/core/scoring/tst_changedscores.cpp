// Comparing a full rescore with lead_state on one connection and on two at once: the
// same changed rows, wherever they fall in the two parts, and the same refusals.

#include "WorkspaceFixture.h"
#include "scoring/ChangedScores.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/LeadStateRow.h"
#include "scoring/ModelStore.h"
#include "scoring/ScoringEngine.h"
#include "scoring/WorkspaceScorer.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Leads 2, 4, …, 10 000: the two parts meet between lead 5 000 and lead 5 002.
constexpr int leadCount = 5000;

QString answer(const std::optional<std::vector<std::size_t>> &changed)
{
    if (!changed)
        return u"all"_qs;
    QStringList ids;
    for (const std::size_t lead : *changed)
        ids << QString::number(2 * (lead + 1));
    return ids.join(u' ');
}

} // namespace

class ChangedScoresTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOnOneConnectionAsOnTwo_data();
    void sameOnOneConnectionAsOnTwo();
};

void ChangedScoresTest::sameOnOneConnectionAsOnTwo_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected"); // lead ids, or "all": every row is written anew
    QTest::newRow("nothing changed") << QString() << QString();
    QTest::newRow("rows of the first part")
        << u"UPDATE lead_state SET info = info + 1 WHERE lead_id IN (2, 4000)"_qs << u"2 4000"_qs;
    QTest::newRow("rows at both ends of both parts")
        << u"UPDATE lead_state SET health = 'x' WHERE lead_id IN (2, 5000, 5002, 10000)"_qs << u"2 5000 5002 10000"_qs;
    // event_months (version 11): what the row's months with events are, or NULL when not IQL.
    QTest::newRow("months with events lost (a row scored before version 11)")
        << u"UPDATE lead_state SET event_months = NULL WHERE lead_id = 4"_qs << u"4"_qs;
    QTest::newRow("other months with events, the same scores")
        << u"UPDATE lead_state SET event_months = x'0000000000000000' WHERE lead_id = 4"_qs << u"4"_qs;
    QTest::newRow("months with events on a lead that is not IQL")
        << u"UPDATE lead_state SET event_months = x'' WHERE lead_id = 5002"_qs << u"5002"_qs;
    QTest::newRow("rows missing at the parts' ends")
        << u"DELETE FROM lead_state WHERE lead_id IN (2, 5000, 5002, 10000)"_qs << u"2 5000 5002 10000"_qs;
    QTest::newRow("a stored row between the parts")
        << u"INSERT INTO leads (id, created_at) VALUES (5001, 0); INSERT INTO lead_state (lead_id, as_of)"
           " VALUES (5001, 0)"_qs
        << u"all"_qs;
    QTest::newRow("a stored row after the last lead")
        << u"INSERT INTO leads (id, created_at) VALUES (10001, 0); INSERT INTO lead_state (lead_id, as_of)"
           " VALUES (10001, 0)"_qs
        << u"all"_qs;
    QTest::newRow("a stored row before the first lead")
        << u"INSERT INTO leads (id, created_at) VALUES (1, 0); INSERT INTO lead_state (lead_id, as_of)"
           " VALUES (1, 0)"_qs
        << u"all"_qs;
    QTest::newRow("more than one row in four")
        << u"UPDATE lead_state SET engagement = engagement + 1 WHERE lead_id % 6 = 0"_qs << u"all"_qs;
}

void ChangedScoresTest::sameOnOneConnectionAsOnTwo()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    WorkspaceFixture fixture;
    QVERIFY(fixture.database().exec("BEGIN"));
    for (int lead = 1; lead <= leadCount; ++lead)
        fixture.addLead(2 * lead, lead % 3 ? u"2025-01-01"_qs : u"2024-06-01"_qs,
                        lead % 2 ? u"Software"_qs : QString());
    QVERIFY(fixture.database().exec("COMMIT"));
    // Lead 4 reaches IQL (30 points of 25): its row holds months with events.
    fixture.addEvents(
        4, u"2025-02-01 whitepaper_download;2025-02-02 whitepaper_download;2025-03-01 whitepaper_download"_qs);
    auto report = WorkspaceScorer(fixture.workspace()).run({});
    QVERIFY(report);
    auto input = EventColumnsLoader(fixture.database()).loadAll();
    QVERIFY(input);
    const ScoringModel model = ModelStore(fixture.database()).load(report->model.id).value();
    auto scores = ScoringEngine(model).score(*input, report->asOf);
    QVERIFY(scores);
    if (!change.isEmpty())
        QVERIFY(fixture.database().exec(change.toStdString()));
    const LeadStateRow row(model, report->model.id, report->asOf);
    auto second = fixture.workspace().openConnection();
    QVERIFY(second);
    auto one = ChangedScores::find({&fixture.database()}, *scores, *input, row);
    auto two = ChangedScores::find({&fixture.database(), &(*second)->database()}, *scores, *input, row);
    QVERIFY(one && two);
    QCOMPARE(answer(*one), expected);
    QCOMPARE(answer(*two), expected);
}

QTEST_GUILESS_MAIN(ChangedScoresTest)
#include "tst_changedscores.moc"
