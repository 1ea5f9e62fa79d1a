#include "SampleReport.h"
#include "report/ReportPages.h"

#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace LeadStage;

Q_DECLARE_METATYPE(LeadStage::PaperSize)

// The report's page layout, painter-agnostic: what the PDF and the export dialog's
// preview both draw.
class TestReportPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutIsStable_data();
    void layoutIsStable();
    void pagesPaintInsideThePage_data();
    void pagesPaintInsideThePage();
    void everyTextFitsItsPage_data();
    void everyTextFitsItsPage();
    void aTableWiderThanThePageShrinks();
    void sectionsStartOnTheirContentsPage();
    void aPreviewIsDrawnForALook();
};

namespace {

void paperRows()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("A4") << PaperSize::A4 << QSizeF(595.28, 841.89);
    QTest::newRow("Letter") << PaperSize::Letter << QSizeF(612, 792);
}

// A table of many wide columns, the sort the model section lists.
ReportDocument wideTable()
{
    ReportDocument document = SampleReport::make();
    ReportTable table;
    table.key = u"wide"_qs;
    table.title = u"Rules of the model"_qs;
    for (int c = 0; c < 12; ++c)
        table.columns.push_back(
            {u"c%1"_qs.arg(c), u"Column number %1"_qs.arg(c), c == 0 ? ValueKind::Text : ValueKind::Count});
    for (int r = 0; r < 5; ++r) {
        std::vector<ReportCell> row{SampleReport::text(u"A rather long rule name that needs room %1"_qs.arg(r))};
        for (int c = 1; c < 12; ++c)
            row.push_back(SampleReport::count(100000 + r * c));
        table.rows.push_back(row);
    }
    document.tables.push_back(table);
    document.sections.push_back({u"model"_qs, u"The model"_qs, {{ReportBlock::Kind::Table, {}, {}, 3}}});
    return document;
}

} // namespace

void TestReportPages::layoutIsStable_data()
{
    paperRows();
}

void TestReportPages::layoutIsStable()
{
    QFETCH(PaperSize, paper);
    QFETCH(QSizeF, size);
    const ReportPages pages(SampleReport::make(), paper);
    QCOMPARE(pages.pageSize(), size);
    // Title page, summary, two pages of charts and tables, the long table over two pages.
    QVERIFY2(pages.pageCount() >= 5 && pages.pageCount() <= 7, qPrintable(QString::number(pages.pageCount())));
    const ReportPages again(SampleReport::make(), paper);
    QCOMPARE(again.pageCount(), pages.pageCount());
    for (int page = 0; page < pages.pageCount(); ++page) {
        QCOMPARE(again.marks(page).size(), pages.marks(page).size());
        for (std::size_t i = 0; i < pages.marks(page).size(); ++i)
            QCOMPARE(again.marks(page)[i].rect, pages.marks(page)[i].rect);
    }
}

void TestReportPages::pagesPaintInsideThePage_data()
{
    paperRows();
}

// Each page painted into the middle of a larger image: the border around it stays
// untouched, and the page itself is not blank.
void TestReportPages::pagesPaintInsideThePage()
{
    QFETCH(PaperSize, paper);
    const ReportPages pages(SampleReport::make(), paper);
    constexpr double scale = 1.5;
    constexpr int border = 20;
    const QSize pageInPixels = (pages.pageSize() * scale).toSize();
    for (int page = 0; page < pages.pageCount(); ++page) {
        QImage image(pageInPixels + QSize(2 * border, 2 * border), QImage::Format_ARGB32);
        image.fill(Qt::magenta);
        {
            QPainter painter(&image);
            painter.fillRect(QRectF(border, border, pageInPixels.width(), pageInPixels.height()), Qt::white);
            painter.translate(border, border);
            painter.scale(scale, scale);
            pages.paint(painter, page);
        }
        int touched = 0;
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const bool inside = x >= border + 1 && y >= border + 1 && x < border + pageInPixels.width() - 1
                                    && y < border + pageInPixels.height() - 1;
                const bool outside = x < border - 1 || y < border - 1 || x > border + pageInPixels.width()
                                     || y > border + pageInPixels.height();
                const QRgb pixel = image.pixel(x, y);
                if (outside && pixel != QColor(Qt::magenta).rgb())
                    ++touched;
                if (inside && pixel != QColor(Qt::white).rgb())
                    ++inked;
            }
        QVERIFY2(touched == 0, qPrintable(u"page %1: %2 pixels outside"_qs.arg(page + 1).arg(touched)));
        QVERIFY2(inked > 500, qPrintable(u"page %1 is blank"_qs.arg(page + 1)));
    }
}

