#include "SampleReport.h"
#include "report/SvgChart.h"

#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace LeadStage;

class TestSvgChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindIsWellFormedSvg_data();
    void everyKindIsWellFormedSvg();
    void theSameChartGivesTheSameBytes();
    void axisTicksAreNice_data();
    void axisTicksAreNice();
    void tickLabelsAreInTheReportsLanguage_data();
    void tickLabelsAreInTheReportsLanguage();
    void nullsAreGapsNotZeros();
    void theBandSitsAtItsValues_data();
    void theBandSitsAtItsValues();
    void categoryLabelsNeverOverlap_data();
    void categoryLabelsNeverOverlap();
    void namedCategoriesAreTurnedNotLeftOut();
    void aChartWithNothingToShowSaysSo_data();
    void aChartWithNothingToShowSaysSo();
    void aLegendOnlyForSeveralSeries();
    void picturesToLookAt();
};

namespace {

// One element of the SVG with its attributes and text.
struct Element
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QString group; // id of the enclosing <g>, if any

    double number(const char *attribute) const { return attributes.value(QLatin1String(attribute)).toDouble(); }
    QString value(const char *attribute) const { return attributes.value(QLatin1String(attribute)).toString(); }
};

std::vector<Element> elementsOf(const QByteArray &svg, QString *error = nullptr)
{
    std::vector<Element> elements;
    QXmlStreamReader reader(svg);
    QString group;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == u"g")
                group = reader.attributes().value(u"id"_qs).toString();
            elements.push_back({reader.name().toString(), reader.attributes(), {}, group});
            if (reader.name() == u"text")
                elements.back().text = reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == u"g") {
            group.clear();
        }
    }
    if (error)
        *error = reader.hasError() ? reader.errorString() : QString();
    return elements;
}

std::vector<Element> named(const std::vector<Element> &elements, const QString &name, const QString &group = {})
{
    std::vector<Element> result;
    for (const Element &element : elements)
        if (element.name == name && (group.isEmpty() || element.group == group))
            result.push_back(element);
    return result;
}

// A document with one table of monthly counts (or rates) and one chart over it.
ReportDocument oneChart(const std::vector<std::optional<double>> &values, ValueKind kind,
                        ReportChart::Kind chartKind = ReportChart::Kind::Bars, const QString &language = u"en"_qs,
                        int firstMonth = 1)
{
    ReportDocument document;
    document.language = language;
    ReportTable table;
    table.key = u"monthly"_qs;
    table.columns = {{u"month"_qs, u"Month"_qs, ValueKind::Text}, {u"value"_qs, u"Value"_qs, kind}};
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int month = firstMonth + int(i);
        const QString label = u"%1-%2"_qs.arg(2024 + (month - 1) / 12).arg((month - 1) % 12 + 1, 2, 10, QChar(u'0'));
        ReportCell cell = kind == ValueKind::Fraction ? SampleReport::fraction(values[i])
                                                      : (values[i] ? ReportCell{*values[i], QString::number(*values[i])}
                                                                   : ReportCell{QJsonValue(QJsonValue::Null), u"–"_qs});
        table.rows.push_back({SampleReport::text(label), cell});
    }
    document.tables = {table};
    ReportChart chart;
    chart.key = u"monthly"_qs;
    chart.kind = chartKind;
    chart.tableKey = table.key;
    chart.seriesColumns = {1};
    chart.valueAxisTitle = u"leads"_qs;
    document.charts = {chart};
    return document;
}

QByteArray render(const ReportDocument &document, int chart = 0, double width = 480, double height = 260)
{
    return SvgChart::render(document, document.charts[std::size_t(chart)], width, height, u"No data"_qs);
}

} // namespace

void TestSvgChart::everyKindIsWellFormedSvg_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("grouped bars") << int(ReportChart::Kind::Bars);
    QTest::newRow("stacked bars") << int(ReportChart::Kind::StackedBars);
    QTest::newRow("lines") << int(ReportChart::Kind::Lines);
}

