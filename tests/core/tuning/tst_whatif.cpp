// The what-if of a draft model equals a full rescore of the draft: WorkspaceScorer
// into a copy of the workspace, then the dashboard's metrics on that copy — number
// for number, on a hand-built workspace with hand-worked figures and on a small demo.
// The what-if writes nothing, and a newer request cancels a stale one.

#include "RescoredCopy.h"
#include "SameReport.h"
#include "WorkspaceFixture.h"
#include "demo/DemoWorkspace.h"
#include "metrics/FunnelMetrics.h"
#include "metrics/SnapshotLoader.h"
#include "scoring/ModelStore.h"
#include "scoring/WorkspaceScorer.h"
#include "tuning/WhatIfRequests.h"
#include "tuning/WhatIfSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <functional>
#include <thread>

using namespace LeadStage;
using namespace LeadStage::Testing;

using ModelEdit = std::function<void(ScoringModel &)>;
Q_DECLARE_METATYPE(ModelEdit)
Q_DECLARE_METATYPE(MetricsFilter)

namespace {

// The reference: save the draft in a copy of the workspace, rescore it whole at the
// session's date, and read the dashboard from what was written.
struct FullRescore
{
    FunnelReport report;
    std::map<std::int64_t, QString> stages; // lead id -> lead_state.stage
};

std::map<std::int64_t, QString> storedStages(Database &database)
{
    std::map<std::int64_t, QString> stages;
    auto query = database.prepare("SELECT lead_id, stage FROM lead_state");
    if (!query)
        qFatal("%s", qPrintable(query.error().toString()));
    for (auto row = query->step(); row && *row; row = query->step())
        stages[query->int64(0)] = query->text(1);
    return stages;
}

FullRescore rescoreCopy(Database &original, const QString &copyPath, const ScoringModel &draft, std::int64_t asOf,
                        const MetricsFilter &filter, Bucket bucket)
{
    auto copy = rescoredCopy(original, copyPath, draft, asOf);
    return {dashboardOf(copy->database(), filter, bucket), storedStages(copy->database())};
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

std::shared_ptr<const WhatIfSession> loadSession(Database &database)
{
    auto session = WhatIfSession::load(database);
    if (!session)
        qFatal("%s", qPrintable(session.error().toString()));
    return *session;
}

ScoringModel defaultModel()
{
    return *ScoringModel::defaultModel();
}

// Row and column sums of the stage matrix are the two sides' current-stage counts.
void verifyMatrixSums(const DraftComparison &comparison)
{
    const StageChanges::Matrix &matrix = comparison.changes.matrix();
    for (std::size_t stage = 0; stage < StageChanges::stageCount; ++stage) {
        int row = 0, column = 0;
        for (std::size_t other = 0; other < StageChanges::stageCount; ++other) {
            row += matrix[stage][other];
            column += matrix[other][stage];
        }
        QCOMPARE(row, comparison.active.stages.current[stage]);
        QCOMPARE(column, comparison.draft.stages.current[stage]);
    }
}

} // namespace

class WhatIfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void raisingTheIqlThresholdMovesLeadOneBack();
    void handBuiltDraftEqualsAFullRescore();
    void demoDraftEqualsAFullRescore_data();
    void demoDraftEqualsAFullRescore();
    void activeSideEqualsTheDashboard();
    void nothingIsWritten();
    void aNewerRequestCancelsTheStaleOne();
    void comparisonsMayRunAtTheSameTime();
    void aCancelDuringTheReplayStopsIt();
    void anEmptyWorkspaceHasNothingToCompare();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<Workspace> m_demo;
    std::shared_ptr<const WhatIfSession> m_demoSession;
};

void WhatIfTest::initTestCase()
{
    m_demoPath = m_dir.filePath(u"demo.leadstage"_qs);
    DemoOptions options;
    options.leads = 2000;
    auto made = createDemoWorkspace(m_demoPath, options, nullptr);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    m_demo = openWorkspace(m_demoPath, Workspace::Access::ReadWrite);
    m_demoSession = loadSession(m_demo->database());
    QCOMPARE(m_demoSession->leadCount(), std::size_t(2000));
}

