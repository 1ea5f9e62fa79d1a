// CellTextDelegate draws what the style draws: the same table grabbed with it and with
// QStyledItemDelegate must agree pixel for pixel, for each kind of cell a LeadStage table
// shows (left and right aligned, selected, italic, elided, right-to-left, a check box),
// in a left-to-right and a right-to-left window, up to the grey of a glyph's anti-aliased
// edge (a laid-out text places glyphs on fractions of a pixel a little differently: up to
// 31 of 255 seen, 48 allowed, where a text one pixel off or in another colour differs by
// 150 or more); and a cell's new text, and a new font of the view, are drawn after a
// change, not what was laid out before.

#include "Screenshot.h"
#include "common/CellTextDelegate.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include <utility>

#include <algorithm>
#include <cstdlib>

using namespace LeadStage;

namespace {

struct Cell
{
    QString text;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    bool italic = false;
    bool checkable = false;
};

QImage drawn(QStandardItemModel &model, QAbstractItemDelegate *delegate, bool selectFirstRow,
             Qt::LayoutDirection direction = Qt::LeftToRight, const QFont &font = QFont())
{
    QTableView view;
    view.setLayoutDirection(direction);
    view.setFont(font);
    view.setModel(&model);
    view.setItemDelegate(delegate);
    view.setWordWrap(false);
    view.horizontalHeader()->setDefaultSectionSize(110);
    view.resize(400, 160);
    if (selectFirstRow) {
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.selectRow(0);
    }
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    return view.viewport()->grab().toImage();
}

// The largest difference of one colour channel between two pixels of the images.
int largestDifference(const QImage &a, const QImage &b, QPoint *where)
{
    int largest = 0;
    const QImage first = a.convertToFormat(QImage::Format_RGB32);
    const QImage second = b.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x) {
            const QRgb p = first.pixel(x, y);
            const QRgb q = second.pixel(x, y);
            const int difference =
                std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
            if (difference > largest) {
                largest = difference;
                *where = QPoint(x, y);
            }
        }
    return largest;
}

constexpr int mostEdgeDifference = 48;

} // namespace

class TestCellTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsAsTheStyleDraws_data()
    {
        QTest::addColumn<QList<Cell>>("cells");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        const auto right = Qt::AlignRight | Qt::AlignVCenter;
        const auto centre = Qt::AlignCenter;
        const QList<std::pair<QString, QList<Cell>>> tables{
            {u"left-aligned names"_qs, {{u"Liam Lopez"_qs}, {u"Acme"_qs}, {u"IQL"_qs}}},
            {u"right-aligned numbers"_qs, {{u"235"_qs, right}, {u"0"_qs, right}, {u"-12.5"_qs, right}}},
            {u"centred"_qs, {{u"MQL"_qs, centre}, {u"B"_qs, centre}}},
            {u"an italic stand-in"_qs, {{u"ann@example.com"_qs, {}, true}, {u"B"_qs}}},
            {u"elided, too wide"_qs,
             {{u"liam.lopez.919@bluepeakenergy.example"_qs},
              {u"Webinar Series - Fundamentals"_qs},
              {u"123,456,789,012.5"_qs, right}}},
            {u"right-to-left scripts"_qs, {{u"شركة الأفق"_qs}, {u"עברית"_qs}}},
            {u"directions mixed"_qs, {{u"שלום!"_qs}, {u"شركة ABC للتجارة"_qs}, {u"Acme Inc."_qs}}},
            {u"a check box"_qs, {{u"Kept"_qs, {}, false, true}, {u"Acme"_qs}}},
            {u"empty cells"_qs, {{QString()}, {u"x"_qs}}},
        };
        for (const auto &[name, cells] : tables)
            for (bool selected : {false, true})
                for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft})
                    QTest::addRow("%s%s, %s", qPrintable(name), selected ? ", selected" : "",
                                  direction == Qt::LeftToRight ? "left to right" : "right to left")
                        << cells << selected << direction;
    }

    void drawsAsTheStyleDraws()
    {
        QFETCH(QList<Cell>, cells);
        QFETCH(bool, selected);
        QFETCH(Qt::LayoutDirection, direction);
        QStandardItemModel model(3, int(cells.size()));
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < cells.size(); ++column) {
                const Cell &cell = cells[column];
                auto *item = new QStandardItem(cell.text);
                item->setTextAlignment(cell.alignment);
                if (cell.italic) {
                    QFont font;
                    font.setItalic(true);
                    item->setFont(font);
                }
                if (cell.checkable) {
                    item->setCheckable(true);
                    item->setCheckState(Qt::Checked);
                }
                model.setItem(row, column, item);
            }
        QStyledItemDelegate styled;
        CellTextDelegate kept;
        const QImage expected = drawn(model, &styled, selected, direction);
        const QImage actual = drawn(model, &kept, selected, direction);
        QVERIFY(!expected.isNull());
        QCOMPARE(actual.size(), expected.size());
        QPoint where;
        const int difference = largestDifference(actual, expected, &where);
        if (difference > mostEdgeDifference) {
            QDir().mkpath(QStringLiteral(LEADSTAGE_SCREENSHOTS));
            actual.save(QDir(QStringLiteral(LEADSTAGE_SCREENSHOTS)).filePath(u"celltext-actual.png"_qs));
            expected.save(QDir(QStringLiteral(LEADSTAGE_SCREENSHOTS)).filePath(u"celltext-expected.png"_qs));
        }
        QVERIFY2(difference <= mostEdgeDifference,
                 qPrintable(u"%1 of 255 at (%2, %3): see celltext-actual.png and celltext-expected.png in the "
                            "screenshots folder"_qs.arg(difference)
                                .arg(where.x())
                                .arg(where.y())));
    }

    void aChangedTextIsDrawnAgain()
    {
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(u"Lead"_qs));
        CellTextDelegate kept;
        const QImage before = drawn(model, &kept, false);
        model.item(0, 0)->setText(u"Customer"_qs);
        QStyledItemDelegate styled;
        QPoint where;
        QVERIFY(largestDifference(drawn(model, &kept, false), drawn(model, &styled, false), &where)
                <= mostEdgeDifference);
        QVERIFY(largestDifference(drawn(model, &kept, false), before, &where) > 150);
    }

    void aNewFontOrDirectionIsLaidOutAgain()
    {
        QStandardItemModel model(2, 2);
        for (int row = 0; row < 2; ++row) {
            model.setItem(row, 0, new QStandardItem(u"Customer"_qs));
            model.setItem(row, 1, new QStandardItem(u"Acme Inc."_qs));
        }
        CellTextDelegate kept;
        QStyledItemDelegate styled;
        QPoint where;
        drawn(model, &kept, false); // laid out in the default font, left to right
        QFont larger;
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        QVERIFY(largestDifference(drawn(model, &kept, false, Qt::LeftToRight, larger),
                                  drawn(model, &styled, false, Qt::LeftToRight, larger), &where)
                <= mostEdgeDifference);
        QVERIFY(largestDifference(drawn(model, &kept, false, Qt::RightToLeft, larger),
                                  drawn(model, &styled, false, Qt::RightToLeft, larger), &where)
                <= mostEdgeDifference);
    }
};

QTEST_MAIN(TestCellTextDelegate)
#include "tst_celltextdelegate.moc"