void TestSvgChart::everyKindIsWellFormedSvg()
{
    QFETCH(int, kind);
    ReportDocument document = SampleReport::make();
    for (ReportChart &chart : document.charts)
        chart.kind = ReportChart::Kind(kind);
    for (int chart = 0; chart < int(document.charts.size()); ++chart) {
        const QByteArray svg = render(document, chart);
        QString error;
        const auto elements = elementsOf(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(elements.front().name, u"svg"_qs);
        QVERIFY(!svg.startsWith("<?xml")); // so it can sit inside HTML
        // Only what QSvgRenderer draws: no CSS, no foreign content.
        for (const char *unwanted : {"<style", "class=", "foreignObject", "style="})
            QVERIFY2(!svg.contains(unwanted), unwanted);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(480, 260));
        // The title is the renderer's heading, the axis title is the chart's.
        QVERIFY(!svg.contains(QByteArray(">" + document.charts[std::size_t(chart)].title.toUtf8() + "<")));
        QVERIFY(svg.contains(QByteArray(">" + document.charts[std::size_t(chart)].valueAxisTitle.toUtf8() + "<")));
    }
}

void TestSvgChart::theSameChartGivesTheSameBytes()
{
    const ReportDocument document = SampleReport::make();
    QCOMPARE(render(document, 0), render(document, 0));
    QCOMPARE(render(document, 1), render(document, 1));
}

void TestSvgChart::axisTicksAreNice_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("maxIntervals");
    QTest::addColumn<QList<double>>("ticks");
    const int count = int(ValueKind::Count), fraction = int(ValueKind::Fraction), days = int(ValueKind::Days);
    QTest::newRow("monthly IQLs against their band")
        << 0.0 << 500.0 << count << 5 << QList<double>{0, 100, 200, 300, 400, 500};
    QTest::newRow("a few leads: whole numbers, never 12.5") << 0.0 << 3.0 << count << 5 << QList<double>{0, 1, 2, 3};
    QTest::newRow("twelve leads in four steps") << 0.0 << 12.0 << count << 4 << QList<double>{0, 5, 10, 15};
    QTest::newRow("one lead") << 0.0 << 1.0 << count << 6 << QList<double>{0, 1};
    QTest::newRow("nothing but zeros") << 0.0 << 0.0 << count << 5 << QList<double>{0, 1};
    QTest::newRow("thousands") << 0.0 << 14120.0 << count << 6 << QList<double>{0, 5000, 10000, 15000};
    QTest::newRow("rates up to 27 %") << 0.0 << 0.27 << fraction << 5 << QList<double>{0, 0.1, 0.2, 0.3};
    QTest::newRow("rates up to 27 %, more room")
        << 0.0 << 0.27 << fraction << 6 << QList<double>{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
    QTest::newRow("small rates") << 0.0 << 0.012 << fraction << 4 << QList<double>{0, 0.005, 0.01, 0.015};
    QTest::newRow("days to MQL against 90–180") << 0.0 << 180.0 << days << 5 << QList<double>{0, 50, 100, 150, 200};
    QTest::newRow("a change below zero") << -12.0 << 30.0 << count << 5 << QList<double>{-20, -10, 0, 10, 20, 30};
}

void TestSvgChart::axisTicksAreNice()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, kind);
    QFETCH(int, maxIntervals);
    QFETCH(QList<double>, ticks);
    const SvgChart::ValueAxis axis = SvgChart::valueAxis(low, high, ValueKind(kind), maxIntervals);
    const std::vector<double> got = axis.ticks();
    QCOMPARE(QList<double>(got.begin(), got.end()), ticks);
}

void TestSvgChart::tickLabelsAreInTheReportsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("label");
    QTest::newRow("English thousands") << u"en"_qs << int(ValueKind::Count) << 14120.0 << u"15,000"_qs;
    QTest::newRow("German thousands") << u"de"_qs << int(ValueKind::Count) << 14120.0 << u"15.000"_qs;
    QTest::newRow("rates as the cells write them") << u"en"_qs << int(ValueKind::Fraction) << 0.27 << u"30 %"_qs;
    QTest::newRow("small German rates") << u"de"_qs << int(ValueKind::Fraction) << 0.012 << u"1,5 %"_qs;
}