namespace {

// Five leads, analysis date 2025-03-03 (the latest event), default model:
//   1: whitepaper Jan 5 (10), ebook Jan 10 (25)          -> IQL Jan 10; at IQL 30: Lead
//   2: ebook + webinar attended Feb 1 (30)               -> IQL Feb 1 either way
//   3: demo request Mar 3                                -> MQL Mar 3, no IQL, either way
//   4: whitepaper Jan 2, ebook Jan 3 (25), ROI calculator Feb 10 (45, intent),
//      webinar attended Feb 11 (60)                      -> IQL Jan 3 (at 30: Feb 10), MQL Feb 11
//   5: no events                                         -> Lead
void buildFiveLeads(WorkspaceFixture &fixture)
{
    for (std::int64_t id = 1; id <= 4; ++id)
        fixture.addLead(id, u"2025-01-01"_qs);
    fixture.addLead(5, u"2025-01-15"_qs);
    fixture.addEvents(1, u"2025-01-05 whitepaper_download; 2025-01-10 ebook_download"_qs);
    fixture.addEvents(2, u"2025-02-01 ebook_download; 2025-02-01 webinar_attended"_qs);
    fixture.addEvents(3, u"2025-03-03 demo_request"_qs);
    fixture.addEvents(4, u"2025-01-02 whitepaper_download; 2025-01-03 ebook_download;"
                         " 2025-02-10 roi_calculator; 2025-02-11 webinar_attended"_qs);
}

ScoringModel iqlAt30()
{
    ScoringModel draft = defaultModel();
    draft.thresholds.iql = 30;
    return draft;
}

} // namespace

void WhatIfTest::raisingTheIqlThresholdMovesLeadOneBack()
{
    WorkspaceFixture fixture;
    buildFiveLeads(fixture);
    auto session = loadSession(fixture.database());
    QCOMPARE(session->asOf(), at(u"2025-03-03"_qs));
    QVERIFY(!session->active().version); // not scored yet: the built-in default

    auto comparison = session->compare(iqlAt30());
    QVERIFY2(comparison, comparison ? "" : qPrintable(comparison.error().toString()));
    const FunnelReport &active = comparison->active, &draft = comparison->draft;
    using Counts = std::array<int, 7>;
    QCOMPARE(active.stages.current, (Counts{1, 2, 2, 0, 0, 0, 0}));
    QCOMPARE(draft.stages.current, (Counts{2, 1, 2, 0, 0, 0, 0}));

    // Generation: Jan 2 (leads 1, 4), Feb 1 (2), Mar 0; the draft's axis starts in Feb
    // (its first IQL or MQL): Feb 2 (2, 4), Mar 0. March holds the analysis date.
    QCOMPARE(active.summary.iqls, 3);
    QCOMPARE(draft.summary.iqls, 2);
    QCOMPARE(active.generation.size(), std::size_t(3));
    QCOMPARE(active.generation[0].iqls, 2);
    QCOMPARE(draft.generation.size(), std::size_t(2));
    QCOMPARE(draft.generation[0].iqls, 2);
    QCOMPARE(active.summary.iqlsPerMonth, std::optional<double>(1.5)); // (2 + 1) / 2 whole months
    QCOMPARE(draft.summary.iqlsPerMonth, std::optional<double>(2.0));
    // Every cohort is younger than 180 days: no final conversion on either side.
    QVERIFY(!active.summary.conversion && !draft.summary.conversion);
    // Time to MQL: lead 4 only, Jan 3 -> Feb 11 = 39 days; under the draft Feb 10 -> 11.
    QCOMPARE(active.timeToMql.overall.count, 1);
    QCOMPARE(active.timeToMql.overall.median, std::optional<double>(39.0));
    QCOMPARE(active.timeToMql.overall.mean, std::optional<double>(39.0));
    QCOMPARE(draft.timeToMql.overall.median, std::optional<double>(1.0));
    // Engagement: Jan 2 of 2 (leads 1, 4), Feb 2 of 3 (1 idle) -> mean 5/6; March partial.
    // Draft: Feb 2 of 2 (2, 4) -> 1.
    QCOMPARE(active.engagement[0].engaged, 2);
    QCOMPARE(active.engagement[1].iqls, 3);
    QCOMPARE(active.engagement[1].engaged, 2);
    QCOMPARE(active.summary.engagementRate, std::optional<double>((1.0 + 2.0 / 3.0) / 2));
    QCOMPARE(draft.summary.engagementRate, std::optional<double>(1.0));

    const StageChanges &changes = comparison->changes;
    QCOMPARE(changes.changed(), 1);
    QCOMPARE(changes.count(Stage::IQL, Stage::Lead), 1);
    QCOMPARE(changes.count(Stage::Lead, Stage::Lead), 1);
    QCOMPARE(changes.count(Stage::IQL, Stage::IQL), 1);
    QCOMPARE(changes.count(Stage::MQL, Stage::MQL), 2);
    QCOMPARE(changes.leads(), 5);
    QCOMPARE(changes.changedLeads(), std::vector<std::int64_t>{1});
    QCOMPARE(changes.leadsMoving(Stage::IQL, Stage::Lead), std::vector<std::int64_t>{1});
    QVERIFY(changes.leadsMoving(Stage::Lead, Stage::IQL).empty());
    verifyMatrixSums(*comparison);
}

