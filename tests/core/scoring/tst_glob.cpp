// Detail globs: `*` any run, `?` one UTF-16 character, the rest literal and
// case-insensitive. Every case by hand, a comparison with the textbook matcher on
// many small patterns, and hostile patterns against a 1 MB detail that must take
// linear time.

#include "scoring/Glob.h"

#include <QElapsedTimer>
#include <QTest>

#include <vector>

using namespace LeadStage;

namespace {

// The textbook dynamic programme: row i, column j says whether the first i pattern
// characters match the first j text characters. Quadratic, and obviously right.
bool referenceMatch(QStringView pattern, QStringView text)
{
    std::vector<std::vector<char>> match(std::size_t(pattern.size() + 1),
                                         std::vector<char>(std::size_t(text.size() + 1)));
    match[0][0] = 1;
    for (qsizetype i = 1; i <= pattern.size(); ++i) {
        const QChar p = pattern[i - 1];
        for (qsizetype j = 0; j <= text.size(); ++j) {
            char &cell = match[std::size_t(i)][std::size_t(j)];
            if (p == u'*')
                cell =
                    match[std::size_t(i - 1)][std::size_t(j)] || (j > 0 && match[std::size_t(i)][std::size_t(j - 1)]);
            else if (j > 0 && (p == u'?' || p.toCaseFolded() == text[j - 1].toCaseFolded()))
                cell = match[std::size_t(i - 1)][std::size_t(j - 1)];
        }
    }
    return match.back().back() != 0;
}

// splitmix64: the same sequence on every machine.
std::uint64_t nextRandom(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QString randomText(std::uint64_t &state, QStringView alphabet, qsizetype maxLength)
{
    QString text;
    for (auto n = qsizetype(nextRandom(state) % std::uint64_t(maxLength + 1)); n > 0; --n)
        text += alphabet[qsizetype(nextRandom(state) % std::uint64_t(alphabet.size()))];
    return text;
}

} // namespace

class GlobTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void agreesWithTheTextbookMatcher_data();
    void agreesWithTheTextbookMatcher();
    void hostilePatternsTakeLinearTime_data();
    void hostilePatternsTakeLinearTime();
};

void GlobTest::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    const QString a64(64, u'a'), a65(65, u'a');
    // Literals.
    QTest::newRow("literal") << u"pricing"_qs << u"pricing"_qs << true;
    QTest::newRow("literal, other case") << u"Pricing"_qs << u"PRICING"_qs << true;
    QTest::newRow("literal, longer text") << u"pricing"_qs << u"pricing/x"_qs << false;
    QTest::newRow("literal, shorter text") << u"pricing"_qs << u"pric"_qs << false;
    QTest::newRow("empty pattern, empty text") << QString() << QString() << true;
    QTest::newRow("empty pattern, some text") << QString() << u"x"_qs << false;
    QTest::newRow("brackets are literal") << u"[guide]*"_qs << u"[guide] scoring"_qs << true;
    QTest::newRow("a backslash is literal") << u"a\\*"_qs << u"a\\bc"_qs << true;
    // Stars.
    QTest::newRow("star alone, empty text") << u"*"_qs << QString() << true;
    QTest::newRow("star alone, any text") << u"*"_qs << u"https://a.io/x"_qs << true;
    QTest::newRow("stars in a row are one") << u"a**b"_qs << u"axyb"_qs << true;
    QTest::newRow("star anywhere") << u"*/pricing*"_qs << u"https://a.io/pricing?plan=team"_qs << true;
    QTest::newRow("star matches nothing") << u"a*b"_qs << u"ab"_qs << true;
    QTest::newRow("star needs backtracking") << u"*ab*ab"_qs << u"xabyabab"_qs << true;
    QTest::newRow("star, no match") << u"*/blog/*"_qs << u"https://a.io/pricing"_qs << false;
    QTest::newRow("prefix then star") << u"https://*"_qs << u"HTTPS://a.io"_qs << true;
    QTest::newRow("prefix then star, other start") << u"https://*"_qs << u"http://a.io"_qs << false;
    QTest::newRow("star then suffix") << u"*.PDF"_qs << u"guide.pdf"_qs << true;
    QTest::newRow("star then suffix, other end") << u"*.pdf"_qs << u"guide.pdf.zip"_qs << false;
    QTest::newRow("start and end may not overlap") << u"ab*ba"_qs << u"aba"_qs << false;
    QTest::newRow("start and end meet") << u"ab*ba"_qs << u"abba"_qs << true;
    QTest::newRow("one character for both ends") << u"a*a"_qs << u"a"_qs << false;
    QTest::newRow("middle pieces in order") << u"*one*two*"_qs << u"xonextwox"_qs << true;
    QTest::newRow("middle pieces out of order") << u"*one*two*"_qs << u"xtwoxonex"_qs << false;
    QTest::newRow("middle piece may not eat the end") << u"*ab*b"_qs << u"xab"_qs << false;
    QTest::newRow("middle piece before the end") << u"*ab*b"_qs << u"xabb"_qs << true;
    QTest::newRow("middle piece, leftmost place") << u"*aab*"_qs << u"aaaab"_qs << true;
    // Question marks.
    QTest::newRow("question mark is one character") << u"report-20??.pdf"_qs << u"report-2025.pdf"_qs << true;
    QTest::newRow("question mark is not zero characters") << u"a?c"_qs << u"ac"_qs << false;
    QTest::newRow("question mark after a star") << u"*?"_qs << u"x"_qs << true;
    QTest::newRow("question mark after a star, empty text") << u"?*"_qs << QString() << false;
    QTest::newRow("question marks inside a middle piece") << u"*b?d*"_qs << u"abxdz"_qs << true;
    QTest::newRow("question mark ends a middle piece") << u"*b?*"_qs << u"ab"_qs << false;
    // Case folding, one UTF-16 character at a time.
    QTest::newRow("accented letters, other case") << u"*ÉTÉ*"_qs << u"bel été"_qs << true;
    QTest::newRow("final sigma folds like sigma") << u"*Σ"_qs << u"λόγος"_qs << true;
    QTest::newRow("an emoji is two characters") << u"?"_qs << u"😀"_qs << false;
    QTest::newRow("an emoji, two question marks") << u"??"_qs << u"😀"_qs << true;
    QTest::newRow("an emoji inside a middle piece") << u"*😀*"_qs << u"a😀b"_qs << true;
    // Pieces longer than one 64-bit word of the search.
    QTest::newRow("64-character middle piece") << u"*"_qs + a64 + u"*"_qs << u"b"_qs + a64 + u"b"_qs << true;
    QTest::newRow("65-character middle piece") << u"*"_qs + a65 + u"*"_qs << u"b"_qs + a65 + u"b"_qs << true;
    QTest::newRow("65-character middle piece, one short")
        << u"*"_qs + a65 + u"*"_qs << u"b"_qs + a64 + u"b"_qs << false;
    QTest::newRow("long piece with a question mark at 65")
        << u"*"_qs + a64 + u"?b*"_qs << u"x"_qs + a64 + u"Zbx"_qs << true;
}

