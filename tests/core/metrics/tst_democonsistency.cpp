// A generated demo workspace (20 000 leads) scored by WorkspaceScorer: no exact
// values, only that the numbers hold together — every drill-down as long as its
// number, stage counts summing to the leads and agreeing with lead_state.

#include "MetricsFixture.h"
#include "demo/DemoSinks.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/WorkspaceScorer.h"

#include <numeric>

using namespace LeadStage;
using namespace LeadStage::Testing;

class DemoConsistencyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drillDownsMatch_data();
    void drillDownsMatch();
    void stagesAgreeWithLeadState();
    void eventsFromColumnsGiveTheSameSnapshot();
    void eventsBesideTheLeadsGiveTheSameSnapshot_data();
    void eventsBesideTheLeadsGiveTheSameSnapshot();
    void rowsWithoutStoredMonthsReadTheEvents_data();
    void rowsWithoutStoredMonthsReadTheEvents();
    void columnsOfOtherLeadsAreRefused();

private:
    std::int64_t count(const char *sql);
    // Every column, event month, recorded stage and dictionary value of `snapshot` is load()'s.
    void compareWithLoad(const MetricsSnapshot &snapshot);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<MetricsSnapshot> m_snapshot;
};

std::int64_t DemoConsistencyTest::count(const char *sql)
{
    auto query = m_workspace->database().prepare(sql);
    if (!query)
        qFatal("%s", qPrintable(query.error().toString()));
    auto row = query->step();
    return row && *row ? query->int64(0) : -1;
}

void DemoConsistencyTest::initTestCase()
{
    auto workspace = Workspace::create(m_dir.filePath(u"demo.leadstage"_qs));
    QVERIFY(workspace);
    m_workspace = std::move(workspace.value());
    auto sink = WorkspaceDemoSink::create(*m_workspace);
    QVERIFY(sink);
    DemoOptions options;
    options.leads = 20000;
    QVERIFY(DemoGenerator(options).run(**sink));
    QVERIFY(WorkspaceScorer(*m_workspace).run({}));
    // The rescore keeps every IQL lead's months with events (version 11), and only theirs.
    QCOMPARE(count("SELECT count(*) FROM lead_state WHERE iql_at IS NOT NULL AND event_months IS NULL"), 0);
    QCOMPARE(count("SELECT count(*) FROM lead_state WHERE iql_at IS NULL AND event_months IS NOT NULL"), 0);
    auto snapshot = SnapshotLoader(m_workspace->database()).load();
    QVERIFY(snapshot);
    m_snapshot = std::move(snapshot.value());
    QCOMPARE(m_snapshot->size(), std::size_t(20000));
}

void DemoConsistencyTest::drillDownsMatch_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<MetricsFilter>("filter");
    QTest::newRow("months, everything") << int(Bucket::Month) << MetricsFilter();
    QTest::newRow("quarters, everything") << int(Bucket::Quarter) << MetricsFilter();
    MetricsFilter narrow;
    narrow.from = time(u"2025-01-01"_qs);
    narrow.to = time(u"2025-07-01"_qs);
    narrow.grades = {Grade::A, Grade::B};
    narrow.industries = {m_snapshot->dictionary(Dimension::Industry).at(1)};
    QTest::newRow("half a year, one industry, grades A and B") << int(Bucket::Month) << narrow;
}

void DemoConsistencyTest::drillDownsMatch()
{
    QFETCH(int, bucket);
    QFETCH(MetricsFilter, filter);
    const FunnelMetrics metrics(*m_snapshot, filter, Bucket(bucket));
    const FunnelReport report = metrics.compute();
    QVERIFY(report.summary.iqls > 0);
    int generated = 0, cohorts = 0;
    for (std::size_t slot = 0; slot < report.periods.size(); ++slot) {
        generated += report.generation[slot].iqls;
        cohorts += report.cohorts[slot].size;
        QVERIFY(report.cohorts[slot].converted <= report.cohorts[slot].size);
    }
    QCOMPARE(generated, report.summary.iqls);
    QCOMPARE(cohorts, report.summary.iqls);
    QCOMPARE(std::accumulate(report.stages.current.begin(), report.stages.current.end(), 0), report.stages.leads);
    checkDrillDowns(metrics, report);
}

