// Issue 19, items 1 and 4: the dashboard's charts never show garbage (whole counts on
// count axes, thousands separators, month labels that do not overlap, a sentence
// instead of a chart over nothing, labels and markers apart), and every KPI tile
// says which period and which leads its figure covers.

#include "Application.h"
#include "DashboardWait.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "common/CountTicker.h"
#include "common/PlotPalette.h"
#include "common/QCustomPlotInclude.h"
#include "dashboard/CohortHeatMap.h"
#include "dashboard/DashboardEngine.h"
#include "dashboard/DashboardView.h"
#include "dashboard/EngagementChart.h"
#include "dashboard/FilterPanel.h"
#include "dashboard/FunnelChart.h"
#include "dashboard/GenerationChart.h"
#include "dashboard/KpiTile.h"
#include "dashboard/TimeToMqlChart.h"
#include "demo/DemoWorkspace.h"
#include "explore/LeadDetailLoader.h"
#include "explorer/ScoreTimelinePlot.h"
#include "ruleeditor/DecayChart.h"
#include "ruleeditor/ThresholdRuler.h"
#include "shell/Theme.h"
#include "store/Workspace.h"
#include "tuning/EngagementHistogram.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace LeadStage;
using LeadStage::Testing::saveScreenshot;

namespace {

// The labels QCustomPlot draws on a horizontal axis, as rectangles in plot pixels.
QList<QRectF> tickLabelRects(const QCPAxis *axis)
{
    const QFontMetrics metrics(axis->tickLabelFont());
    QList<QRectF> rects;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double x = axis->coordToPixel(ticks[i]);
        const int width = metrics.horizontalAdvance(labels[i]);
        rects << QRectF(x - width / 2.0, 0, width, metrics.height());
    }
    return rects;
}

bool anyOverlap(const QList<QRectF> &rects, QString *which = nullptr)
{
    for (qsizetype i = 0; i < rects.size(); ++i)
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            if (rects[i].intersects(rects[j])) {
                if (which)
                    *which = u"%1 and %2"_qs.arg(i).arg(j);
                return true;
            }
    return false;
}

QCustomPlot *plotOf(ChartPanel *chart)
{
    return chart->findChild<QCustomPlot *>();
}

} // namespace

class TestDashboardCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_empty;
    std::unique_ptr<DashboardView> m_view;

    bool waitUntilReady() const { return DashboardWait::untilReady(*m_view); }

    std::vector<ChartPanel *> charts() const
    {
        return {m_view->generationChart(), m_view->findChild<CohortHeatMap *>(), m_view->timeToMqlChart(),
                m_view->engagementChart(), m_view->funnelChart()};
    }

    // The dashboard at a window size, with every queued replot done.
    void showAt(const QSize &size)
    {
        m_view->resize(size);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        for (ChartPanel *chart : charts())
            if (QCustomPlot *plot = plotOf(chart)) {
                // The second replot draws the thinning the first one's layout chose.
                plot->replot(QCustomPlot::rpImmediateRefresh);
                plot->replot(QCustomPlot::rpImmediateRefresh);
            }
    }

    // Screenshots carry the scale factor, so a run with QT_SCALE_FACTOR=2 keeps both.
    QString shotName(const QString &name) const
    {
        const qreal ratio = m_view->devicePixelRatioF();
        return ratio > 1 ? u"%1@%2x.png"_qs.arg(name).arg(ratio) : name + u".png"_qs;
    }