void TestSvgChart::tickLabelsAreInTheReportsLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, kind);
    QFETCH(double, value);
    QFETCH(QString, label);
    const ReportDocument document = oneChart({value / 2, value}, ValueKind(kind), ReportChart::Kind::Bars, language);
    const QByteArray svg = SvgChart::render(document, document.charts[0], 480, 160);
    QStringList texts;
    for (const Element &text : named(elementsOf(svg), u"text"_qs))
        texts << text.text;
    QVERIFY2(texts.contains(label), qPrintable(texts.join(u" | ")));
}

void TestSvgChart::nullsAreGapsNotZeros()
{
    // Bars: a null month draws no bar at all, a zero month a bar of no height.
    const ReportDocument bars = oneChart({310, std::nullopt, 0, 402}, ValueKind::Count);
    const auto barRects = named(elementsOf(render(bars)), u"rect"_qs, u"series"_qs);
    QCOMPARE(int(barRects.size()), 3);
    // Lines: the null splits the line, each value keeps its marker.
    const ReportDocument lines =
        oneChart({0.18, 0.22, std::nullopt, 0.27, 0.25}, ValueKind::Fraction, ReportChart::Kind::Lines);
    const auto elements = elementsOf(render(lines));
    const auto polylines = named(elements, u"polyline"_qs, u"series"_qs);
    QCOMPARE(int(polylines.size()), 2);
    QCOMPARE(polylines[0].value("points").split(u' ').size(), 2);
    QCOMPARE(polylines[1].value("points").split(u' ').size(), 2);
    QCOMPARE(int(named(elements, u"circle"_qs, u"series"_qs).size()), 4);
    // The gap is where the third month is: the lines' x do not reach across it.
    const double endOfFirst = polylines[0].value("points").split(u' ').last().split(u',').first().toDouble();
    const double startOfSecond = polylines[1].value("points").split(u' ').first().split(u',').first().toDouble();
    const double slot = (startOfSecond - endOfFirst) / 2;
    QVERIFY(slot > 10);
}

void TestSvgChart::theBandSitsAtItsValues_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("bandLabel");
    QTest::newRow("IQLs per month, 300–500") << 0 << u"300–500"_qs;
    QTest::newRow("conversion, 15–25 % of 0..1") << 1 << u"15–25 %"_qs;
}

void TestSvgChart::theBandSitsAtItsValues()
{
    QFETCH(int, chart);
    QFETCH(QString, bandLabel);
    const ReportDocument document = SampleReport::make();
    const ReportChart &drawn = document.charts[std::size_t(chart)];
    const auto elements = elementsOf(render(document, chart));
    // The value scale from two labelled ticks: the lowest (0, on the axis line) and the highest.
    std::vector<Element> tickLabels;
    for (const Element &text : named(elements, u"text"_qs))
        if (text.value("text-anchor") == u"end" && text.group.isEmpty() && text.value("fill") == u"#6b7280")
            tickLabels.push_back(text);
    QVERIFY(tickLabels.size() >= 3);
    const auto lines = named(elements, u"line"_qs);
    double zeroY = 0, topY = 1e9;
    for (const Element &line : lines) {
        if (line.value("stroke") == u"#9ca3af")
            zeroY = line.number("y1");
        topY = std::min(topY, line.number("y1"));
    }
    // The top gridline's value is the highest tick label's.
    const Element &highest = tickLabels.back();
    QLocale locale(document.language);
    QString highestText = highest.text;
    highestText.remove(u" %"_qs);
    double highestValue = locale.toDouble(highestText);
    if (chart == 1)
        highestValue /= 100.0;
    const auto yOf = [&](double value) { return zeroY - value / highestValue * (zeroY - topY); };

    const Element *band = nullptr;
    for (const Element &rect : named(elements, u"rect"_qs))
        if (rect.value("fill") == u"#e3f2e6")
            band = &rect;
    QVERIFY(band);
    QVERIFY(std::abs(band->number("y") - yOf(drawn.band->high)) < 0.11);
    QVERIFY(std::abs(band->number("y") + band->number("height") - yOf(drawn.band->low)) < 0.11);
    bool labelled = false;
    for (const Element &text : named(elements, u"text"_qs))
        labelled = labelled || text.text == bandLabel;
    QVERIFY(labelled);
}