void DemoConsistencyTest::stagesAgreeWithLeadState()
{
    const FunnelReport report = FunnelMetrics(*m_snapshot, {}, Bucket::Month).compute();
    QCOMPARE(std::int64_t(report.stages.leads),
             count("SELECT COUNT(*) FROM leads WHERE created_at <= (SELECT MAX(as_of) FROM lead_state)"));
    for (int stage = 0; stage < 7; ++stage) {
        auto query =
            m_workspace->database().prepare("SELECT COUNT(*) FROM lead_state s JOIN leads l ON l.id = s.lead_id"
                                            " WHERE s.stage = ?1 AND l.created_at <= s.as_of");
        query->bind(1, stageName(Stage(stage)));
        QVERIFY(query->step());
        QCOMPARE(std::int64_t(report.stages.current[std::size_t(stage)]), query->int64(0));
    }
    QCOMPARE(std::int64_t(report.stages.everReached[std::size_t(Stage::IQL)]),
             count("SELECT COUNT(*) FROM lead_state WHERE iql_at IS NOT NULL"));
    QCOMPARE(std::int64_t(report.stages.everReached[std::size_t(Stage::MQL)]),
             count("SELECT COUNT(*) FROM lead_state WHERE mql_at IS NOT NULL"));
}

// The report reads the events once, into the scoring columns, and takes the snapshot's
// IQL windows from there: the snapshot must be the one load() reads from the table.
void DemoConsistencyTest::eventsFromColumnsGiveTheSameSnapshot()
{
    auto states = SnapshotLoader(m_workspace->database()).readScoredStates();
    QVERIFY(states);
    auto input = EventColumnsLoader(m_workspace->database()).loadAll();
    QVERIFY(input);
    auto snapshot = SnapshotLoader::fromColumns(*states, *input);
    QVERIFY(snapshot);
    compareWithLoad(*snapshot);
    QVERIFY(!QTest::currentTestFailed());
}

void DemoConsistencyTest::eventsBesideTheLeadsGiveTheSameSnapshot_data()
{
    QTest::addColumn<int>("connections");
    QTest::newRow("one") << 1;
    QTest::newRow("two, as the dashboard reads") << 2;
    QTest::newRow("three") << 3;
}

// The dashboard reads the IQL leads' events on connections of their own, a slice of the
// lead ids each, beside the leads: the snapshot must be the one load() reads alone.
void DemoConsistencyTest::eventsBesideTheLeadsGiveTheSameSnapshot()
{
    QFETCH(int, connections);
    std::vector<std::unique_ptr<Workspace>> events;
    std::vector<Database *> databases;
    for (int slice = 0; slice < connections; ++slice) {
        auto workspace = Workspace::open(m_workspace->path(), {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace);
        databases.push_back(&(*workspace)->database());
        events.push_back(std::move(*workspace));
    }
    auto snapshot = SnapshotLoader(m_workspace->database()).load(databases);
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().toString()));
    compareWithLoad(*snapshot);
    QVERIFY(!QTest::currentTestFailed());
}

void DemoConsistencyTest::rowsWithoutStoredMonthsReadTheEvents_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("every row as a rescore wrote it") << QString();
    // Without events, only the stored months can give the engagement rate's months.
    QTest::newRow("the events gone: the months come from lead_state") << u"DELETE FROM events"_qs;
    QTest::newRow("one IQL row scored before version 11")
        << u"UPDATE lead_state SET event_months = NULL WHERE lead_id = (SELECT max(lead_id) FROM lead_state"
           " WHERE iql_at IS NOT NULL AND length(event_months) > 0)"_qs;
    QTest::newRow("every row scored before version 11") << u"UPDATE lead_state SET event_months = NULL"_qs;
    QTest::newRow("damaged bytes in the first IQL row")
        << u"UPDATE lead_state SET event_months = x'0102' WHERE lead_id = (SELECT min(lead_id) FROM lead_state"
           " WHERE iql_at IS NOT NULL)"_qs;
}

