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
        decoder.decode(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)), out.text, out.invalid);
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
    void detectionSaysWhy_data();
    void detectionSaysWhy();
    void windows1252FlagsUtf8WhenAsked();
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
    // Sixteen bytes at a time where SSE2 is there: what breaks a run of sixteen.
    QTest::newRow("utf-8 ascii, several sixteens and a tail")
        << utf8 << QByteArray("0123456789abcdef0123456789ABCDEF0123456789abcdefXYZ")
        << u"0123456789abcdef0123456789ABCDEF0123456789abcdefXYZ"_qs << QList<qsizetype>{};
    QTest::newRow("utf-8 nul in the second sixteen")
        << utf8 << QByteArray("0123456789abcdefghij\0klmnopqrstuvwxyz0123", 41)
        << QString(u"0123456789abcdefghij\0klmnopqrstuvwxyz0123"_qs) << QList<qsizetype>{20};
    QTest::newRow("utf-8 two bytes right after sixteen")
        << utf8 << QByteArray("0123456789abcdef\xC3\xABghijklmnopqrstuvwx")
        << u"0123456789abcdef\u00ebghijklmnopqrstuvwx"_qs << QList<qsizetype>{};
    QTest::newRow("utf-8 two bytes across the sixteenth")
        << utf8 << QByteArray("0123456789abcde\xC3\xABghijklmnopqrstuvwx")
        << u"0123456789abcde\u00ebghijklmnopqrstuvwx"_qs << QList<qsizetype>{};
    QTest::newRow("utf-8 latin-1 byte among sixteens")
        << utf8 << QByteArray("0123456789abcdefghijklm\xFCller0123456789abcdef")
        << u"0123456789abcdefghijklm\uFFFDller0123456789abcdef"_qs << QList<qsizetype>{23};
    QTest::newRow("utf-8 two, three and four bytes")
        << utf8 << QByteArray("\xC3\xAB\xE2\x82\xAC\xF0\x9F\x98\x80") << u"ë€😀"_qs << QList<qsizetype>{};
    QTest::newRow("utf-8 lone continuation byte")
        << utf8 << QByteArray("a\x80z") << u"a\uFFFDz"_qs << QList<qsizetype>{1};
    QTest::newRow("utf-8 overlong slash")
        << utf8 << QByteArray("\xC0\xAF") << u"\uFFFD\uFFFD"_qs << QList<qsizetype>{0, 1};
    QTest::newRow("utf-8 encoded surrogate")
        << utf8 << QByteArray("\xED\xA0\x80!") << u"\uFFFD\uFFFD\uFFFD!"_qs << QList<qsizetype>{0, 1, 2};
    QTest::newRow("utf-8 above U+10FFFF")
        << utf8 << QByteArray("\xF4\x90\x80\x80") << u"\uFFFD\uFFFD\uFFFD\uFFFD"_qs << QList<qsizetype>{0, 1, 2, 3};
    QTest::newRow("utf-8 sequence cut by a new lead byte") << utf8
                                                           << QByteArray("\xE2\x82"
                                                                         "A")
                                                           << u"\uFFFDA"_qs << QList<qsizetype>{0};
    QTest::newRow("utf-8 cut at the end") << utf8 << QByteArray("ab\xF0\x9F") << u"ab\uFFFD"_qs << QList<qsizetype>{2};
    QTest::newRow("utf-8 latin-1 byte") << utf8 << QByteArray("M\xFCller") << u"M\uFFFDller"_qs << QList<qsizetype>{1};
    QTest::newRow("utf-16le with surrogate pair")
        << le << QByteArray("a\0\x3D\xD8\x00\xDE", 6) << u"a😀"_qs << QList<qsizetype>{};
    QTest::newRow("utf-16be") << be << QByteArray("\0a\x20\xAC", 4) << u"a€"_qs << QList<qsizetype>{};
    QTest::newRow("utf-16 odd final byte") << le << QByteArray("a\0b", 3) << u"a\uFFFD"_qs << QList<qsizetype>{1};
    QTest::newRow("windows-1252 high half")
        << cp1252 << QByteArray("\x80\x8A\x9F\xA0\xE9\xFF") << u"€Š\u0178\u00A0éÿ"_qs << QList<qsizetype>{};
    // NUL is no text in any encoding: kept as U+0000 and flagged, so its row is rejected.
    QTest::newRow("utf-8 nul inside ascii")
        << utf8 << QByteArray("abcdefgh\0ijklmnop", 17) << QString(u"abcdefgh\0ijklmnop"_qs) << QList<qsizetype>{8};
    QTest::newRow("utf-8 nul after a multi-byte character")
        << utf8 << QByteArray("\xC3\xBC\0x", 4) << QString(u"ü\0x"_qs) << QList<qsizetype>{1};
    QTest::newRow("utf-16le nul") << le << QByteArray("a\0\0\0b\0", 6) << QString(u"a\0b"_qs) << QList<qsizetype>{1};
    QTest::newRow("utf-16be nul") << be << QByteArray("\0\0\0a", 4) << QString(u"\0a"_qs) << QList<qsizetype>{0};
    QTest::newRow("windows-1252 nul") << cp1252 << QByteArray("M\xFC\0r", 4) << QString(u"Mü\0r"_qs)
                                      << QList<qsizetype>{2};
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

    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                             "a")
                               << true << u"UTF-8"_qs << 3;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE"
                                                "a\0",
                                                4)
                                  << true << u"UTF-16LE"_qs << 2;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0a", 4) << true << u"UTF-16BE"_qs << 2;
    QTest::newRow("valid utf-8 without bom") << QByteArray("Zo\xC3\xAB") << true << u"UTF-8"_qs << 0;
    QTest::newRow("plain ascii") << QByteArray("a,b\n") << true << u"UTF-8"_qs << 0;
    QTest::newRow("invalid utf-8 is windows-1252") << QByteArray("M\xFCller") << true << u"Windows-1252"_qs << 0;
    QTest::newRow("utf-8 cut at the end of a sample") << QByteArray("Zo\xC3") << false << u"UTF-8"_qs << 0;
    QTest::newRow("utf-8 cut at the end of the file") << QByteArray("Zo\xC3") << true << u"Windows-1252"_qs << 0;
    QTest::newRow("empty") << QByteArray() << true << u"UTF-8"_qs << 0;
    QTest::newRow("valid utf-8 and an invalid byte: mixed, no guess")
        << QByteArray("M\xC3\xBCller,M\xFCller") << true << u"UTF-8"_qs << 0;
}