void TestSvgChart::categoryLabelsNeverOverlap_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("atLeastShown");
    QTest::addColumn<QString>("name"); // empty: months; else the category names' stem
    QTest::newRow("15 months at 480 px") << 15 << 480.0 << 5 << QString();
    QTest::newRow("15 months at 320 px") << 15 << 320.0 << 4 << QString();
    QTest::newRow("6 months at 480 px, all shown") << 6 << 480.0 << 6 << QString();
    QTest::newRow("36 months at 480 px") << 36 << 480.0 << 8 << QString();
    for (int months = 7; months <= 40; ++months) {
        QTest::addRow("%d months at 400 px", months) << months << 400.0 << 4 << QString();
        QTest::addRow("%d months at 640 px", months) << months << 640.0 << 6 << QString();
    }
    QTest::newRow("12 sources at 480 px, all shown") << 12 << 480.0 << 12 << u"Paid Search "_qs;
    QTest::newRow("62 sources at 480 px") << 62 << 480.0 << 20 << u"Source "_qs;
    QTest::newRow("very long names at 320 px") << 9 << 320.0 << 9 << u"Trade fair and conference leads, region "_qs;
}

void TestSvgChart::categoryLabelsNeverOverlap()
{
    QFETCH(int, months);
    QFETCH(double, width);
    QFETCH(int, atLeastShown);
    QFETCH(QString, name);
    std::vector<std::optional<double>> values;
    for (int m = 0; m < months; ++m)
        values.push_back(300 + (m * 37) % 200);
    ReportDocument document = oneChart(values, ValueKind::Count);
    if (!name.isEmpty()) {
        for (int m = 0; m < months; ++m)
            document.tables[0].rows[std::size_t(m)][0] = SampleReport::text(name + QString::number(m + 1));
    }
    const double height = 260;
    const QByteArray svg = SvgChart::render(document, document.charts[0], width, height);
    const auto labels = named(elementsOf(svg), u"text"_qs, u"categories"_qs);
    QVERIFY2(int(labels.size()) >= atLeastShown, svg.constData());
    QFont font(u"DejaVu Sans"_qs);
    font.setPixelSize(10);
    const QFontMetricsF metrics(font);
    for (std::size_t i = 0; i + 1 < labels.size(); ++i) {
        const Element &a = labels[i], &b = labels[i + 1];
        if (a.attributes.hasAttribute(u"transform"_qs)) {
            // Turned labels are parallel: they overlap when their baselines are closer than a line.
            const double distance = (b.number("x") - a.number("x")) * M_SQRT1_2;
            QVERIFY2(distance >= metrics.height() - 0.5, qPrintable(a.text + u" / "_qs + b.text));
        } else {
            const double aRight = a.number("x") + metrics.horizontalAdvance(a.text) / 2;
            const double bLeft = b.number("x") - metrics.horizontalAdvance(b.text) / 2;
            QVERIFY2(aRight + 2 <= bLeft, qPrintable(a.text + u" / "_qs + b.text));
        }
    }
    // Every label is within the drawing; a turned one ends at its anchor and runs down
    // to the left, its glyphs standing up to the ascent beside the baseline.
    for (const Element &label : labels) {
        const double w = metrics.horizontalAdvance(label.text);
        if (label.attributes.hasAttribute(u"transform"_qs)) {
            QVERIFY2(label.number("x") - (w + metrics.ascent()) * M_SQRT1_2 >= 0, qPrintable(label.text));
            QVERIFY2(label.number("y") + w * M_SQRT1_2 + metrics.descent() <= height, qPrintable(label.text));
        } else {
            QVERIFY(label.number("x") - w / 2 >= 0);
            QVERIFY(label.number("x") + w / 2 <= width);
        }
    }
}