void GlobTest::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QTEST(Glob::matches(pattern, text), "matches");
    QTEST(Glob(pattern).matches(text), "matches"); // compiled once, used again
    QCOMPARE(referenceMatch(pattern, text), Glob::matches(pattern, text));
}

void GlobTest::agreesWithTheTextbookMatcher_data()
{
    QTest::addColumn<QString>("patternAlphabet");
    QTest::addColumn<QString>("textAlphabet");
    QTest::addColumn<int>("patternLength");
    QTest::addColumn<int>("textLength");
    QTest::addColumn<int>("cases");
    QTest::newRow("short, letters and cases") << u"aAb?*"_qs << u"aAbB"_qs << 8 << 12 << 200000;
    QTest::newRow("short, accents") << u"éÉe?*"_qs << u"éÉeE"_qs << 8 << 10 << 100000;
    QTest::newRow("long pieces over word boundaries")
        << u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?*"_qs << u"aaaaaaaaaaaaaaaaaaaaaaaaab"_qs << 150 << 220 << 5000;
}

void GlobTest::agreesWithTheTextbookMatcher()
{
    QFETCH(QString, patternAlphabet);
    QFETCH(QString, textAlphabet);
    QFETCH(int, patternLength);
    QFETCH(int, textLength);
    QFETCH(int, cases);
    std::uint64_t state = 20250101;
    int matched = 0;
    for (int i = 0; i < cases; ++i) {
        const QString pattern = randomText(state, patternAlphabet, patternLength);
        const QString text = randomText(state, textAlphabet, textLength);
        const bool expected = referenceMatch(pattern, text);
        if (Glob::matches(pattern, text) != expected)
            QFAIL(qPrintable(u"\"%1\" against \"%2\": expected %3"_qs.arg(pattern, text).arg(expected)));
        matched += expected ? 1 : 0;
    }
    QVERIFY2(matched > cases / 100, "the cases should include matches, not only refusals");
}

void GlobTest::hostilePatternsTakeLinearTime_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    const QString megabyte(1 << 20, u'a');
    const QString aThousand(999, u'a');
    QTest::newRow("*aaaa…b against 1 MB of a") << u"*"_qs + aThousand + u"b"_qs << megabyte << false;
    QTest::newRow("*aaaa…b* against 1 MB of a") << u"*"_qs + aThousand + u"b*"_qs << megabyte << false;
    QTest::newRow("*aaaa…b* against 1 MB of a, b at the end")
        << u"*"_qs + aThousand + u"b*"_qs << megabyte + u"b"_qs << true;
    QString manyStars;
    for (int i = 0; i < 300; ++i)
        manyStars += u"*a?"_qs;
    QTest::newRow("*a?*a?…*b against 1 MB of a") << manyStars + u"*b"_qs << megabyte << false;
    QTest::newRow("*a?*a?…* against 1 MB of a") << manyStars + u"*"_qs << megabyte << true;
    QTest::newRow("?…?b against 1 MB of a") << QString(999, u'?') + u"b"_qs << megabyte << false;
}

void GlobTest::hostilePatternsTakeLinearTime()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QElapsedTimer clock;
    clock.start();
    QTEST(Glob(pattern).matches(text), "matches");
    // Linear: tens of milliseconds. The backtracking matcher took minutes here.
    QVERIFY2(clock.elapsed() < 5000, qPrintable(u"took %1 ms"_qs.arg(clock.elapsed())));
}

QTEST_GUILESS_MAIN(GlobTest)
#include "tst_glob.moc"
