// A lead's attrs written without a QJsonDocument per row: byte for byte what Qt's writer
// makes of the same object, so that the stored JSON does not depend on which path wrote it.
#include "import/AttrsJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace LeadStage;

class TestAttrsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQtsWriter_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("none") << QStringList{} << QStringList{};
        QTest::newRow("one") << QStringList{u"TotalVisits"_qs} << QStringList{u"17"_qs};
        QTest::newRow("two, in order") << QStringList{u"A"_qs, u"b"_qs} << QStringList{u"x"_qs, u"y"_qs};
        QTest::newRow("quote and backslash") << QStringList{u"say \"hi\""_qs} << QStringList{u"C:\\path\\\"x\""_qs};
        QTest::newRow("slash, DEL, separators") << QStringList{u"k"_qs} << QStringList{u"a/b\x7f\u2028\u2029"_qs};
        QTest::newRow("accents and an emoji") << QStringList{u"Société"_qs} << QStringList{u"Zürich 🚀 東京"_qs};
        QTest::newRow("empty key") << QStringList{u""_qs} << QStringList{u"v"_qs};
        // Qt's own escapes: the slow path, the same bytes.
        QTest::newRow("newline") << QStringList{u"note"_qs} << QStringList{u"two\nlines"_qs};
        QTest::newRow("tab in a key") << QStringList{u"a\tb"_qs, u"c"_qs} << QStringList{u"1"_qs, u"2"_qs};
        QTest::newRow("control character") << QStringList{u"k"_qs} << QStringList{u"a"_qs + QChar(0x01) + u"z"_qs};
        QTest::newRow("lone high surrogate") << QStringList{u"k"_qs} << QStringList{QString(QChar(0xd83d))};
        QTest::newRow("lone low surrogate") << QStringList{u"k"_qs} << QStringList{u"x"_qs + QChar(0xde80)};
        QTest::newRow("high surrogate, then a letter")
            << QStringList{u"k"_qs} << QStringList{QString(QChar(0xd83d)) + u"a"_qs};
    }

    void sameAsQtsWriter()
    {
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        QJsonObject object;
        for (qsizetype i = 0; i < keys.size(); ++i)
            object.insert(keys[i], values[i]);
        const QString expected = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        AttrsJson attrs;
        // Twice: the buffer is reused row after row.
        for (int pass = 0; pass < 2; ++pass) {
            attrs.start();
            for (qsizetype i = 0; i < keys.size(); ++i)
                attrs.add(keys[i], values[i]);
            QCOMPARE(attrs.finish().toString(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestAttrsJson)
#include "tst_attrsjson.moc"