private Q_SLOTS:
    // Before the first figures arrive, no chart draws axes over nothing.
    void chartsWaitingForFiguresShowASentence()
    {
        GenerationChart generation;
        CohortHeatMap cohorts;
        TimeToMqlChart timeToMql;
        EngagementChart engagement;
        FunnelChart funnel;
        for (const ChartPanel *panel :
             std::initializer_list<const ChartPanel *>{&generation, &cohorts, &timeToMql, &engagement, &funnel}) {
            QVERIFY2(!panel->isChartShown(), qPrintable(panel->title()));
            QVERIFY(!panel->emptyText().isEmpty());
        }
        // Nor does a tile claim there is no period yet: it says the figures are being read.
        KpiTile tile(IqlMetric::Generation);
        QCOMPARE(tile.valueText(), u"–"_qs);
        QCOMPARE(tile.coverageText(), u"Reading the figures…"_qs);
        QVERIFY(tile.bandText().isEmpty());
        QVERIFY(tile.changeText().isEmpty());
        tile.showFigure(KpiFigure{IqlMetric::Generation, {}, {}, {}, {}, {}, false});
        QVERIFY(!tile.bandText().isEmpty());
    }

    // The dark theme reaches the plots: background and tick labels from the palette,
    // and back to the charts' white when the palette turns light again.
    void plotsFollowTheTheme()
    {
        GenerationChart chart;
        QCustomPlot *plot = chart.plot();
        // The plot's corner, drawn: what the eye sees as its background.
        const auto corner = [plot] { return plot->toPixmap(200, 150).toImage().pixelColor(2, 2); };
        QCOMPARE(corner(), QColor(Qt::white));
        chart.setPalette(Theme::darkPalette());
        QVERIFY(PlotPalette::isDark(plot->palette()));
        QVERIFY2(corner().lightness() < 128, qPrintable(corner().name()));
        QVERIFY(plot->xAxis->tickLabelColor().lightness() > 128);
        QCOMPARE(plot->xAxis->grid()->pen().style(), Qt::SolidLine);
        chart.setPalette(QPalette(Qt::white));
        QCOMPARE(corner(), QColor(Qt::white));
        QCOMPARE(plot->xAxis->tickLabelColor(), QColor(Qt::black));
    }

    // The rule editor's decay curve (Qt Charts) follows the palette the same way.
    void decayChartFollowsTheTheme()
    {
        DecayChart chart;
        chart.resize(400, 300);
        const auto corner = [&chart] { return chart.grab().toImage().pixelColor(3, 3); };
        QVERIFY2(corner().lightness() > 200, qPrintable(corner().name()));
        chart.setPalette(Theme::darkPalette());
        QVERIFY2(corner().lightness() < 128, qPrintable(corner().name()));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
        // Separators are checked in a locale that has them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.leadstage"_qs);
        DemoOptions options;
        options.leads = 12000;
        const auto stats = createDemoWorkspace(m_demo, options, nullptr);
        QVERIFY2(stats.ok(), qPrintable(stats ? QString() : stats.error().toString()));
        m_empty = m_dir.filePath(u"empty.leadstage"_qs);
        QVERIFY(Workspace::create(m_empty).ok());

        m_view = std::make_unique<DashboardView>();
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setWorkspacePath(m_demo);
        QVERIFY(QTest::qWaitFor([this] { return m_view->result() != nullptr; }, DashboardWait::waitMs));
        QVERIFY(waitUntilReady());
    }

    void everyChartIsDrawnForADemo()
    {
        for (ChartPanel *chart : charts()) {
            QVERIFY2(chart->isChartShown(), qPrintable(chart->title()));
            QVERIFY(chart->emptyText().isEmpty());
        }
    }

    void countTickerStepsAreWhole_data()
    {
        QTest::addColumn<double>("upper");
        QTest::newRow("three leads") << 3.0;
        QTest::newRow("seven and a half") << 7.5;
        QTest::newRow("thirteen") << 13.0;
        QTest::newRow("forty") << 40.0;
        QTest::newRow("a million") << 1.2e6;
    }

    void countTickerStepsAreWhole()
    {
        QFETCH(double, upper);
        CountTicker ticker;
        QVector<double> ticks, subTicks;
        QVector<QString> labels;
        ticker.generate(QCPRange(0, upper), QLocale(), u'g', 6, ticks, &subTicks, &labels);
        QVERIFY(!ticks.isEmpty());
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QCOMPARE(ticks[i], std::round(ticks[i]));
            QVERIFY2(!labels[i].contains(u'.'), qPrintable(labels[i]));
            if (ticks[i] >= 1000)
                QVERIFY2(labels[i].contains(u','), qPrintable(labels[i]));
        }
    }

    void countAxesOfTheChartsAreWhole()
    {
        for (ChartPanel *chart :
             {static_cast<ChartPanel *>(m_view->generationChart()), static_cast<ChartPanel *>(m_view->timeToMqlChart()),
              static_cast<ChartPanel *>(m_view->funnelChart())}) {
            QCustomPlot *plot = plotOf(chart);
            QVERIFY(plot->yAxis->ticker().dynamicCast<CountTicker>());
            plot->replot(QCustomPlot::rpImmediateRefresh);
            const QVector<double> ticks = plot->yAxis->tickVector();
            QVERIFY(!ticks.isEmpty());
            for (const double tick : ticks)
                QVERIFY2(tick == std::round(tick), qPrintable(chart->title() + u": "_qs + QString::number(tick)));
        }
        // The funnel's first bar counts every lead: its axis reaches thousands.
        const QVector<QString> labels = plotOf(m_view->funnelChart())->yAxis->tickVectorLabels();
        QVERIFY2(std::any_of(labels.begin(), labels.end(), [](const QString &l) { return l.contains(u','); }),
                 qPrintable(QStringList(labels.begin(), labels.end()).join(u" | "_qs)));
    }

    void monthLabelsNeverOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("900x700") << QSize(900, 700);
    }

    void monthLabelsNeverOverlap()
    {
        QFETCH(QSize, size);
        showAt(size);
        for (ChartPanel *chart :
             {static_cast<ChartPanel *>(m_view->generationChart()),
              static_cast<ChartPanel *>(m_view->engagementChart()), static_cast<ChartPanel *>(m_view->funnelChart()),
              static_cast<ChartPanel *>(m_view->timeToMqlChart())}) {
            QCustomPlot *plot = plotOf(chart);
            const QVector<QString> labels = plot->xAxis->tickVectorLabels();
            QVERIFY2(labels.size() >= 2, qPrintable(chart->title()));
            for (const QString &label : labels)
                QVERIFY2(!label.contains(u'…') && !label.contains(QChar(0x22ee)) && !label.isEmpty(),
                         qPrintable(label));
            QString which;
            QVERIFY2(!anyOverlap(tickLabelRects(plot->xAxis), &which), qPrintable(chart->title() + u": "_qs + which));
        }
        // Seven stage names fit side by side from the default 1280 px: none is left out.
        if (size.width() >= 1280)
            QCOMPARE(plotOf(m_view->funnelChart())->xAxis->tickVectorLabels().size(), qsizetype(7));
        showAt(QSize(1280, 800));
    }

    void theEngagementBandNoteStaysOffTheLine()
    {
        EngagementChart *chart = m_view->engagementChart();
        const QRect note = chart->bandNoteRect();
        QVERIFY(note.height() > 0);
        QVERIFY(!note.intersects(plotOf(chart)->axisRect()->rect()));
    }

    void tilesNamePeriodAndFilter()
    {
        for (const ReferenceBand &band : ReferenceBands::all()) {
            const KpiTile *tile = m_view->tile(band.metric);
            QCOMPARE(tile->scopeText(), u"All leads"_qs);
            QVERIFY2(tile->coverageText().contains(tile->periodText()), qPrintable(tile->coverageText()));
            QVERIFY2(tile->coverageText().contains(u"only"_qs), qPrintable(tile->coverageText()));
            QVERIFY(tile->toolTip().contains(u"chart"_qs));
        }
        QVERIFY(m_view->timeToMqlChart()->title().contains(u"all periods"_qs));
        QVERIFY(!m_view->tile(IqlMetric::Generation)->bandText().contains(u"(all leads only)"_qs));
    }

    void aFilteredPartIsNotJudgedAgainstTheCompanyBand()
    {
        MetricsFilter filter;
        filter.grades = {Grade::A};
        m_view->filterPanel()->setFilter(filter, Bucket::Month);
        QVERIFY(waitUntilReady());
        const KpiTile *generation = m_view->tile(IqlMetric::Generation);
        QVERIFY2(generation->scopeText().contains(u"grade A"_qs), qPrintable(generation->scopeText()));
        QVERIFY2(generation->bandText().contains(u"(all leads only)"_qs), qPrintable(generation->bandText()));
        for (const QString &word : {u"Below"_qs, u"Within"_qs, u"Above"_qs})
            QVERIFY(!generation->bandText().startsWith(word));
        // Rates are per lead: their bands still judge the filtered part.
        const KpiTile *conversion = m_view->tile(IqlMetric::Conversion);
        QVERIFY(conversion->scopeText().contains(u"grade A"_qs));
        QVERIFY2(!conversion->bandText().contains(u"(all leads only)"_qs), qPrintable(conversion->bandText()));
    }

    void aFilterSelectingNothingShowsSentences()
    {
        MetricsFilter filter; // a month long after the demo's data
        filter.from = QDateTime(QDate(2099, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        filter.to = QDateTime(QDate(2099, 2, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        m_view->filterPanel()->setFilter(filter, Bucket::Month);
        QVERIFY(waitUntilReady());
        // The leads are still selected, but no period in the range holds an IQL: every
        // chart over periods says so; the funnel (stages ever reached) still has its bars.
        for (ChartPanel *chart : charts()) {
            if (chart == m_view->funnelChart())
                continue;
            QVERIFY2(!chart->isChartShown(), qPrintable(chart->title()));
            QVERIFY2(chart->emptyText().endsWith(u'.'), qPrintable(chart->emptyText()));
        }
        const QLabel *status = nullptr;
        for (const QLabel *label : m_view->findChildren<QLabel *>())
            if (label->text().contains(u"selected"_qs))
                status = label;
        QVERIFY(status);
        QVERIFY2(!status->text().contains(u"1970"_qs), qPrintable(status->text()));
        saveScreenshot(*m_view, shotName(u"dashboard-filter-selects-nothing"_qs));

        m_view->filterPanel()->setFilter({}, Bucket::Month);
        QVERIFY(waitUntilReady());
        for (ChartPanel *chart : charts())
            QVERIFY2(chart->isChartShown(), qPrintable(chart->title()));
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("name");
        QTest::newRow("1280x800") << QSize(1280, 800) << u"dashboard-charts-1280x800"_qs;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << u"dashboard-charts-1920x1080"_qs;
    }

    void screenshots()
    {
        QFETCH(QSize, size);
        QFETCH(QString, name);
        showAt(size);
        saveScreenshot(*m_view, shotName(name));
        showAt(QSize(1280, 800));
    }

    void anEmptyWorkspaceShowsSentencesNotCharts()
    {
        DashboardView view;
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWorkspacePath(m_empty);
        QVERIFY(QTest::qWaitFor([&view] { return view.result() != nullptr && !view.isBusy(); }, DashboardWait::waitMs));
        for (ChartPanel *chart :
             {static_cast<ChartPanel *>(view.generationChart()), static_cast<ChartPanel *>(view.timeToMqlChart()),
              static_cast<ChartPanel *>(view.engagementChart()), static_cast<ChartPanel *>(view.funnelChart())}) {
            QVERIFY2(!chart->isChartShown(), qPrintable(chart->title()));
            QVERIFY(!chart->emptyText().isEmpty());
        }
        for (const QLabel *label : view.findChildren<QLabel *>())
            if (label->isVisibleTo(&view))
                QVERIFY2(!label->text().contains(u"1970"_qs), qPrintable(label->text()));
        QCOMPARE(view.tile(IqlMetric::Generation)->valueText(), u"–"_qs);
        saveScreenshot(view, shotName(u"dashboard-empty-workspace"_qs));
    }

    void stageMarkersOnCloseDatesDoNotOverlap()
    {
        auto workspace = Workspace::open(m_demo, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace.ok());
        LeadDetailLoader loader((*workspace)->database());
        std::optional<LeadDetail> found;
        for (std::int64_t id = 1; id < 3000 && !found; ++id) {
            auto detail = loader.load(id);
            if (!detail || !detail->ledger)
                continue;
            int reached = 0;
            for (const StageMoment &moment : detail->moments)
                reached += (moment.stage == Stage::IQL || moment.stage == Stage::MQL) && moment.at ? 1 : 0;
            if (reached == 2)
                found = std::move(*detail);
        }
        QVERIFY(found);
        // IQL and MQL a day apart: the markers would sit on each other.
        std::optional<std::int64_t> iqlAt;
        for (StageMoment &moment : found->moments) {
            if (moment.stage == Stage::IQL)
                iqlAt = moment.at;
        }
        for (StageMoment &moment : found->moments)
            if (moment.stage == Stage::MQL)
                moment.at = *iqlAt + 86400;
        // Thresholds close together: their labels would sit on each other.
        found->thresholds.mql = found->thresholds.iql + 1;

        ScoreTimelinePlot plot;
        plot.resize(520, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setDetail(std::make_shared<const LeadDetail>(*found));
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QList<QRectF> rects = plot.labelRects();
        QVERIFY(rects.size() >= 5);
        QString which;
        QVERIFY2(!anyOverlap(rects, &which), qPrintable(which));
        saveScreenshot(plot, shotName(u"timeline-close-markers"_qs));

        // A lead never scored: no "Jan 1970" axis, a sentence.
        auto unscored = std::make_shared<LeadDetail>(*found);
        unscored->ledger.reset();
        plot.setDetail(unscored);
        QVERIFY(!plot.xAxis->visible());
    }

    void theOffScaleNoteAndTheHandlesDoNotOverlap()
    {
        EngagementHistogram::Counts engagement{{0, 5000}, {3, 40}, {12, 60}, {25, 80}, {40, 30}, {70, 10}};
        ThresholdRuler ruler;
        ruler.resize(700, 320);
        ruler.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ruler));
        ruler.setHistogram(EngagementHistogram(engagement, {{0, 5000}, {10, 40}}));
        Thresholds thresholds;
        thresholds.iql = 4;
        thresholds.mql = 6;
        thresholds.pql = 8;
        ruler.setThresholds(thresholds);
        ruler.findChild<QCustomPlot *>()->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY2(ruler.offScaleNote().contains(u"5,040"_qs), qPrintable(ruler.offScaleNote()));
        QList<QRectF> rects{ruler.offScaleNoteRect()};
        for (const auto handle : {ThresholdRuler::Iql, ThresholdRuler::Mql, ThresholdRuler::Pql})
            rects << ruler.tagRect(handle);
        QString which;
        QVERIFY2(!anyOverlap(rects, &which), qPrintable(which));
        saveScreenshot(ruler, shotName(u"ruler-off-scale-note"_qs));
    }

    void cleanupTestCase() { m_view.reset(); }
};

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
