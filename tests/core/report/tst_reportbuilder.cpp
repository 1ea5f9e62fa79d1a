#include "../ServerPlacement.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSinks.h"
#include "metrics/FunnelMetrics.h"
#include "metrics/SnapshotLoader.h"
#include "report/QuarterTables.h"
#include "report/ReportBuilder.h"
#include "report/ReportManifest.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "store/Statement.h"

#include <mutex>

using namespace LeadStage;

// The whole document from a small demo workspace: every section and table there, the
// numbers those of core/metrics for the same filter, the manifest holding every cell,
// and the same document twice.
class TestReportBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySectionAndTableIsThere();
    void theQuarterColumnsAreTheMetricsOfEachQuarter_data();
    void theQuarterColumnsAreTheMetricsOfEachQuarter();
    void theManifestHoldsEveryCell();
    void theSameWorkspaceGivesTheSameDocument();
    void aQuarterAfterTheAnalysisDateIsRefused();
    void aFilterNarrowsEveryFigure();
    void cancellingStopsIt();
    void progressCountsTheEventsRead();

private:
    Result<ReportDocument> build(const ReportRequest &request, Progress *progress = nullptr);
    ReportRequest q4() const;

    QTemporaryDir m_dir;
    LeadStage::Testing::ServerPlacement m_placement;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<MetricsSnapshot> m_snapshot;
    std::optional<ReportDocument> m_document;
};

void TestReportBuilder::initTestCase()
{
    auto workspace = Workspace::create(m_dir.filePath(u"demo.leadstage"_qs));
    QVERIFY(workspace);
    m_workspace = std::move(workspace.value());
    auto sink = WorkspaceDemoSink::create(*m_workspace);
    QVERIFY(sink);
    DemoOptions options;
    options.leads = 8000; // over 65,536 events: the loader reports progress at least once
    QVERIFY(DemoGenerator(options).run(**sink));
    sink->reset();
    // report_builder_on_server: the demo's copy on the test server from here on.
    m_workspace = m_placement.place(std::move(m_workspace));
    QVERIFY(WorkspaceScorer(*m_workspace).run({}));
    auto snapshot = SnapshotLoader(m_workspace->database()).load();
    QVERIFY(snapshot);
    m_snapshot = std::move(snapshot.value());
    auto document = build(q4());
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    m_document = std::move(document.value());
}

Result<ReportDocument> TestReportBuilder::build(const ReportRequest &request, Progress *progress)
{
    return ReportBuilder::build(*m_workspace, request, progress);
}

ReportRequest TestReportBuilder::q4() const
{
    ReportRequest request;
    request.quarter = *ReportRequest::quarterNamed(u"2025Q4"_qs);
    return request;
}

void TestReportBuilder::everySectionAndTableIsThere()
{
    QStringList sections;
    for (const ReportSection &section : m_document->sections)
        sections << section.key;
    QCOMPARE(sections,
             (QStringList{u"summary"_qs, u"funnel"_qs, u"iqlMetrics"_qs, u"sources"_qs, u"model"_qs, u"basis"_qs}));
    for (const char *key :
         {"kpis", "iqlMetricsByQuarter", "funnelByStage", "generationByMonth", "cohortsByMonth", "timeToMqlByMonth",
          "timeToMqlHistogram", "engagementByMonth", "qualityBySource", "qualityByCampaign", "qualityByIndustry",
          "modelSettings", "modelRules", "backTest", "backTestGains", "basis", "imports"})
        QVERIFY2(m_document->table(QString::fromLatin1(key)), key);
    QCOMPARE(m_document->table(u"generationByMonth"_qs)->rows.size(), std::size_t(15));
    QCOMPARE(m_document->table(u"generationByMonth"_qs)->rows.front()[0].value.toString(), u"2024-10"_qs);
    // A server workspace is named by its schema.
    QCOMPARE(m_document->subtitle,
             u"2025-Q4 · "_qs + (m_placement.onServer() ? m_placement.schema() : u"demo.leadstage"_qs));
    // Every chart draws columns of its own table, all of one kind.
    for (const ReportChart &chart : m_document->charts) {
        const ReportTable *table = m_document->table(chart.tableKey);
        QVERIFY2(table, qPrintable(chart.key));
        for (int column : chart.seriesColumns)
            QCOMPARE(table->columns[column].kind, table->columns[chart.seriesColumns.front()].kind);
    }
    // Every block points at something that exists.
    for (const ReportSection &section : m_document->sections) {
        for (const ReportBlock &block : section.blocks) {
            if (block.kind == ReportBlock::Kind::Table)
                QVERIFY(block.index >= 0 && block.index < int(m_document->tables.size()));
            if (block.kind == ReportBlock::Kind::Chart)
                QVERIFY(block.index >= 0 && block.index < int(m_document->charts.size()));
        }
    }
}

void TestReportBuilder::theQuarterColumnsAreTheMetricsOfEachQuarter_data()
{
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<int>("row"); // of iqlMetricsByQuarter
    QTest::newRow("this") << u"2025Q4"_qs << 0;
    QTest::newRow("previous") << u"2025Q3"_qs << 1;
    QTest::newRow("a year earlier") << u"2024Q4"_qs << 2;
}

