// RecordBatch::keepUtf8: a cell kept as UTF-8 is the bytes QString::toUtf8() gives,
// whether it is ASCII (narrowed eight units at a time) or not (the encoder), wherever
// the first non-ASCII unit falls; kept cells one after another keep their own spans.
#include "import/RecordBatch.h"

#include <QTest>

using namespace LeadStage;

namespace {

class Batch : public RecordBatch
{
protected:
    void clearRows() override {}
};

} // namespace

class TestRecordBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsUtf8AsQtWritesIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("short ASCII") << u"web"_qs;
        QTest::newRow("eight ASCII") << u"abcdefgh"_qs;
        QTest::newRow("seventeen ASCII with DEL") << u"abcdefgh\x7f"
                                                     u"ijklmnop"_qs;
        QTest::newRow("control characters") << u"a\tb\x01"
                                               u"c"_qs;
        QTest::newRow("first unit not ASCII") << u"\u00e9abcdefghijklmnop"_qs;
        QTest::newRow("eighth unit not ASCII") << u"abcdefg\u00e9hijklmnop"_qs;
        QTest::newRow("ninth unit not ASCII") << u"abcdefgh\u00e9ijklmnop"_qs;
        QTest::newRow("in the tail after sixteen") << u"abcdefghijklmnopq\u0080"_qs;
        QTest::newRow("U+0100 (high byte only)") << u"abcdefgh\u0100"_qs;
        QTest::newRow("U+FF00 in the first eight") << u"abc\uff00defg"_qs;
        QTest::newRow("a surrogate pair") << u"Sch\u00f6ne Gr\u00fc\u00dfe \U0001F600 ok"_qs;
    }

    void keepsUtf8AsQtWritesIt()
    {
        QFETCH(QString, text);
        Batch batch;
        const RecordBatch::Span before = batch.keepUtf8(u"first"_qs);
        const RecordBatch::Span span = batch.keepUtf8(text);
        const RecordBatch::Span after = batch.keepUtf8(u"last"_qs);
        const QByteArray expected = text.toUtf8();
        const std::string_view kept = batch.utf8(span);
        QCOMPARE(QByteArray(kept.data(), qsizetype(kept.size())), expected);
        QCOMPARE(batch.utf8(before), std::string_view("first"));
        QCOMPARE(batch.utf8(after), std::string_view("last"));
    }
};

QTEST_MAIN(TestRecordBatch)
#include "tst_recordbatch.moc"
