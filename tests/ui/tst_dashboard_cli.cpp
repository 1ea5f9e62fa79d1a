// The dashboard and `leadstage metrics` side by side: the dashboard
// opened offscreen on a demo workspace with a filter set in its filter panel, the real
// binary run with the same filter as arguments, and the KPI tiles' texts, the
// generation bars and the source-quality table compared with the JSON it prints.

#include "Application.h"
#include "DashboardWait.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "dashboard/DashboardEngine.h"
#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"
#include "dashboard/GenerationChart.h"
#include "dashboard/KpiTile.h"
#include "dashboard/QualityPanel.h"
#include "dashboard/QualityTableModel.h"
#include "metrics/DashboardTime.h"
#include "metrics/SnapshotLoader.h"
#include "store/Workspace.h"

#include "../cli/LeadstageProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using LeadstageProcess::leadstage;
using LeadstageProcess::Run;

Q_DECLARE_METATYPE(LeadStage::MetricsFilter)
Q_DECLARE_METATYPE(LeadStage::Bucket)

namespace {

using DashboardWait::waitMs;

QJsonArray rowsOf(const QJsonObject &json, const QString &table)
{
    return json[u"tables"_qs][table][u"rows"_qs].toArray();
}

} // namespace

class TestDashboardCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MetricsSnapshot> m_snapshot;
    std::unique_ptr<DashboardView> m_view;

    bool waitUntilReady() const { return DashboardWait::untilReady(*m_view); }

    QString value(Dimension dimension, std::uint32_t id) const { return m_snapshot->dictionary(dimension).at(id); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.leadstage"_qs);
        const Run demo =
            leadstage({u"demo"_qs, u"--leads"_qs, u"4000"_qs, u"--seed"_qs, u"11"_qs, u"--out"_qs, m_path});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        auto workspace = Workspace::open(m_path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace.ok());
        auto snapshot = SnapshotLoader((*workspace)->database()).load();
        QVERIFY(snapshot.ok());
        m_snapshot = std::make_unique<MetricsSnapshot>(std::move(*snapshot));

        m_view = std::make_unique<DashboardView>();
        m_view->resize(1366, 768);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy ready(m_view.get(), &DashboardView::ready);
        m_view->setWorkspacePath(m_path);
        QVERIFY(ready.wait(waitMs));
        QVERIFY(waitUntilReady());
        m_view->qualityPanel()->setDimension(Dimension::Source);
    }

    void cleanupTestCase() { m_view.reset(); }

    void dashboardAndCommandLineAgree_data()
    {
        QTest::addColumn<MetricsFilter>("filter");
        QTest::addColumn<Bucket>("bucket");
        QTest::addColumn<QStringList>("arguments");

        const QString source = value(Dimension::Source, 1), other = value(Dimension::Source, 2);
        const QString industry = value(Dimension::Industry, 2);
        MetricsFilter none, sources, industryGrades, range;
        sources.sources = {source, other};
        industryGrades.industries = {industry};
        industryGrades.grades = {Grade::A, Grade::B};
        range.from = DashboardTime::startOf(QDate(2024, 5, 20));
        range.to = DashboardTime::endOf(QDate(2025, 8, 3));
        range.sources = {source};

        QTest::newRow("no filter, by month") << none << Bucket::Month << QStringList{};
        QTest::newRow("two sources, by month")
            << sources << Bucket::Month << QStringList{u"--source"_qs, source, u"--source"_qs, other};
        QTest::newRow("industry and grades, by quarter")
            << industryGrades << Bucket::Quarter
            << QStringList{u"--industry"_qs, industry, u"--grade"_qs, u"A"_qs,
                           u"--grade"_qs,    u"B"_qs,  u"--by"_qs,    u"quarter"_qs};
        QTest::newRow("date range and source, by month")
            << range << Bucket::Month
            << QStringList{u"--from"_qs, u"2024-05-20"_qs, u"--to"_qs, u"2025-08-03"_qs, u"--source"_qs, source};
    }

    void dashboardAndCommandLineAgree()
    {
        QFETCH(MetricsFilter, filter);
        QFETCH(Bucket, bucket);
        QFETCH(QStringList, arguments);

        m_view->filterPanel()->setFilter(filter, bucket);
        QVERIFY(waitUntilReady());
        const Run run = leadstage(QStringList{u"metrics"_qs, m_path, u"--format"_qs, u"json"_qs} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json[u"selectedLeads"_qs].toInt(), m_view->result()->report.selectedLeads);
        QVERIFY(json[u"selectedLeads"_qs].toInt() > 0);

        // The four tiles, text for text.
        const QJsonArray kpis = rowsOf(json, u"kpis"_qs);
        QCOMPARE(int(kpis.size()), 4);
        for (int m = 0; m < 4; ++m) {
            const KpiTile *tile = m_view->tile(IqlMetric(m));
            const QJsonObject texts = kpis[m][u"texts"_qs].toObject();
            QCOMPARE(tile->valueText(), texts[u"value"_qs].toString());
            QCOMPARE(tile->periodText(), texts[u"period"_qs].toString());
            QCOMPARE(tile->changeText(), texts[u"change"_qs].toString());
            QCOMPARE(tile->bandText(), texts[u"band"_qs].toString());
        }
        QVERIFY(!m_view->tile(IqlMetric::Conversion)->valueText().startsWith(u'–'));

        // The generation bars as drawn: label and height.
        const QJsonArray generation = rowsOf(json, u"generation"_qs);
        const GenerationChart *chart = m_view->generationChart();
        QCOMPARE(chart->barCount(), int(generation.size()));
        QVERIFY(chart->barCount() > 0);
        for (int i = 0; i < chart->barCount(); ++i) {
            QCOMPARE(chart->barLabel(i), generation[i][u"period"_qs].toString());
            QCOMPARE(chart->barValue(i), generation[i][u"iqls"_qs].toDouble());
        }

        // The source-quality table's cells, in the model's (unsorted) row order.
        const QJsonArray quality = rowsOf(json, u"qualityBySource"_qs);
        const QualityTableModel *model = m_view->qualityPanel()->model();
        QCOMPARE(model->rowCount(), int(quality.size()));
        const std::pair<int, QString> columns[] = {{QualityTableModel::Iqls, u"iqls"_qs},
                                                   {QualityTableModel::MqlRate, u"mqlRate"_qs},
                                                   {QualityTableModel::CustomerRate, u"customerRate"_qs},
                                                   {QualityTableModel::MedianDays, u"medianDaysToMql"_qs}};
        for (int row = 0; row < model->rowCount(); ++row)
            for (const auto &[column, key] : columns)
                QCOMPARE(model->data(model->index(row, column)).toString(), quality[row][u"texts"_qs][key].toString());

        if (QByteArray(QTest::currentDataTag()) == "two sources, by month") {
            LeadStage::Testing::saveScreenshot(*m_view, u"dashboard-cli.png"_qs);
        }
    }
};

QTEST_MAIN(TestDashboardCli)
#include "tst_dashboard_cli.moc"