void WhatIfTest::handBuiltDraftEqualsAFullRescore()
{
    WorkspaceFixture fixture;
    buildFiveLeads(fixture);
    QVERIFY(WorkspaceScorer(fixture.workspace()).run({})); // the dashboard's lead_state
    auto session = loadSession(fixture.database());
    QVERIFY(session->active().version);
    for (const Bucket bucket : {Bucket::Month, Bucket::Quarter}) {
        auto comparison = session->compare(iqlAt30(), {}, bucket);
        QVERIFY(comparison);
        const FullRescore full = rescoreCopy(fixture.database(), m_dir.filePath(u"five.leadstage"_qs), iqlAt30(),
                                             session->asOf(), {}, bucket);
        verifySameReport(comparison->draft, full.report);
        if (QTest::currentTestFailed())
            return;
        verifySameReport(comparison->active, dashboardOf(fixture.database(), {}, bucket));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(full.stages.at(1), u"Lead"_qs);
    }
}

void WhatIfTest::demoDraftEqualsAFullRescore_data()
{
    QTest::addColumn<ModelEdit>("edit");
    QTest::addColumn<MetricsFilter>("filter");
    QTest::addColumn<int>("bucket");
    const auto month = int(Bucket::Month), quarter = int(Bucket::Quarter);
    QTest::newRow("IQL 25 -> 30") << ModelEdit([](ScoringModel &m) { m.thresholds.iql = 30; }) << MetricsFilter()
                                  << month;
    QTest::newRow("MQL 50 -> 40, quarters")
        << ModelEdit([](ScoringModel &m) { m.thresholds.mql = 40; }) << MetricsFilter() << quarter;
    QTest::newRow("harsher decay") << ModelEdit([](ScoringModel &m) { m.decay = {1, 10}; }) << MetricsFilter() << month;
    QTest::newRow("no ebook rule, no demo trigger") << ModelEdit([](ScoringModel &m) {
        m.rules.erase(m.rules.begin() + 2);
        m.triggers.erase(m.triggers.begin());
    }) << MetricsFilter() << month;
    MetricsFilter abSince2025;
    abSince2025.grades = {Grade::A, Grade::B};
    abSince2025.from = at(u"2025-01-01"_qs);
    QTest::newRow("ICP threshold and wider grade A, grades A and B since 2025") << ModelEdit([](ScoringModel &m) {
        m.thresholds.mqlIcp = 40;
        m.fit.grades.a = 60;
    }) << abSince2025 << month;
    MetricsFilter oneSource;
    oneSource.sources = {u"Organic Search"_qs, u"Webinar"_qs};
    QTest::newRow("points up, two sources") << ModelEdit([](ScoringModel &m) {
        for (ScoringRule &rule : m.rules)
            rule.points += 2;
    }) << oneSource << quarter;
}

void WhatIfTest::demoDraftEqualsAFullRescore()
{
    QFETCH(ModelEdit, edit);
    QFETCH(MetricsFilter, filter);
    QFETCH(int, bucket);
    ScoringModel draft = defaultModel();
    edit(draft);
    auto comparison = m_demoSession->compare(draft, filter, Bucket(bucket));
    QVERIFY(comparison);
    const FullRescore full = rescoreCopy(m_demo->database(), m_dir.filePath(u"copy.leadstage"_qs), draft,
                                         m_demoSession->asOf(), filter, Bucket(bucket));
    QVERIFY(full.report.summary.iqls > 0);
    verifySameReport(comparison->draft, full.report);
    if (QTest::currentTestFailed())
        return;
    verifySameReport(comparison->active, dashboardOf(m_demo->database(), filter, Bucket(bucket)));
    if (QTest::currentTestFailed())
        return;

    // The leads that change stage are exactly those whose stored stage differs
    // (every demo lead is created by the analysis date; filters narrow the list).
    const std::map<std::int64_t, QString> before = storedStages(m_demo->database());
    std::vector<std::int64_t> differing;
    for (const auto &[lead, stage] : before)
        if (full.stages.at(lead) != stage)
            differing.push_back(lead);
    const std::vector<std::int64_t> changed = comparison->changes.changedLeads();
    if (filter.grades.empty() && filter.sources.isEmpty()) {
        QCOMPARE(changed, differing);
        verifyMatrixSums(*comparison);
    } else {
        QVERIFY(std::includes(differing.begin(), differing.end(), changed.begin(), changed.end()));
    }
    for (const StageMove &move : comparison->changes.moves()) {
        QCOMPARE(stageName(move.from), before.at(move.leadId));
        QCOMPARE(stageName(move.to), full.stages.at(move.leadId));
    }
    if (QByteArray(QTest::currentDataTag()) == "IQL 25 -> 30")
        QVERIFY(comparison->changes.count(Stage::IQL, Stage::Lead) > 0);
}

