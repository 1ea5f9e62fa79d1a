#include "SampleReport.h"
#include "demo/DemoWorkspace.h"
#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/ReportBuilder.h"
#include "report/ReportSeal.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace LeadStage;

class TestHtmlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameDocumentGivesTheSameBytes();
    void itIsOneWellFormedFileInTheReportsLanguage();
    void everyTableIsThereWithItsColumns();
    void everyNumberCellCarriesItsExactValue();
    void formulaCellsStayEscapedAndEveryTextIsHtmlEscaped();
    void theManifestReadsBackUnderAnIntactSeal();
    void editingOneNumberBreaksTheSeal_data();
    void editingOneNumberBreaksTheSeal();
    void aFileWithoutManifestSaysSo();
    void thePrintStylesheetHasThePaperSize_data();
    void thePrintStylesheetHasThePaperSize();
    void chartsAreInlineSvg();
    void theDemosReportRendersWhole();
    void pictureToLookAt();
};

namespace {

// A <td>/<th> as read back: its attributes and text.
struct Cell
{
    QXmlStreamAttributes attributes;
    QString text;
};

struct Table
{
    QStringList headerKeys;
    std::vector<std::vector<Cell>> rows;
};

// The HTML is written so that it is well-formed XML too: a test can read it with
// QXmlStreamReader instead of guessing with regular expressions.
std::map<QString, Table> tablesIn(const QByteArray &html, QString *error = nullptr)
{
    std::map<QString, Table> tables;
    QXmlStreamReader reader(html);
    Table *table = nullptr;
    bool inBody = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == u"table") {
                table = &tables[reader.attributes().value(u"id"_qs).toString()];
            } else if (table && reader.name() == u"tbody") {
                inBody = true;
            } else if (table && reader.name() == u"tr" && inBody) {
                table->rows.emplace_back();
            } else if (table && reader.name() == u"th") {
                table->headerKeys << reader.attributes().value(u"data-key"_qs).toString();
            } else if (table && reader.name() == u"td") {
                Cell cell{reader.attributes(), {}};
                cell.text = reader.readElementText();
                table->rows.back().push_back(cell);
            }
        } else if (reader.isEndElement() && reader.name() == u"table") {
            table = nullptr;
            inBody = false;
        }
    }
    if (error)
        *error = reader.hasError() ? u"%1 at line %2"_qs.arg(reader.errorString()).arg(reader.lineNumber()) : QString();
    return tables;
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson(u"[%1]"_qs.arg(text).toUtf8()).array().at(0);
}

} // namespace

void TestHtmlReport::theSameDocumentGivesTheSameBytes()
{
    const QByteArray first = HtmlReport::render(SampleReport::make(), PaperSize::A4);
    const QByteArray second = HtmlReport::render(SampleReport::make(), PaperSize::A4);
    QCOMPARE(first, second);
}

void TestHtmlReport::itIsOneWellFormedFileInTheReportsLanguage()
{
    ReportDocument document = SampleReport::make();
    document.language = u"de"_qs;
    const QByteArray html = HtmlReport::render(document, PaperSize::A4);
    QVERIFY(html.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"));
    QString error;
    tablesIn(html, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Self-contained: nothing fetched from elsewhere.
    for (const char *outside : {"<link", "src=", "url(", "@import", "http://www.w3.org/1999/xlink"})
        QVERIFY2(!html.contains(outside), outside);
    // Contents link to each section.
    for (const ReportSection &section : document.sections) {
        QVERIFY(html.contains(QByteArray("href=\"#section-" + section.key.toUtf8() + "\"")));
        QVERIFY(html.contains(QByteArray("<section id=\"section-" + section.key.toUtf8() + "\">")));
    }
}

void TestHtmlReport::everyTableIsThereWithItsColumns()
{
    const ReportDocument document = SampleReport::make();
    const auto tables = tablesIn(HtmlReport::render(document, PaperSize::A4));
    QCOMPARE(tables.size(), document.tables.size());
    for (const ReportTable &table : document.tables) {
        QVERIFY2(tables.count(table.key), qPrintable(table.key));
        const Table &read = tables.at(table.key);
        QCOMPARE(read.headerKeys.size(), qsizetype(table.columns.size()));
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            QCOMPARE(read.headerKeys[qsizetype(c)], table.columns[c].key);
        QCOMPARE(read.rows.size(), table.rows.size());
    }
}

void TestHtmlReport::everyNumberCellCarriesItsExactValue()
{
    const ReportDocument document = SampleReport::make();
    const auto tables = tablesIn(HtmlReport::render(document, PaperSize::Letter));
    int numbers = 0;
    for (const ReportTable &table : document.tables) {
        const Table &read = tables.at(table.key);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const Cell &cell = read.rows[r][c];
                const ReportCell &expected = table.rows[r][c];
                QCOMPARE(cell.text, expected.text);
                if (table.columns[c].kind == ValueKind::Text) {
                    QVERIFY(!cell.attributes.hasAttribute(u"data-value"_qs));
                    continue;
                }
                QVERIFY(cell.attributes.value(u"class"_qs).contains(u"num"_qs));
                const QJsonValue value = jsonValue(cell.attributes.value(u"data-value"_qs).toString());
                QCOMPARE(value, expected.value);
                if (value.isDouble())
                    QCOMPARE(value.toDouble(), expected.value.toDouble()); // bit for bit, not just close
                ++numbers;
            }
        }
    }
    QCOMPARE(numbers, 6 * 2 + 62 * 2 + 4);
}

