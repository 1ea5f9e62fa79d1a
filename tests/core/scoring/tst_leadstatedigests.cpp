// lead_state's digests (LeadStateDigests): every cell a rescore writes changes a row's
// digest; a full rescore that changes nothing reads no row back; and any change to
// lead_state, by LeadStage or by hand, sends the next rescore to the rows.

#include "WorkspaceFixture.h"
#include "scoring/LeadStateDigests.h"
#include "scoring/LeadStateRow.h"
#include "scoring/WorkspaceScorer.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

void fill(WorkspaceFixture &fixture)
{
    for (std::int64_t id = 1; id <= 4; ++id)
        fixture.addLead(id, u"2025-01-01"_qs, id == 2 ? u"Software"_qs : QString());
    fixture.addEvents(1, u"2025-01-05T10:00:00Z ebook_download; 2025-02-06T10:00:00Z webinar_attended"_qs);
    fixture.addEvents(2, u"2025-02-01T09:00:00Z comparison_download; 2025-02-02T09:00:00Z roi_calculator"_qs);
    fixture.addEvents(4, u"2025-03-01T08:00:00Z email_open"_qs);
}

WorkspaceScorer::Report rescore(WorkspaceFixture &fixture, const WorkspaceScorer::Options &options = {})
{
    auto report = WorkspaceScorer(fixture.workspace()).run(options);
    if (!report)
        qFatal("rescore: %s", qPrintable(report.error().toString()));
    return *report;
}

LeadStateRow::Digest digestOf(const LeadStateRow &row, std::int64_t leadId, const LeadScore &score,
                              std::vector<std::int64_t> times)
{
    LeadStateRow::Digest digest{1, 2};
    std::vector<std::byte> scratch;
    row.mixInto(digest, leadId, score, times, scratch);
    return digest;
}

} // namespace

class LeadStateDigestsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCellChangesTheDigest_data();
    void everyCellChangesTheDigest();
    void aRescoreThatChangesNothingReadsNoRowBack();
    void aChangeByHandIsFoundAndRepaired_data();
    void aChangeByHandIsFoundAndRepaired();
    void anotherAnalysisDateRewritesTheRowsAndTheDigests();
    void aPartialRescoreDropsThem();
    void leadsGoneByHandEmptyLeadState_data();
    void leadsGoneByHandEmptyLeadState();
    void manyRangesDigestedAndFoundOut();
};

void LeadStateDigestsTest::everyCellChangesTheDigest_data()
{
    QTest::addColumn<int>("cell");
    for (int cell = 0; cell <= 17; ++cell)
        QTest::newRow(qPrintable(QString::number(cell))) << cell;
}

void LeadStateDigestsTest::everyCellChangesTheDigest()
{
    QFETCH(int, cell);
    auto model = ScoringModel::defaultModel();
    QVERIFY(model);
    const LeadStateRow row(*model, 1, at(u"2025-03-31"_qs));
    LeadScore base;
    base.info = 10;
    base.iqlAt = at(u"2025-02-01"_qs);
    base.lastActivityAt = at(u"2025-03-01"_qs);
    base.nurtureTrack = 0;
    const std::vector<std::int64_t> times = {at(u"2025-02-01"_qs), at(u"2025-03-01"_qs)};
    LeadScore other = base;
    std::int64_t leadId = 7;
    std::vector<std::int64_t> otherTimes = times;
    std::optional<LeadStateRow> otherRow;
    switch (cell) {
    case 0:
        leadId = 8;
        break;
    case 1:
        other.info += 1;
        break;
    case 2:
        other.intent = 1;
        break;
    case 3:
        other.product = 1;
        break;
    case 4:
        other.engagement = 1;
        break;
    case 5:
        other.fit = 1;
        break;
    case 6:
        other.iqlAt += 1;
        break;
    case 7:
        other.mqlAt = base.iqlAt;
        break;
    case 8:
        other.pqlAt = base.iqlAt;
        break;
    case 9:
        other.lastActivityAt += 1;
        break;
    case 10:
        other.grade = Grade::A;
        break;
    case 11:
        other.stage = Stage::IQL;
        break;
    case 12:
        other.nurtureTrack = -1;
        break;
    case 13:
        other.health = Health::Stagnant;
        break;
    case 14:
        otherTimes.push_back(at(u"2025-01-15"_qs));
        break; // another month in the window: event_months
    case 15:
        otherRow.emplace(*model, 2, at(u"2025-03-31"_qs));
        break; // another model
    case 16:
        otherRow.emplace(*model, 1, at(u"2025-04-01"_qs));
        break; // another analysis date
    case 17:
        other.nurtureStep = 0;
        break;
    }
    const LeadStateRow::Digest before = digestOf(row, 7, base, times);
    QCOMPARE(digestOf(row, 7, base, times), before);
    std::sort(otherTimes.begin(), otherTimes.end());
    QVERIFY(digestOf(otherRow ? *otherRow : row, leadId, other, otherTimes) != before);
}