void TestTextDecoder::detects()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, complete);
    const EncodingGuess guess = detectEncoding(head, complete);
    QTEST(encodingName(guess.encoding), "encoding");
    QTEST(guess.bomLength, "bom");
}

// Why: the reason and, when a byte is not UTF-8, its offset and whether valid UTF-8
// beyond ASCII is there too (then no encoding reads the whole text right).
void TestTextDecoder::detectionSaysWhy_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("firstInvalid");
    QTest::addColumn<int>("invalidLength");
    QTest::addColumn<bool>("mixed");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "M\xFC")
                         << int(EncodingReason::ByteOrderMark) << -1 << 0 << false;
    QTest::newRow("valid utf-8") << QByteArray("M\xC3\xBCller") << int(EncodingReason::ValidUtf8) << -1 << 0 << false;
    QTest::newRow("latin-1 byte in ascii")
        << QByteArray("name\nM\xFCller") << int(EncodingReason::NotUtf8) << 6 << 1 << false;
    QTest::newRow("invalid byte after valid utf-8")
        << QByteArray("\xC3\xBC,\xFC") << int(EncodingReason::NotUtf8) << 3 << 1 << true;
    QTest::newRow("valid utf-8 after an invalid byte")
        << QByteArray("\xFC,\xC3\xBC") << int(EncodingReason::NotUtf8) << 0 << 1 << true;
    QTest::newRow("truncated three-byte sequence")
        << QByteArray("ab\xE2\x82z") << int(EncodingReason::NotUtf8) << 2 << 2 << false;
}

void TestTextDecoder::detectionSaysWhy()
{
    QFETCH(QByteArray, head);
    const EncodingGuess guess = detectEncoding(head, true);
    QTEST(int(guess.reason), "reason");
    QTEST(int(guess.firstInvalid), "firstInvalid");
    QTEST(guess.invalidLength, "invalidLength");
    QTEST(guess.mixed, "mixed");
}

// Windows-1252 by guess flags what is valid UTF-8 beyond ASCII: the guess was wrong there.
void TestTextDecoder::windows1252FlagsUtf8WhenAsked()
{
    const QByteArray bytes("M\xFCller,M\xC3\xBCller,\xE2\x82\xAC,\xC3x");
    TextDecoder decoder(TextEncoding::Windows1252);
    decoder.flagUtf8Sequences(true);
    QString text;
    std::vector<qsizetype> flagged;
    decoder.decode(bytes, text, flagged);
    QCOMPARE(text, u"Müller,MÃ¼ller,â‚¬,Ãx"_qs);
    QCOMPARE(flagged, (std::vector<qsizetype>{8, 15})); // "Ã¼" and "â‚¬"; "Ãx" is no UTF-8
    TextDecoder chosen(TextEncoding::Windows1252);
    text.clear();
    flagged.clear();
    chosen.decode(bytes, text, flagged);
    QVERIFY(flagged.empty());
}

void TestTextDecoder::windows1252Table()
{
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    const Decoded out = decode(TextEncoding::Windows1252, all, 256);
    QCOMPARE(out.text.size(), 256);
    QCOMPARE(out.invalid, std::vector<qsizetype>{0}); // NUL is no text
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
    for (const TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252})
        QCOMPARE(encodingFromName(encodingName(encoding)), encoding);
    QCOMPARE(encodingFromName(u"windows-1252"), TextEncoding::Windows1252);
    QVERIFY(!encodingFromName(u"latin-9"));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