void TestHtmlReport::formulaCellsStayEscapedAndEveryTextIsHtmlEscaped()
{
    ReportDocument document = SampleReport::make();
    document.title = u"<script>alert('x')</script> & \"co\""_qs;
    document.sections[0].blocks[0].text = u"Rose <b>12 %</b> & more"_qs;
    const QByteArray html = HtmlReport::render(document, PaperSize::A4);
    QVERIFY(html.contains("<td class=\"key\">&#39;=HYPERLINK(&quot;http://x&quot;)</td>"));
    QVERIFY(!html.contains("<script>alert"));
    QVERIFY(html.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</h1>"));
    QVERIFY(html.contains("<p>Rose &lt;b&gt;12 %&lt;/b&gt; &amp; more</p>"));
    const auto tables = tablesIn(html);
    QCOMPARE(tables.at(u"qualityBySource"_qs).rows[0][0].text, u"'=HYPERLINK(\"http://x\")"_qs);
}

void TestHtmlReport::theManifestReadsBackUnderAnIntactSeal()
{
    const ReportDocument document = SampleReport::make();
    const QByteArray html = HtmlReport::render(document, PaperSize::A4);
    QCOMPARE(ReportSeal::check(html), ReportSeal::State::Intact);
    const Result<QJsonObject> manifest = HtmlReport::readManifest(html);
    QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().toString()));
    QCOMPARE(manifest->value(u"kind"_qs).toString(), u"leadstage-quarterly-report"_qs);
    QCOMPARE(manifest->value(u"request"_qs).toObject().value(u"quarter"_qs).toString(), u"2025-Q4"_qs);
    const QString seal = manifest->value(u"seal"_qs).toString();
    QVERIFY(seal.startsWith(QString::fromLatin1(ReportSeal::marker())));
    QVERIFY(seal != QString::fromLatin1(ReportSeal::placeholder()));
}

void TestHtmlReport::editingOneNumberBreaksTheSeal_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("a shown number") << QByteArray(">310</td>") << QByteArray(">311</td>");
    QTest::newRow("a data-value") << QByteArray("data-value=\"310\"") << QByteArray("data-value=\"311\"");
    QTest::newRow("the manifest") << QByteArray("2025-Q4\"}") << QByteArray("2025-Q3\"}");
}

void TestHtmlReport::editingOneNumberBreaksTheSeal()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray html = HtmlReport::render(SampleReport::make(), PaperSize::A4);
    QVERIFY(html.contains(from));
    html.replace(html.indexOf(from), from.size(), to);
    QCOMPARE(ReportSeal::check(html), ReportSeal::State::Broken);
}

void TestHtmlReport::aFileWithoutManifestSaysSo()
{
    const Result<QJsonObject> manifest = HtmlReport::readManifest("<!DOCTYPE html><html><body>hello</body></html>");
    QVERIFY(!manifest.ok());
    QVERIFY(manifest.error().what.contains(u"manifest"_qs));
}

void TestHtmlReport::thePrintStylesheetHasThePaperSize_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QByteArray>("rule");
    QTest::newRow("A4") << int(PaperSize::A4) << QByteArray("@page { size: A4;");
    QTest::newRow("Letter") << int(PaperSize::Letter) << QByteArray("@page { size: letter;");
}