void LeadStateDigestsTest::aRescoreThatChangesNothingReadsNoRowBack()
{
    WorkspaceFixture fixture;
    fill(fixture);
    const auto first = rescore(fixture);
    QVERIFY(!first.unchangedByDigests);
    QVERIFY(first.leadStateDigestsWritten);
    QCOMPARE(fixture.count("SELECT sum(rows) FROM lead_state_digests"), 4);
    QCOMPARE(fixture.count("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'lead_state'"), 3);
    const auto second = rescore(fixture);
    QVERIFY(second.unchangedByDigests);
    QVERIFY(!second.leadStateDigestsWritten);
    QCOMPARE(second.rowsWritten, std::size_t(0));
}

void LeadStateDigestsTest::aChangeByHandIsFoundAndRepaired_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("triggered"); // the triggers drop the digests
    QTest::newRow("update") << u"UPDATE lead_state SET info = 999 WHERE lead_id = 1"_qs << true;
    QTest::newRow("delete") << u"DELETE FROM lead_state WHERE lead_id = 1"_qs << true;
    QTest::newRow("insert after delete")
        << u"DELETE FROM lead_state WHERE lead_id = 1; INSERT INTO lead_state (lead_id, as_of) VALUES (1, 0)"_qs
        << true;
    // Without the trigger the digests stay, but nothing vouches for them: not used.
    QTest::newRow("a trigger dropped, then an update")
        << u"DROP TRIGGER lead_state_digests_after_update; UPDATE lead_state SET info = 999 WHERE lead_id = 1"_qs
        << false;
}

void LeadStateDigestsTest::aChangeByHandIsFoundAndRepaired()
{
    QFETCH(QString, sql);
    QFETCH(bool, triggered);
    WorkspaceFixture fixture;
    fill(fixture);
    rescore(fixture);
    const QString info = fixture.state(1, "info");
    QVERIFY(info != u"999"_qs);
    QVERIFY(fixture.database().exec(sql.toStdString()).ok());
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_state_digests") == 0, triggered);
    const auto repaired = rescore(fixture);
    QVERIFY(!repaired.unchangedByDigests);
    QCOMPARE(repaired.rowsWritten, std::size_t(1));
    QCOMPARE(fixture.state(1, "info"), info);
    QVERIFY(repaired.leadStateDigestsWritten);
    QVERIFY(rescore(fixture).unchangedByDigests);
}

void LeadStateDigestsTest::anotherAnalysisDateRewritesTheRowsAndTheDigests()
{
    WorkspaceFixture fixture;
    fill(fixture);
    rescore(fixture);
    const QString intentBefore = fixture.state(2, "intent");
    WorkspaceScorer::Options options;
    options.asOf = at(u"2025-02-01"_qs); // lead 2's events fall after: its scores change
    const auto earlier = rescore(fixture, options);
    QVERIFY(!earlier.unchangedByDigests);
    QVERIFY(earlier.rowsWritten > 0);
    QVERIFY(earlier.leadStateDigestsWritten);
    QVERIFY(fixture.state(2, "intent") != intentBefore);
    QVERIFY(rescore(fixture, options).unchangedByDigests);
}

