// WrappedLabel answers a height for a width as QLabel does, for plain and rich text, and
// again after what it shows changes (text, format, alignment, margins, indent, wrapping,
// minimum size, font): the heights it keeps never outlive what they were measured for.

#include "common/WrappedLabel.h"

#include <QApplication>
#include <QTest>

using namespace LeadStage;

namespace {

const QString longText = u"Kept as attributes (attrs) of leads.csv: TotalVisits, Lead Status, Last Notable "
                         "Activity, Through Recommendations, Receive More Updates About Our Courses."_qs;

// The height a plain word-wrapped QLabel gives, set up as `label` is.
int plainHeight(const QLabel &label, int width)
{
    QLabel plain;
    plain.setWordWrap(label.wordWrap());
    plain.setMinimumSize(label.minimumSize());
    plain.setFont(label.font());
    plain.setTextFormat(label.textFormat());
    plain.setAlignment(label.alignment());
    plain.setMargin(label.margin());
    plain.setIndent(label.indent());
    plain.setContentsMargins(label.contentsMargins());
    plain.setText(label.text());
    return plain.heightForWidth(width);
}

} // namespace

class TestWrappedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("one short line") << u"Reading…"_qs << 400;
        QTest::newRow("wrapped, wide") << longText << 500;
        QTest::newRow("wrapped, narrow") << longText << 120;
        QTest::newRow("rich text") << u"<span style='color:#a00000'>No column is mapped</span><br>"_qs + longText
                                   << 300;
        QTest::newRow("empty") << QString() << 200;
    }

    void answersAsQLabel()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        WrappedLabel label;
        QVERIFY(label.wordWrap());
        label.setText(text);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width)); // the kept one
        QCOMPARE(label.heightForWidth(width + 37), plainHeight(label, width + 37));
    }

    void forgetsWhatNoLongerHolds()
    {
        WrappedLabel label;
        label.setText(longText);
        const int width = 150;
        const int before = label.heightForWidth(width);
        QCOMPARE(before, plainHeight(label, width));

        label.setText(u"Short."_qs);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        QVERIFY(label.heightForWidth(width) < before);

        label.setText(longText);
        QCOMPARE(label.heightForWidth(width), before);
        label.setMargin(12);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        QVERIFY(label.heightForWidth(width) > before);
        label.setMargin(0);
        label.setContentsMargins(0, 20, 0, 20);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        label.setContentsMargins(0, 0, 0, 0);
        label.setIndent(40);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        label.setIndent(-1);
        label.setTextFormat(Qt::PlainText);
        label.setText(u"<b>"_qs + longText + u"</b>"_qs);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));

        label.setTextFormat(Qt::AutoText);
        label.setText(longText);
        QCOMPARE(label.heightForWidth(width), before);
        label.setAlignment(Qt::AlignRight | Qt::AlignBottom);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        label.setMinimumWidth(400); // a width under it is read as it
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        QVERIFY(label.heightForWidth(width) < before);
        label.setMinimumSize(0, 0);
        label.setWordWrap(false);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        label.setWordWrap(true);
        QCOMPARE(label.heightForWidth(width), before);
        QFont larger = label.font();
        if (larger.pointSizeF() > 0)
            larger.setPointSizeF(larger.pointSizeF() * 2);
        else
            larger.setPixelSize(larger.pixelSize() * 2);
        label.setFont(larger);
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        QVERIFY(label.heightForWidth(width) > before);
    }

    void keepsSeveralWidths()
    {
        WrappedLabel label;
        label.setText(longText);
        for (int round = 0; round < 2; ++round)
            for (int width : {100, 160, 240, 360, 520, 100})
                QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
    }
};

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"