void TestReportPages::everyTextFitsItsPage_data()
{
    paperRows();
}

// Every text measured again on a 96 dpi image as the preview paints it: it ends where
// the layout said and stays inside the margins (the title page's band aside).
void TestReportPages::everyTextFitsItsPage()
{
    QFETCH(PaperSize, paper);
    const ReportPages pages(wideTable(), paper);
    QImage screen(1, 1, QImage::Format_ARGB32); // 96 dpi
    const double margin = 20 * 72 / 25.4;
    for (int page = 0; page < pages.pageCount(); ++page) {
        for (const ReportPages::Mark &mark : pages.marks(page)) {
            if (mark.kind != ReportPages::Mark::Kind::Text)
                continue;
            QFont font(u"DejaVu Sans"_qs);
            font.setPointSizeF(mark.size * 72 / screen.logicalDpiY());
            font.setBold(mark.bold);
            font.setHintingPreference(QFont::PreferNoHinting);
            const double width = QFontMetricsF(font, &screen).horizontalAdvance(mark.text);
            QVERIFY2(qAbs(width - mark.rect.width()) < 0.05 * mark.size, qPrintable(mark.text));
            QVERIFY2(mark.rect.left() >= margin - 0.01
                         && mark.rect.left() + width <= pages.pageSize().width() - margin + 0.01,
                     qPrintable(u"page %1: %2"_qs.arg(page + 1).arg(mark.text)));
        }
    }
}

void TestReportPages::aTableWiderThanThePageShrinks()
{
    const ReportPages pages(wideTable(), PaperSize::A4);
    double smallest = 100;
    bool found = false;
    for (const ReportPages::Mark &mark : pages.marks(pages.pageCount() - 1))
        if (mark.text == u"100044") {
            smallest = std::min(smallest, mark.size);
            found = true;
        }
    QVERIFY(found);
    QVERIFY(smallest < 9);
}

void TestReportPages::sectionsStartOnTheirContentsPage()
{
    const ReportDocument document = SampleReport::make();
    const ReportPages pages(document, PaperSize::A4);
    for (const ReportSection &section : document.sections) {
        // The contents line names the page; that page's first text under the header is the title.
        int listed = -1;
        const std::vector<ReportPages::Mark> &cover = pages.marks(0);
        for (std::size_t i = 0; i + 1 < cover.size(); ++i)
            if (cover[i].text == section.title)
                listed = cover[i + 1].text.toInt();
        QVERIFY2(listed >= 2, qPrintable(section.title));
        bool found = false;
        for (const ReportPages::Mark &mark : pages.marks(listed - 1))
            found = found || (mark.text == section.title && mark.size > 12);
        QVERIFY2(found, qPrintable(section.title));
    }
}

// The pages as the export dialog's preview draws them (a 96 dpi image, scaled), into
// the build's screenshots folder to look at: the wide table's last page and the first two.
void TestReportPages::aPreviewIsDrawnForALook()
{
    const ReportPages pages(wideTable(), PaperSize::A4);
    QDir().mkpath(QStringLiteral(LEADSTAGE_SCREENSHOTS));
    for (int page : {0, 1, pages.pageCount() - 1}) {
        QImage image((pages.pageSize() * 1.25).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(1.25, 1.25);
        pages.paint(painter, page);
        painter.end();
        const QString path = QDir(QStringLiteral(LEADSTAGE_SCREENSHOTS)).filePath(u"preview-%1.png"_qs.arg(page + 1));
        QVERIFY(image.save(path));
    }
}

QTEST_MAIN(TestReportPages)
#include "tst_reportpages.moc"