void TestHtmlReport::thePrintStylesheetHasThePaperSize()
{
    QFETCH(int, paper);
    QFETCH(QByteArray, rule);
    const QByteArray html = HtmlReport::render(SampleReport::make(), PaperSize(paper));
    QVERIFY(html.contains(rule));
    QVERIFY(html.contains("thead { display: table-header-group; }"));
    QVERIFY(html.contains("section { break-before: page; }"));
}

void TestHtmlReport::chartsAreInlineSvg()
{
    const ReportDocument document = SampleReport::make();
    const QByteArray html = HtmlReport::render(document, PaperSize::A4);
    QCOMPARE(html.count("<svg xmlns=\"http://www.w3.org/2000/svg\""), qsizetype(document.charts.size()));
    for (const ReportChart &chart : document.charts) {
        QVERIFY(html.contains(QByteArray("<figure class=\"chart\" id=\"chart-" + chart.key.toUtf8() + "\">")));
        QVERIFY(html.contains(QByteArray("<figcaption>" + chart.title.toUtf8() + "</figcaption>")));
    }
}

// The builder's real document, not only the hand-made sample: every table with its
// numbers, every chart drawn (none empty), the seal intact — in HTML and CSV.
void TestHtmlReport::theDemosReportRendersWhole()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"demo.leadstage"_qs);
    DemoOptions options;
    options.leads = 2000;
    QVERIFY(createDemoWorkspace(path, options, nullptr));
    auto workspace = Workspace::open(path, {});
    QVERIFY(workspace);
    ReportRequest request;
    request.quarter = *ReportRequest::quarterNamed(u"2025Q4"_qs);
    const Result<ReportDocument> document = ReportBuilder::build(**workspace, request);
    QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(document.error().toString()));
    QVERIFY(!document->charts.empty());

    const QByteArray html = HtmlReport::render(*document, PaperSize::Letter);
    QString error;
    const auto tables = tablesIn(html, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ReportSeal::check(html), ReportSeal::State::Intact);
    QVERIFY(HtmlReport::readManifest(html).ok());
    // Every table a section shows (the KPI table is there as tiles; its numbers are in the manifest).
    std::vector<const ReportTable *> shown;
    for (const ReportSection &section : document->sections)
        for (const ReportBlock &block : section.blocks)
            if (block.kind == ReportBlock::Kind::Table)
                shown.push_back(&document->tables[std::size_t(block.index)]);
    QVERIFY(shown.size() + 1 >= document->tables.size());
    QCOMPARE(tables.size(), shown.size());
    for (const ReportTable *shownTable : shown) {
        const ReportTable &table = *shownTable;
        QVERIFY2(tables.count(table.key), qPrintable(table.key));
        const Table &read = tables.at(table.key);
        QCOMPARE(read.rows.size(), table.rows.size());
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                if (table.columns[c].kind == ValueKind::Text)
                    continue;
                const QJsonValue value = jsonValue(read.rows[r][c].attributes.value(u"data-value"_qs).toString());
                QCOMPARE(value, table.rows[r][c].value);
            }
        }
    }
    // Each chart the sections show is drawn, with series — not an empty frame.
    int charts = 0;
    for (const ReportSection &section : document->sections)
        for (const ReportBlock &block : section.blocks)
            charts += block.kind == ReportBlock::Kind::Chart ? 1 : 0;
    QCOMPARE(html.count("<svg xmlns="), qsizetype(charts));
    QCOMPARE(html.count("<g id=\"series\">"), qsizetype(charts));

    const std::vector<ReportPart> parts = CsvReport::render(*document);
    QCOMPARE(parts.size(), document->tables.size() + 1);
    QCOMPARE(ReportSeal::check(parts), ReportSeal::State::Intact);
}

// Set LEADSTAGE_REPORT_PICTURES to a folder to get the sample report as HTML, to look at.
void TestHtmlReport::pictureToLookAt()
{
    const QString folder = qEnvironmentVariable("LEADSTAGE_REPORT_PICTURES");
    if (folder.isEmpty())
        QSKIP("LEADSTAGE_REPORT_PICTURES not set");
    QDir().mkpath(folder);
    QFile file(folder + u"/sample-report.html"_qs);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(HtmlReport::render(SampleReport::make(), PaperSize::A4));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