void TestReportBuilder::theQuarterColumnsAreTheMetricsOfEachQuarter()
{
    QFETCH(QString, quarter);
    QFETCH(int, row);
    const Period period = *ReportRequest::quarterNamed(quarter);
    MetricsFilter filter;
    filter.from = period.start();
    filter.to = period.end();
    const FunnelReport report = FunnelMetrics(*m_snapshot, filter, Bucket::Quarter).compute();
    const ReportTable &metrics = *m_document->table(u"iqlMetricsByQuarter"_qs);
    QCOMPARE(metrics.rows[row][0].value.toString(), period.label());
    QCOMPARE(metrics.rows[row][metrics.columnIndex(u"iqls"_qs)].value.toInt(), report.summary.iqls);
    QCOMPARE(metrics.rows[row][metrics.columnIndex(u"mqls"_qs)].value.toInt(), report.timeToMql.overall.count);
    QVERIFY(report.summary.iqls > 0);
    const ReportTable &funnel = *m_document->table(u"funnelByStage"_qs);
    const int reached = funnel.columnIndex(row == 0   ? u"reached"_qs
                                           : row == 1 ? u"reachedPrevious"_qs
                                                      : u"reachedYearEarlier"_qs);
    for (int stage = 0; stage < 7; ++stage)
        QCOMPARE(funnel.rows[stage][reached].value.toInteger(), QuarterTables::reached(report.stages, Stage(stage)));
}

void TestReportBuilder::theManifestHoldsEveryCell()
{
    const QJsonObject numbers = m_document->manifest.value(u"numbers"_qs).toObject();
    QCOMPARE(numbers.size(), qsizetype(m_document->tables.size()));
    for (const ReportTable &table : m_document->tables) {
        const QJsonObject json = numbers.value(table.key).toObject();
        const QJsonArray rows = json.value(u"rows"_qs).toArray();
        QCOMPARE(rows.size(), qsizetype(table.rows.size()));
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            for (std::size_t c = 0; c < table.columns.size(); ++c)
                QCOMPARE(rows[qsizetype(r)].toArray()[qsizetype(c)], table.rows[r][c].value);
        }
    }
    const QJsonObject basis = m_document->manifest.value(u"basis"_qs).toObject();
    QCOMPARE(basis.value(u"rows"_qs)[u"leads"_qs].toInt(), 8000);
    QCOMPARE(basis.value(u"model"_qs)[u"sha256"_qs].toString().size(), 64);
    QVERIFY(ReportManifest::embeddable(m_document->manifest).contains("LEADSTAGE-SEAL:0000"));
}

void TestReportBuilder::theSameWorkspaceGivesTheSameDocument()
{
    auto again = build(q4());
    QVERIFY(again);
    QCOMPARE(ReportManifest::embeddable(again->manifest), ReportManifest::embeddable(m_document->manifest));
    QCOMPARE(again->sections.front().blocks.front().text, m_document->sections.front().blocks.front().text);
}

void TestReportBuilder::aQuarterAfterTheAnalysisDateIsRefused()
{
    ReportRequest request = q4();
    request.quarter = *ReportRequest::quarterNamed(u"2026Q1"_qs);
    auto document = build(request);
    QVERIFY(!document);
    QVERIFY2(document.error().what.contains(u"starts after the analysis date"_qs), qPrintable(document.error().what));
    QVERIFY(document.error().hint.contains(u"2025-Q4"_qs));
    request = q4();
    request.language = u"xx"_qs;
    QVERIFY(!build(request));
}

void TestReportBuilder::aFilterNarrowsEveryFigure()
{
    ReportRequest request = q4();
    const ReportTable &sources = *m_document->table(u"qualityBySource"_qs);
    const QString top = sources.rows.front()[0].value.toString();
    request.filter.sources = {top};
    auto filtered = build(request);
    QVERIFY(filtered);
    const ReportTable &narrowed = *filtered->table(u"qualityBySource"_qs);
    QCOMPARE(int(narrowed.rows.size()), 1);
    QCOMPARE(narrowed.rows.front()[1].value, sources.rows.front()[1].value);
    const auto iqls = [](const ReportDocument &document) {
        return document.table(u"iqlMetricsByQuarter"_qs)->rows.front()[1].value.toInt();
    };
    QVERIFY(iqls(*filtered) < iqls(*m_document));
    QVERIFY(filtered->manifest[u"request"_qs][u"filter"_qs][u"sources"_qs].toArray().contains(top));
}

void TestReportBuilder::cancellingStopsIt()
{
    Progress progress;
    progress.cancel();
    auto document = build(q4(), &progress);
    QVERIFY(!document);
    QVERIFY(document.error().what.contains(u"cancelled"_qs));
}

// The bar follows the events read, of all there are, so the dialog can show a rate
// and the time left.
void TestReportBuilder::progressCountsTheEventsRead()
{
    auto count = m_workspace->database().prepare("SELECT count(*) FROM events");
    QVERIFY(count && count->step().value());
    const std::int64_t events = count->int64(0);
    QVERIFY(events > 65536);
    std::mutex guard;
    std::vector<std::pair<std::int64_t, std::int64_t>> reports;
    Progress progress([&](std::int64_t done, std::int64_t total) {
        std::lock_guard lock(guard);
        reports.emplace_back(done, total);
    });
    QVERIFY(build(q4(), &progress));
    std::int64_t furthest = 0;
    for (const auto &[done, total] : reports) {
        QCOMPARE(total, events);
        QVERIFY(done >= 0 && done <= total);
        furthest = std::max(furthest, done);
    }
    QCOMPARE(furthest, events);
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
