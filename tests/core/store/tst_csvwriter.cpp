// CsvWriter, the one cell writer of every CSV export: RFC 4180 quoting and escaping
// against formula injection (OWASP), with every dangerous prefix.

#include "common/CsvWriter.h"

#include <QTest>

using namespace LeadStage;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain text") << u"Acme"_qs << u"Acme"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("equals") << u"=1+1"_qs << u"\"'=1+1\""_qs;
        QTest::newRow("plus") << u"+1+cmd|' /C calc'!A0"_qs << u"\"'+1+cmd|' /C calc'!A0\""_qs;
        QTest::newRow("minus") << u"-2+3"_qs << u"\"'-2+3\""_qs;
        QTest::newRow("at") << u"@SUM(A1:A2)"_qs << u"\"'@SUM(A1:A2)\""_qs;
        QTest::newRow("tab first") << u"\tx"_qs << u"\"'\tx\""_qs;
        QTest::newRow("carriage return first") << u"\rx"_qs << u"\"'\rx\""_qs;
        QTest::newRow("spaces before equals") << u"  =1"_qs << u"\"'  =1\""_qs;
        QTest::newRow("line break before equals") << u"\n=1"_qs << u"\"'\n=1\""_qs;
        QTest::newRow("NUL before equals") << u"\0=1"_qs << u"\"'\uFFFD=1\""_qs;
        QTest::newRow("NULs and spaces before at") << u"\0 \0@x"_qs << u"\"'\uFFFD \uFFFD@x\""_qs;
        QTest::newRow("NUL inside plain text") << u"a\0b"_qs << u"a\uFFFDb"_qs;
        QTest::newRow("full-width equals") << u"\uFF1D1+1"_qs << u"\"'\uFF1D1+1\""_qs;
        QTest::newRow("full-width plus") << u"\uFF0B1"_qs << u"\"'\uFF0B1\""_qs;
        QTest::newRow("full-width minus") << u"\uFF0D1"_qs << u"\"'\uFF0D1\""_qs;
        QTest::newRow("full-width at") << u"\uFF20x"_qs << u"\"'\uFF20x\""_qs;
        QTest::newRow("negative number stays a number") << u"-5"_qs << u"-5"_qs;
        QTest::newRow("signed decimal stays a number") << u"+3.25"_qs << u"+3.25"_qs;
        QTest::newRow("exponent stays a number") << u"-1e-3"_qs << u"-1e-3"_qs;
        QTest::newRow("minus with text is escaped") << u"-5 days"_qs << u"\"'-5 days\""_qs;
        QTest::newRow("equals later in the text") << u"a=b"_qs << u"a=b"_qs;
        QTest::newRow("comma quoted") << u"Acme, Inc."_qs << u"\"Acme, Inc.\""_qs;
        QTest::newRow("quote doubled") << u"say \"hi\""_qs << u"\"say \"\"hi\"\"\""_qs;
        QTest::newRow("line break quoted") << u"a\nb"_qs << u"\"a\nb\""_qs;
        QTest::newRow("formula with quote and comma")
            << u"=HYPERLINK(\"x\",\"y\")"_qs << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_qs;
    }

    void textCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::textCell(text), cell);
        std::string out;
        CsvWriter::appendText(out, text);
        QCOMPARE(QString::fromStdString(out), cell);
        QVERIFY(!QString::fromStdString(out).contains(QChar(0)));
        // The same cell from UTF-8 bytes, as the bulk writers give it.
        std::string fromUtf8;
        const QByteArray utf8 = text.toUtf8();
        CsvWriter::appendUtf8(fromUtf8, std::string_view(utf8.constData(), std::size_t(utf8.size())));
        QCOMPARE(QString::fromStdString(fromUtf8), cell);
    }

    void numbersAreNeverEscaped()
    {
        std::string out;
        CsvWriter::appendInteger(out, -5);
        out += ',';
        CsvWriter::appendNumber(out, -0.25);
        out += ',';
        CsvWriter::appendNumber(out, 12.5);
        QCOMPARE(out, std::string("-5,-0.25,12.5"));
    }

    void tsvCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"Acme"_qs << u"Acme"_qs;
        QTest::newRow("tabs and breaks become spaces") << u"a\tb\nc"_qs << u"a b c"_qs;
        QTest::newRow("equals") << u"=1"_qs << u"'=1"_qs;
        QTest::newRow("tab first") << u"\t=1"_qs << u"' =1"_qs;
        QTest::newRow("tab first, no formula") << u"\tx"_qs << u"' x"_qs;
        QTest::newRow("NUL before minus") << u"\0-x"_qs << u"'\uFFFD-x"_qs;
        QTest::newRow("negative number") << u"-5"_qs << u"-5"_qs;
    }

    void tsvCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::tsvCell(text), cell);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
