#include "SampleReport.h"
#include "report/PdfManifest.h"
#include "report/PdfReport.h"
#include "report/ReportPages.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

Q_DECLARE_METATYPE(LeadStage::PaperSize)

// The quarterly report as a PDF, read back with poppler's tools (pdftotext, pdfinfo,
// pdffonts) as a person's PDF reader would see it.
class TestPdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyNumberAndTitleIsText_data();
    void everyNumberAndTitleIsText();
    void pagesHaveThePaperSize_data();
    void pagesHaveThePaperSize();
    void fontsAreEmbedded();
    void aLongTableRepeatsItsHeaderOnTheNextPage();
    void twoWritesAreIdentical_data();
    void twoWritesAreIdentical();
    void theManifestReadsBackSealed();
    void oneEditedByteBreaksTheSeal();
    void aPdfWithoutManifestSaysSo();
    void pagesAreDrawnForALook();

private:
    QString pdfOf(PaperSize paper, const QString &name);
    static QString run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
};

void TestPdfReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP("poppler-utils are not installed");
}

QString TestPdfReport::pdfOf(PaperSize paper, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Status written = PdfReport::write(SampleReport::make(), paper, path);
    if (!written)
        qWarning("%s", qPrintable(written.error().toString()));
    return written ? path : QString();
}

QString TestPdfReport::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestPdfReport::everyNumberAndTitleIsText_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::newRow("A4") << PaperSize::A4;
    QTest::newRow("Letter") << PaperSize::Letter;
}

void TestPdfReport::everyNumberAndTitleIsText()
{
    QFETCH(PaperSize, paper);
    const ReportDocument document = SampleReport::make();
    const QString path = pdfOf(paper, u"text.pdf"_qs);
    QVERIFY(!path.isEmpty());
    const QString text = run(u"pdftotext"_qs, {u"-layout"_qs, path, u"-"_qs});
    QVERIFY(!text.isEmpty());
    const QString flowing = run(u"pdftotext"_qs, {path, u"-"_qs}).simplified();
    // Table rows as one line each: every cell's text in the row's order, columns apart.
    for (const ReportTable &table : document.tables) {
        QVERIFY2(text.contains(table.title), qPrintable(table.title));
        for (const ReportColumn &column : table.columns)
            QVERIFY2(text.contains(column.title), qPrintable(column.title));
        for (const std::vector<ReportCell> &row : table.rows) {
            QStringList cells;
            for (const ReportCell &cell : row)
                cells << QRegularExpression::escape(cell.text);
            const QRegularExpression line(u"(^|\\n) *"_qs + cells.join(u" {2,}"_qs) + u" *\\n"_qs);
            QVERIFY2(text.contains(line), qPrintable(cells.join(u" | "_qs)));
        }
        if (!table.note.isEmpty())
            QVERIFY2(text.contains(table.note), qPrintable(table.note));
    }
    for (const ReportChart &chart : document.charts)
        QVERIFY2(text.contains(chart.title), qPrintable(chart.title));
    for (const ReportSection &section : document.sections) {
        QVERIFY2(text.contains(section.title), qPrintable(section.title));
        for (const ReportBlock &block : section.blocks) {
            if (block.kind == ReportBlock::Kind::Paragraph)
                QVERIFY2(text.simplified().contains(block.text), qPrintable(block.text));
            // A tile's lines wrap beside the next tile's: read in the text's own order.
            for (const ReportKpi &kpi : block.kpis)
                for (const QString &part : {kpi.title, kpi.value, kpi.period, kpi.change, kpi.band})
                    QVERIFY2(flowing.contains(part), qPrintable(part));
        }
    }
    for (const QString &part : {document.title, document.subtitle, document.dateLine, document.contentsTitle})
        QVERIFY2(text.contains(part), qPrintable(part));
    const int pages = ReportPages(document, paper).pageCount();
    QVERIFY(text.contains(document.pageText.arg(2).arg(pages)));
    QVERIFY(text.contains(document.footer));
    QCOMPARE(text.count(u'\f'), pages);
}

void TestPdfReport::pagesHaveThePaperSize_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << PaperSize::A4 << u"595.276 x 841.89 pts (A4)"_qs;
    QTest::newRow("Letter") << PaperSize::Letter << u"612 x 792 pts"_qs;
}

void TestPdfReport::pagesHaveThePaperSize()
{
    QFETCH(PaperSize, paper);
    QFETCH(QString, size);
    const QString path = pdfOf(paper, u"size.pdf"_qs);
    const int pages = ReportPages(SampleReport::make(), paper).pageCount();
    const QString info = run(u"pdfinfo"_qs, {u"-f"_qs, u"1"_qs, u"-l"_qs, QString::number(pages), path});
    QVERIFY2(info.contains(u"Pages:"_qs), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"Pages: +%1\\n"_qs.arg(pages))), qPrintable(info));
    QCOMPARE(info.count(size), pages);
    QVERIFY2(info.contains(QRegularExpression(u"Title: +Quarterly funnel report\n"_qs)), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"CreationDate: +Thu Jan 15 00:00:00 2026"_qs)), qPrintable(info));
}