void LeadStateDigestsTest::aPartialRescoreDropsThem()
{
    WorkspaceFixture fixture;
    fill(fixture);
    rescore(fixture);
    QVERIFY(fixture.count("SELECT count(*) FROM lead_state_digests") > 0);
    WorkspaceScorer::Options options;
    options.onlyLeads = std::vector<std::int64_t>{2};
    const auto partial = rescore(fixture, options);
    QVERIFY(partial.partial);
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_state_digests"), 0);
    QCOMPARE(fixture.count("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'lead_state'"), 0);
    QVERIFY(!rescore(fixture).unchangedByDigests);
}

void LeadStateDigestsTest::leadsGoneByHandEmptyLeadState_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::newRow("digests trusted") << true;
    QTest::newRow("a trigger dropped") << false;
}

// No lead left, and no digest of no rows to match: lead_state's old rows must go.
void LeadStateDigestsTest::leadsGoneByHandEmptyLeadState()
{
    QFETCH(bool, trusted);
    WorkspaceFixture fixture;
    fill(fixture);
    rescore(fixture);
    if (!trusted)
        QVERIFY(fixture.database().exec("DROP TRIGGER lead_state_digests_after_delete").ok());
    // As the sqlite3 shell does by default: no foreign keys, so no cascade into lead_state.
    QVERIFY(fixture.database().exec("PRAGMA foreign_keys = OFF").ok());
    QVERIFY(fixture.database().exec("DELETE FROM events; DELETE FROM leads").ok());
    QVERIFY(fixture.database().exec("PRAGMA foreign_keys = ON").ok());
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_state"), 4);
    const auto report = rescore(fixture);
    QVERIFY(!report.unchangedByDigests);
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_state"), 0);
}

// 40 000 leads: three ranges. The first rescore, with no digests stored, works them out
// on one thread beside its writing (RescoreDigests); the second, on two threads, finds
// them equal. A change in the last range's rows (through its trigger) is found and put
// right; a second rescore then changes nothing.
void LeadStateDigestsTest::manyRangesDigestedAndFoundOut()
{
    WorkspaceFixture fixture;
    QVERIFY(fixture.database()
                .exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
                      "INSERT INTO leads (id, email, created_at) SELECT i, 'lead' || i || '@example.com', 1735689600 "
                      "FROM n")
                .ok());
    fixture.addEvents(39000, u"2025-02-01T09:00:00Z comparison_download"_qs);
    const auto first = rescore(fixture);
    QVERIFY(!first.unchangedByDigests);
    QVERIFY(first.leadStateDigestsWritten);
    QCOMPARE(first.rowsWritten, std::size_t(40000));
    QCOMPARE(fixture.count("SELECT count(*) FROM lead_state_digests"), 3);
    QCOMPARE(fixture.count("SELECT sum(rows) FROM lead_state_digests"), 40000);
    QVERIFY(rescore(fixture).unchangedByDigests);
    const QString intent = fixture.state(39000, "intent");
    QVERIFY(fixture.database().exec("UPDATE lead_state SET intent = intent + 1 WHERE lead_id = 39000").ok());
    const auto repaired = rescore(fixture);
    QVERIFY(!repaired.unchangedByDigests);
    QCOMPARE(repaired.rowsWritten, std::size_t(1));
    QCOMPARE(fixture.state(39000, "intent"), intent);
    QVERIFY(rescore(fixture).unchangedByDigests);
}

QTEST_GUILESS_MAIN(LeadStateDigestsTest)
#include "tst_leadstatedigests.moc"