void WhatIfTest::activeSideEqualsTheDashboard()
{
    const auto comparison = m_demoSession->compare(defaultModel());
    QVERIFY(comparison);
    verifySameReport(comparison->active, dashboardOf(m_demo->database(), {}, Bucket::Month));
    if (QTest::currentTestFailed())
        return;
    verifySameReport(comparison->draft, comparison->active); // the draft is the active model
    QCOMPARE(comparison->changes.changed(), 0);
    QCOMPARE(comparison->changes.leads(), 2000);
}

void WhatIfTest::nothingIsWritten()
{
    const QString path = m_dir.filePath(u"untouched.leadstage"_qs);
    copyWorkspace(m_demo->database(), path);
    const QByteArray before = hashOf(path);
    {
        auto readOnly = openWorkspace(path, Workspace::Access::ReadOnly);
        auto session = loadSession(readOnly->database());
        QVERIFY(session->compare(iqlAt30()));
    }
    QCOMPARE(hashOf(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_qs) || QFile(path + u"-wal"_qs).size() == 0);
}

void WhatIfTest::aNewerRequestCancelsTheStaleOne()
{
    WhatIfRequests requests;
    const WhatIfRequests::Ticket first = requests.next();
    QVERIFY(requests.isLatest(first.generation));
    const WhatIfRequests::Ticket second = requests.next();
    QVERIFY(first.progress->cancelled());
    QVERIFY(!second.progress->cancelled());
    QVERIFY(!requests.isLatest(first.generation));
    QVERIFY(requests.isLatest(second.generation));

    auto stale = m_demoSession->compare(iqlAt30(), {}, Bucket::Month, first.progress.get());
    QVERIFY(!stale);
    QVERIFY(stale.error().what.contains(u"newer edit"_qs));
    QVERIFY(m_demoSession->compare(iqlAt30(), {}, Bucket::Month, second.progress.get()));
    requests.cancelAll();
    QVERIFY(second.progress->cancelled());
    QVERIFY(!requests.isLatest(second.generation));
}

void WhatIfTest::comparisonsMayRunAtTheSameTime()
{
    std::optional<Result<DraftComparison>> a, b;
    std::thread worker([&] { a.emplace(m_demoSession->compare(iqlAt30())); });
    b.emplace(m_demoSession->compare(iqlAt30()));
    worker.join();
    QVERIFY(*a && *b);
    verifySameReport((**a).draft, (**b).draft);
    QCOMPARE((**a).changes.moves(), (**b).changes.moves());
}

void WhatIfTest::aCancelDuringTheReplayStopsIt()
{
    // The replay reports after each chunk of leads; a cancel from that report is a
    // cancel while the replay runs.
    int reports = 0;
    Progress counting([&](std::int64_t, std::int64_t) { ++reports; });
    QVERIFY(m_demoSession->compare(iqlAt30(), {}, Bucket::Month, &counting));
    QVERIFY(reports > 0);
    std::optional<Progress> cancelsItself;
    cancelsItself.emplace([&](std::int64_t, std::int64_t) { cancelsItself->cancel(); });
    auto stopped = m_demoSession->compare(iqlAt30(), {}, Bucket::Month, &*cancelsItself);
    QVERIFY(!stopped);
    QVERIFY(stopped.error().what.contains(u"newer edit"_qs));
}

void WhatIfTest::anEmptyWorkspaceHasNothingToCompare()
{
    WorkspaceFixture fixture;
    auto session = loadSession(fixture.database());
    QCOMPARE(session->leadCount(), std::size_t(0));
    auto comparison = session->compare(iqlAt30());
    QVERIFY(comparison);
    QCOMPARE(comparison->draft.stages.leads, 0);
    QCOMPARE(comparison->draft.summary.iqls, 0);
    QVERIFY(!comparison->draft.summary.engagementRate);
    QCOMPARE(comparison->changes.leads(), 0);
}

QTEST_GUILESS_MAIN(WhatIfTest)
#include "tst_whatif.moc"
