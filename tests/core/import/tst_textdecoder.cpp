#include "import/TextDecoder.h"
#include "import/TextEncoding.h"

#include <QTest>

using namespace LeadStage;

namespace {

struct Decoded
{
    QString text;
    std::vector<qsizetype> invalid;
};

// Decodes in pieces of `piece` bytes, as the reader's blocks arrive.
Decoded decode(TextEncoding encoding, const QByteArray &bytes, qsizetype piece)
{
    TextDecoder decoder(encoding);
    Decoded out;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        decoder.decode(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)),
                       out.text, out.invalid);
    decoder.finish(out.text, out.invalid);
    return out;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void detects_data();
    void detects();
    void windows1252Table();
    void names();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("invalidAt");

    const int utf8 = int(TextEncoding::Utf8);
    const int le = int(TextEncoding::Utf16LE), be = int(TextEncoding::Utf16BE);
    const int cp1252 = int(TextEncoding::Windows1252);
    QTest::newRow("utf-8 ascii") << utf8 << QByteArray("plain ascii, longer than eight bytes")
        << u"plain ascii, longer than eight bytes"_qs << QList<qsizetype>{};
    QTest::newRow("utf-8 two, three and four bytes") << utf8 << QByteArray("\xC3\xAB\xE2\x82\xAC\xF0\x9F\x98\x80")
        << u"ë€😀"_qs << QList<qsizetype>{};
    QTest::newRow("utf-8 lone continuation byte") << utf8 << QByteArray("a\x80z") << u"a\uFFFDz"_qs
        << QList<qsizetype>{1};
    QTest::newRow("utf-8 overlong slash") << utf8 << QByteArray("\xC0\xAF") << u"\uFFFD\uFFFD"_qs
        << QList<qsizetype>{0, 1};
    QTest::newRow("utf-8 encoded surrogate") << utf8 << QByteArray("\xED\xA0\x80!")
        << u"\uFFFD\uFFFD\uFFFD!"_qs << QList<qsizetype>{0, 1, 2};
    QTest::newRow("utf-8 above U+10FFFF") << utf8 << QByteArray("\xF4\x90\x80\x80")
        << u"\uFFFD\uFFFD\uFFFD\uFFFD"_qs << QList<qsizetype>{0, 1, 2, 3};
    QTest::newRow("utf-8 sequence cut by a new lead byte") << utf8 << QByteArray("\xE2\x82" "A")
        << u"\uFFFDA"_qs << QList<qsizetype>{0};
    QTest::newRow("utf-8 cut at the end") << utf8 << QByteArray("ab\xF0\x9F") << u"ab\uFFFD"_qs
        << QList<qsizetype>{2};
    QTest::newRow("utf-8 latin-1 byte") << utf8 << QByteArray("M\xFCller") << u"M\uFFFDller"_qs
        << QList<qsizetype>{1};
    QTest::newRow("utf-16le with surrogate pair") << le << QByteArray("a\0\x3D\xD8\x00\xDE", 6)
        << u"a😀"_qs << QList<qsizetype>{};
    QTest::newRow("utf-16be") << be << QByteArray("\0a\x20\xAC", 4) << u"a€"_qs << QList<qsizetype>{};
    QTest::newRow("utf-16 odd final byte") << le << QByteArray("a\0b", 3) << u"a\uFFFD"_qs
        << QList<qsizetype>{1};
    QTest::newRow("windows-1252 high half") << cp1252 << QByteArray("\x80\x8A\x9F\xA0\xE9\xFF")
        << u"€Š\u0178\u00A0éÿ"_qs << QList<qsizetype>{};
}

// Every split of the input into pieces decodes the same: sequences cut at a block end
// wait for the next block.
void TestTextDecoder::decodes()
{
    QFETCH(int, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, invalidAt);
    for (qsizetype piece = 1; piece <= bytes.size(); ++piece) {
        const Decoded out = decode(TextEncoding(encoding), bytes, piece);
        QCOMPARE(out.text, text);
        QCOMPARE(QList<qsizetype>(out.invalid.begin(), out.invalid.end()), invalidAt);
    }
}

void TestTextDecoder::detects_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("bom");

    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" "a") << true << u"UTF-8"_qs << 3;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE" "a\0", 4) << true << u"UTF-16LE"_qs << 2;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0a", 4) << true << u"UTF-16BE"_qs << 2;
    QTest::newRow("valid utf-8 without bom") << QByteArray("Zo\xC3\xAB") << true << u"UTF-8"_qs << 0;
    QTest::newRow("plain ascii") << QByteArray("a,b\n") << true << u"UTF-8"_qs << 0;
    QTest::newRow("invalid utf-8 is windows-1252") << QByteArray("M\xFCller") << true
        << u"Windows-1252"_qs << 0;
    QTest::newRow("utf-8 cut at the end of a sample") << QByteArray("Zo\xC3") << false
        << u"UTF-8"_qs << 0;
    QTest::newRow("utf-8 cut at the end of the file") << QByteArray("Zo\xC3") << true
        << u"Windows-1252"_qs << 0;
    QTest::newRow("empty") << QByteArray() << true << u"UTF-8"_qs << 0;
}

void TestTextDecoder::detects()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, complete);
    const EncodingGuess guess = detectEncoding(head, complete);
    QTEST(encodingName(guess.encoding), "encoding");
    QTEST(guess.bomLength, "bom");
}

void TestTextDecoder::windows1252Table()
{
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    const Decoded out = decode(TextEncoding::Windows1252, all, 256);
    QCOMPARE(out.text.size(), 256);
    QVERIFY(out.invalid.empty());
    for (int i = 0; i < 256; ++i) {
        if (i < 0x80 || i >= 0xA0)
            QCOMPARE(out.text[i].unicode(), char16_t(i)); // Latin-1 outside 0x80-0x9F
    }
    QCOMPARE(out.text[0x80], QChar(0x20AC));
    QCOMPARE(out.text[0x81], QChar(0x0081)); // undefined: passed through as C1
    QCOMPARE(out.text[0x92], QChar(0x2019));
    QCOMPARE(out.text[0x9F], QChar(0x0178));
}

void TestTextDecoder::names()
{
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16LE,
                                        TextEncoding::Utf16BE, TextEncoding::Windows1252})
        QCOMPARE(encodingFromName(encodingName(encoding)), encoding);
    QCOMPARE(encodingFromName(u"windows-1252"), TextEncoding::Windows1252);
    QVERIFY(!encodingFromName(u"latin-9"));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