// lead_state.event_months (version 11) is what the events give: with the events gone the
// snapshot is the same (the months are read, not the events); where a row lacks them
// (scored before the upgrade) or holds something else, the loader reads the events. Both
// alone and in the dashboard's two halves.
void DemoConsistencyTest::rowsWithoutStoredMonthsReadTheEvents()
{
    QFETCH(QString, change);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"copy.leadstage"_qs);
    auto copy = m_workspace->database().prepare("VACUUM INTO ?1");
    QVERIFY(copy);
    copy->bind(1, path);
    QVERIFY(copy->run());
    auto changed = Workspace::open(path, {Workspace::Access::ReadWrite, Workspace::Missing::Fail});
    QVERIFY(changed);
    if (!change.isEmpty())
        QVERIFY((*changed)->database().exec(change.toStdString()));
    auto alone = SnapshotLoader((*changed)->database()).load();
    QVERIFY2(alone, alone ? "" : qPrintable(alone.error().toString()));
    compareWithLoad(*alone);
    std::vector<std::unique_ptr<Workspace>> others;
    std::vector<Database *> databases;
    for (int slice = 0; slice < 2; ++slice) {
        auto other = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(other);
        databases.push_back(&(*other)->database());
        others.push_back(std::move(*other));
    }
    auto shared = SnapshotLoader((*changed)->database()).load(databases);
    QVERIFY2(shared, shared ? "" : qPrintable(shared.error().toString()));
    compareWithLoad(*shared);
}

void DemoConsistencyTest::compareWithLoad(const MetricsSnapshot &snapshot)
{
    QCOMPARE(snapshot.size(), m_snapshot->size());
    QCOMPARE(snapshot.asOf(), m_snapshot->asOf());
    std::size_t marks = 0;
    for (std::size_t row = 0; row < snapshot.size(); ++row) {
        QCOMPARE(snapshot.leadId(row), m_snapshot->leadId(row));
        QCOMPARE(snapshot.createdAt(row), m_snapshot->createdAt(row));
        QCOMPARE(snapshot.iqlAt(row), m_snapshot->iqlAt(row));
        QCOMPARE(snapshot.mqlAt(row), m_snapshot->mqlAt(row));
        QCOMPARE(snapshot.pqlAt(row), m_snapshot->pqlAt(row));
        QCOMPARE(snapshot.sqlAt(row), m_snapshot->sqlAt(row));
        QCOMPARE(snapshot.opportunityAt(row), m_snapshot->opportunityAt(row));
        QCOMPARE(snapshot.customerAt(row), m_snapshot->customerAt(row));
        QCOMPARE(snapshot.grade(row), m_snapshot->grade(row));
        for (Dimension dimension : {Dimension::Source, Dimension::Campaign, Dimension::Industry, Dimension::Country})
            QCOMPARE(snapshot.field(dimension, row), m_snapshot->field(dimension, row));
        const auto mine = snapshot.eventMonths(row), read = m_snapshot->eventMonths(row);
        QCOMPARE(mine.size(), read.size());
        for (std::size_t at = 0; at < mine.size(); ++at) {
            QCOMPARE(mine[at].month, read[at].month);
            QCOMPARE(mine[at].secondsIntoMonth, read[at].secondsIntoMonth);
        }
        marks += mine.size();
        QCOMPARE(snapshot.recorded(row) != nullptr, m_snapshot->recorded(row) != nullptr);
        if (snapshot.recorded(row))
            QCOMPARE(*snapshot.recorded(row), *m_snapshot->recorded(row));
    }
    QVERIFY2(marks > 10000, "the demo's IQL leads have event months");
    for (Dimension dimension : {Dimension::Source, Dimension::Campaign, Dimension::Industry, Dimension::Country}) {
        const ValueDictionary &mine = snapshot.dictionary(dimension), &read = m_snapshot->dictionary(dimension);
        QCOMPARE(mine.size(), read.size());
        for (std::uint32_t value = 0; value < mine.size(); ++value)
            QCOMPARE(mine.at(value), read.at(value));
    }
}

void DemoConsistencyTest::columnsOfOtherLeadsAreRefused()
{
    auto states = SnapshotLoader(m_workspace->database()).readScoredStates();
    QVERIFY(states);
    auto fewer = EventColumnsLoader(m_workspace->database()).loadLeads({1, 2, 3});
    QVERIFY(fewer);
    auto refused = SnapshotLoader::fromColumns(*states, *fewer);
    QVERIFY(!refused);
    QVERIFY(refused.error().what.contains(u"changed while it was being read"_qs));
}

QTEST_GUILESS_MAIN(DemoConsistencyTest)
#include "tst_democonsistency.moc"