void TestPdfReport::fontsAreEmbedded()
{
    const QString fonts = run(u"pdffonts"_qs, {pdfOf(PaperSize::A4, u"fonts.pdf"_qs)});
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // under the column titles
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString &line : lines) {
        QVERIFY2(line.contains(u"DejaVu"_qs), qPrintable(line));
        // name type encoding emb sub uni object: "emb" is the first yes/no column.
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        const qsizetype emb = columns.indexOf(QRegularExpression(u"^(yes|no)$"_qs));
        QVERIFY2(emb > 0 && columns[emb] == u"yes", qPrintable(line));
    }
}

void TestPdfReport::aLongTableRepeatsItsHeaderOnTheNextPage()
{
    const ReportDocument document = SampleReport::make();
    const ReportTable &sources = *document.table(u"qualityBySource");
    const QString path = pdfOf(PaperSize::A4, u"long.pdf"_qs);
    const QString text = run(u"pdftotext"_qs, {u"-layout"_qs, path, u"-"_qs});
    const QStringList pages = text.split(u'\f');
    QList<int> holding;
    for (int page = 0; page < pages.size(); ++page)
        if (pages[page].contains(u"Source 1 "_qs) || pages[page].contains(u"Source 60 "_qs))
            holding << page;
    QCOMPARE(holding.size(), 2);
    const QRegularExpression header(u"Source +IQLs +IQL → MQL"_qs);
    for (int page : holding) {
        QVERIFY2(pages[page].contains(header), qPrintable(pages[page]));
    }
    QVERIFY(!pages[holding[0]].contains(u"(continued)"_qs));
    QVERIFY(pages[holding[1]].contains(sources.title + u" (continued)"_qs));
}

void TestPdfReport::twoWritesAreIdentical_data()
{
    everyNumberAndTitleIsText_data();
}

void TestPdfReport::twoWritesAreIdentical()
{
    QFETCH(PaperSize, paper);
    QFile first(pdfOf(paper, u"first.pdf"_qs));
    QFile second(pdfOf(paper, u"second.pdf"_qs));
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    QCOMPARE(run(u"pdftotext"_qs, {u"-layout"_qs, first.fileName(), u"-"_qs}),
             run(u"pdftotext"_qs, {u"-layout"_qs, second.fileName(), u"-"_qs}));
    QCOMPARE(first.readAll(), second.readAll());
}

void TestPdfReport::theManifestReadsBackSealed()
{
    QFile file(pdfOf(PaperSize::A4, u"manifest.pdf"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // PDF readers (and verify) find the XMP packet only when it is stored as it is.
    QVERIFY(bytes.contains("<x:xmpmeta"));
    const Result<QJsonObject> manifest = PdfManifest::read(bytes);
    QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().toString()));
    QCOMPARE(manifest->value(u"request"_qs).toObject().value(u"quarter"_qs).toString(), u"2025-Q4"_qs);
    QVERIFY(manifest->value(u"seal"_qs).toString().startsWith(QString::fromLatin1(ReportSeal::marker())));
    QVERIFY(!bytes.contains(ReportSeal::placeholder()));
    QCOMPARE(ReportSeal::check(bytes), ReportSeal::State::Intact);
}

void TestPdfReport::oneEditedByteBreaksTheSeal()
{
    QFile file(pdfOf(PaperSize::Letter, u"edited.pdf"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("/Title");
    QVERIFY(at > 0);
    bytes[at + 1] = 't';
    QCOMPARE(ReportSeal::check(bytes), ReportSeal::State::Broken);
    QVERIFY(PdfManifest::read(bytes).ok()); // still readable: the seal says it was edited
}

void TestPdfReport::aPdfWithoutManifestSaysSo()
{
    const Result<QJsonObject> manifest = PdfManifest::read("%PDF-1.4\n%%EOF\n");
    QVERIFY(!manifest.ok());
    QVERIFY(manifest.error().what.contains(u"manifest"_qs));
}

// The sample's pages as PNGs in the build folder (LEADSTAGE_SCREENSHOTS), to look at.
void TestPdfReport::pagesAreDrawnForALook()
{
    const QString tool = QStandardPaths::findExecutable(u"pdftoppm"_qs);
    if (tool.isEmpty())
        QSKIP("pdftoppm is not installed");
    QDir().mkpath(QStringLiteral(LEADSTAGE_SCREENSHOTS));
    for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        const QString name = u"report-"_qs + paperName(paper);
        const QString pdf = QDir(QStringLiteral(LEADSTAGE_SCREENSHOTS)).filePath(name + u".pdf"_qs);
        QVERIFY(PdfReport::write(SampleReport::make(), paper, pdf).ok());
        QProcess process;
        process.start(
            tool, {u"-r"_qs, u"60"_qs, u"-png"_qs, pdf, QDir(QStringLiteral(LEADSTAGE_SCREENSHOTS)).filePath(name)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