void TestSvgChart::namedCategoriesAreTurnedNotLeftOut()
{
    const QStringList stages = {u"Lead"_qs, u"IQL"_qs,         u"MQL"_qs,     u"PQL"_qs,
                                u"SQL"_qs,  u"Opportunity"_qs, u"Customer"_qs};
    ReportDocument document = oneChart(std::vector<std::optional<double>>(7, 120.0), ValueKind::Count);
    for (int i = 0; i < 7; ++i)
        document.tables[0].rows[std::size_t(i)][0] = SampleReport::text(stages[i]);
    for (const double width : {480.0, 320.0}) {
        const auto labels =
            named(elementsOf(SvgChart::render(document, document.charts[0], width, 260)), u"text"_qs, u"categories"_qs);
        QStringList shown;
        for (const Element &label : labels)
            shown << label.text;
        QCOMPARE(shown, stages);
    }
}

void TestSvgChart::aChartWithNothingToShowSaysSo_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("no rows") << 0;
    QTest::newRow("every value null") << 4;
}

void TestSvgChart::aChartWithNothingToShowSaysSo()
{
    QFETCH(int, rows);
    const ReportDocument document =
        oneChart(std::vector<std::optional<double>>(std::size_t(rows)), ValueKind::Count, ReportChart::Kind::Lines);
    const QByteArray svg = SvgChart::render(document, document.charts[0], 480, 200, u"No IQLs in this quarter"_qs);
    const auto elements = elementsOf(svg);
    QCOMPARE(int(named(elements, u"text"_qs).size()), 1);
    QCOMPARE(named(elements, u"text"_qs).front().text, u"No IQLs in this quarter"_qs);
    QVERIFY(named(elements, u"line"_qs).empty());
    QVERIFY(named(elements, u"polyline"_qs).empty());
    QVERIFY(QSvgRenderer(svg).isValid());
}

void TestSvgChart::aLegendOnlyForSeveralSeries()
{
    const ReportDocument document = SampleReport::make();
    const QByteArray twoSeries = render(document, 0);
    QVERIFY(twoSeries.contains(">IQLs<"));
    QVERIFY(twoSeries.contains(">MQLs<"));
    const QByteArray oneSeries = render(document, 1);
    QVERIFY(!oneSeries.contains(">Converted within 180 days<"));
}

// Set LEADSTAGE_REPORT_PICTURES to a folder to get the sample's charts as SVG and PNG,
// to look at them.
void TestSvgChart::picturesToLookAt()
{
    const QString folder = qEnvironmentVariable("LEADSTAGE_REPORT_PICTURES");
    if (folder.isEmpty())
        QSKIP("LEADSTAGE_REPORT_PICTURES not set");
    QDir().mkpath(folder);
    ReportDocument document = SampleReport::make();
    std::vector<std::optional<double>> months;
    for (int m = 0; m < 15; ++m)
        months.push_back(m == 9 ? std::nullopt : std::optional<double>(280 + (m * 53) % 260));
    const ReportDocument fifteen = oneChart(months, ValueKind::Count, ReportChart::Kind::Bars, u"de"_qs);
    ReportDocument stacked = document;
    stacked.charts[0].kind = ReportChart::Kind::StackedBars;
    ReportDocument sources = document;
    sources.charts[0].tableKey = u"qualityBySource"_qs;
    sources.charts[0].seriesColumns = {1};
    sources.charts[0].band.reset();
    const std::vector<std::pair<QString, QByteArray>> pictures = {
        {u"bars"_qs, render(document, 0)},
        {u"lines"_qs, render(document, 1)},
        {u"stacked"_qs, render(stacked, 0)},
        {u"fifteen"_qs, render(fifteen, 0)},
        {u"sources"_qs, render(sources, 0, 480, 300)},
        {u"empty"_qs, render(oneChart({}, ValueKind::Count), 0)}};
    for (const auto &[name, svg] : pictures) {
        QFile file(folder + u'/' + name + u".svg"_qs);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(svg);
        QSvgRenderer renderer(svg);
        QImage image(renderer.defaultSize() * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(image.save(folder + u'/' + name + u".png"_qs));
    }
}

QTEST_MAIN(TestSvgChart)
#include "tst_svgchart.moc"
