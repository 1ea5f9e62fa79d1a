#include "CsvTestReader.h"

#include "common/Progress.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Test;

namespace {

QByteArray utf16(QStringView text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char low = char(c.unicode() & 0xFF), high = char(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return bytes;
}

QList<QStringList> table(std::initializer_list<QStringList> rows)
{
    return QList<QStringList>(rows);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
    void lineNumbers_data();
    void lineNumbers();
    void blockBoundaries_data();
    void blockBoundaries();
    void recordAcrossRealBlocks();
    void emptyFile_data();
    void emptyFile();
    void headerOnly_data();
    void headerOnly();
    void headerRow_data();
    void headerRow();
    void headerRowBeyondTheEnd();
    void malformedHeaderFailsOpen();
    void runawayQuoteStops();
    void longFieldNamesTheLimit_data();
    void longFieldNamesTheLimit();
    void encodingChoiceSaysWhy_data();
    void encodingChoiceSaysWhy();
    void mixedUtf8IsRefusedUnlessChosen();
    void utf8AfterTheWindows1252GuessIsRejected();
    void hasRecordReadsAhead();
    void progressAndCancel();
    void preview();
    void exportFiles_data();
    void exportFiles();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("chosenEncoding"); // -1: detect
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList ab{u"a"_qs, u"b"_qs};
    const QString utf8 = u"UTF-8"_qs;
    QTest::newRow("utf-8 without bom") << QByteArray("name,city\nZo\xC3\xAB,K\xC3\xB6ln\n") << -1 << utf8 << u","_qs
                                       << QStringList{u"name"_qs, u"city"_qs} << table({{u"Zoë"_qs, u"Köln"_qs}});
    // Fields are scanned eight characters at a time: ends at each place of a group of eight.
    QTest::newRow("field ends at every place of eight")
        << QByteArray("a,b,c\n1234567,12345678,123456789\n123456789012345,1234567890123456,x\r\n") << -1 << utf8
        << u","_qs << QStringList{u"a"_qs, u"b"_qs, u"c"_qs}
        << table({{u"1234567"_qs, u"12345678"_qs, u"123456789"_qs},
                  {u"123456789012345"_qs, u"1234567890123456"_qs, u"x"_qs}});
    QTest::newRow("utf-8 with bom, bom not in first column name")
        << QByteArray("\xEF\xBB\xBFname,city\nA,B\n") << -1 << utf8 << u","_qs << QStringList{u"name"_qs, u"city"_qs}
        << table({{u"A"_qs, u"B"_qs}});
    QTest::newRow("utf-8 four-byte character") << QByteArray("a,b\n\xF0\x9F\x98\x80,x\n") << -1 << utf8 << u","_qs << ab
                                               << table({{QString::fromUtf8("\xF0\x9F\x98\x80"), u"x"_qs}});
    QTest::newRow("utf-16le with bom") << utf16(u"name;city\r\nZoë;Köln\r\n", true) << -1 << u"UTF-16LE"_qs << u";"_qs
                                       << QStringList{u"name"_qs, u"city"_qs} << table({{u"Zoë"_qs, u"Köln"_qs}});
    QTest::newRow("utf-16be with bom") << utf16(u"name\tcity\nZoë\tKöln\n", false) << -1 << u"UTF-16BE"_qs << u"\t"_qs
                                       << QStringList{u"name"_qs, u"city"_qs} << table({{u"Zoë"_qs, u"Köln"_qs}});
    QTest::newRow("utf-16le literal bytes") << QByteArray("\xFF\xFE"
                                                          "a\0,\0b\0\n\0"
                                                          "1\0,\0"
                                                          "\xAC\x20\n\0",
                                                          18)
                                            << -1 << u"UTF-16LE"_qs << u","_qs << ab << table({{u"1"_qs, u"€"_qs}});
    QTest::newRow("windows-1252 detected from invalid utf-8")
        << QByteArray("name;note\nM\xFCller;\x80 5 \x93quoted\x94\n") << -1 << u"Windows-1252"_qs << u";"_qs
        << QStringList{u"name"_qs, u"note"_qs} << table({{u"Müller"_qs, u"€ 5 “quoted”"_qs}});
    QTest::newRow("windows-1252 chosen although the bytes are valid utf-8")
        << QByteArray("a,b\n\xC3\xA9,x\n") << int(TextEncoding::Windows1252) << u"Windows-1252"_qs << u","_qs << ab
        << table({{u"Ã©"_qs, u"x"_qs}});
    QTest::newRow("utf-8 chosen strips its bom")
        << QByteArray("\xEF\xBB\xBF"
                      "a,b\n1,2\n")
        << int(TextEncoding::Utf8) << utf8 << u","_qs << ab << table({{u"1"_qs, u"2"_qs}});
    QTest::newRow("comma separator") << QByteArray("a,b\n1,2\n") << -1 << utf8 << u","_qs << ab
                                     << table({{u"1"_qs, u"2"_qs}});
    QTest::newRow("semicolon separator with decimal commas")
        << QByteArray("a;b\n1,5;2,25\n") << -1 << utf8 << u";"_qs << ab << table({{u"1,5"_qs, u"2,25"_qs}});
    QTest::newRow("tab separator") << QByteArray("a\tb\n1\t2\n") << -1 << utf8 << u"\t"_qs << ab
                                   << table({{u"1"_qs, u"2"_qs}});
    QTest::newRow("pipe separator") << QByteArray("a|b\n1|2\n") << -1 << utf8 << u"|"_qs << ab
                                    << table({{u"1"_qs, u"2"_qs}});
    QTest::newRow("quoted separator") << QByteArray("a,b\n\"Smith, John\",2\n") << -1 << utf8 << u","_qs << ab
                                      << table({{u"Smith, John"_qs, u"2"_qs}});
    QTest::newRow("doubled quote") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << -1 << utf8 << u","_qs << ab
                                   << table({{u"say \"hi\""_qs, u"\""_qs}});
    QTest::newRow("quoted newline inside field") << QByteArray("a,b\n\"line 1\nline 2\",x\n") << -1 << utf8 << u","_qs
                                                 << ab << table({{u"line 1\nline 2"_qs, u"x"_qs}});
    QTest::newRow("quoted crlf inside field")
        << QByteArray("a,b\r\n\"1\r\n2\",x\r\n") << -1 << utf8 << u","_qs << ab << table({{u"1\r\n2"_qs, u"x"_qs}});
    QTest::newRow("crlf line ends") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << -1 << utf8 << u","_qs << ab
                                    << table({{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}});
    QTest::newRow("lf line ends") << QByteArray("a,b\n1,2\n3,4\n") << -1 << utf8 << u","_qs << ab
                                  << table({{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}});
    QTest::newRow("cr line ends") << QByteArray("a,b\r1,2\r3,4\r") << -1 << utf8 << u","_qs << ab
                                  << table({{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}});
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2\n3,4") << -1 << utf8 << u","_qs << ab
                                      << table({{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}});
    QTest::newRow("no final newline after a quoted field")
        << QByteArray("a,b\n1,\"2\"") << -1 << utf8 << u","_qs << ab << table({{u"1"_qs, u"2"_qs}});
    QTest::newRow("blank lines skipped") << QByteArray("\na,b\n\n1,2\r\n\r\n\r3,4\n\n\n") << -1 << utf8 << u","_qs << ab
                                         << table({{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}});
    QTest::newRow("empty fields and trailing separator")
        << QByteArray("a,b,c\n,,\n\"\",x,\n") << -1 << utf8 << u","_qs << QStringList{u"a"_qs, u"b"_qs, u"c"_qs}
        << table({{QString(), QString(), QString()}, {QString(), u"x"_qs, QString()}});
    QTest::newRow("spaces are kept") << QByteArray("a,b\n 1 , 2\n") << -1 << utf8 << u","_qs << ab
                                     << table({{u" 1 "_qs, u" 2"_qs}});
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, chosenEncoding);
    CsvReader::Options options;
    if (chosenEncoding >= 0)
        options.encoding = TextEncoding(chosenEncoding);
    const CsvReadout out = readCsv(bytes, options);
    QVERIFY2(out.opened.ok(), qPrintable(out.opened.ok() ? QString() : out.opened.error().toString()));
    QTEST(encodingName(out.encoding), "encoding");
    QTEST(QString(QChar(out.separator)), "separator");
    QTEST(out.header, "header");
    QTEST(out.rows, "rows");
    QVERIFY(out.rejected.isEmpty());
    QVERIFY(out.finished.ok());
}

void TestCsvReader::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("chosenEncoding");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("goodRows");

    QTest::newRow("ragged row with too few fields") << QByteArray("a,b,c\n1,2,3\n4,5\n6,7,8\n") << -1 << 3 << 3
                                                    << u"2 fields but the header has 3"_qs << u"4,5"_qs << 2;
    QTest::newRow("ragged row with too many fields")
        << QByteArray("a,b\n1,2,3\n4,5\n") << -1 << 2 << 3 << u"3 fields but the header has 2"_qs << u"1,2,3"_qs << 1;
    QTest::newRow("stray quote inside an unquoted field")
        << QByteArray("a,b\n1,x\"y\n2,3\n") << -1 << 2 << 2 << u"quote inside a field"_qs << u"1,x\"y"_qs << 1;
    QTest::newRow("stray quote in the third group of eight")
        << QByteArray("a,b\n1,abcdefghijklmnopq\"rstuvwxyz\n2,3\n") << -1 << 2 << 2 << u"quote inside a field"_qs
        << u"1,abcdefghijklmnopq\"rstuvwxyz"_qs << 1;
    QTest::newRow("text after the closing quote") << QByteArray("a,b,c\n\"x\"y,2,3\n") << -1 << 2 << 1
                                                  << u"text after the closing quote"_qs << u"\"x\"y,2,3"_qs << 0;
    QTest::newRow("quote never closed swallows the rest")
        << QByteArray("a,b\n1,\"xy\n2,3\n") << -1 << 2 << 2 << u"never closed"_qs << u"1,\"xy\n2,3\n"_qs << 0;
    QTest::newRow("ragged record after a quoted newline names its first line")
        << QByteArray("a,b\n\"x\ny\",1\n\"p\nq\"\n") << -1 << 4 << 2 << u"1 fields"_qs << u"\"p\nq\""_qs << 1;
    QTest::newRow("invalid utf-8 in a chosen utf-8 file")
        << QByteArray("a,b\n1,M\xFCller\n") << int(TextEncoding::Utf8) << 2 << 2 << u"not valid UTF-8"_qs
        << u"1,M\uFFFDller"_qs << 0;
    QTest::newRow("utf-8 cut at the end of the file") << QByteArray("a,b\n1,2\xC3") << int(TextEncoding::Utf8) << 2 << 2
                                                      << u"not valid UTF-8"_qs << u"1,2\uFFFD"_qs << 0;
    QTest::newRow("whitespace-only line is a one-field record")
        << QByteArray("a,b\n  \n1,2\n") << -1 << 2 << 2 << u"1 fields"_qs << u"  "_qs << 1;
    QTest::newRow("nul byte in a field") << QByteArray("a,b\n1,x\0y\n2,3\n", 14) << -1 << 2 << 2 << u"NUL byte"_qs
                                         << QString(u"1,x\0y"_qs) << 1;
    QTest::newRow("nul byte in a utf-16le field") << utf16(QString(u"a,b\n1,x\0y\n2,3\n"_qs), true) << -1 << 2 << 2
                                                  << u"NUL byte"_qs << QString(u"1,x\0y"_qs) << 1;
    QTest::newRow("nul byte in a chosen windows-1252 file")
        << QByteArray("a,b\n1,x\n\0,3\n", 12) << int(TextEncoding::Windows1252) << 3 << 1 << u"NUL byte"_qs
        << QString(u"\0,3"_qs) << 1;
}

void TestCsvReader::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, chosenEncoding);
    QFETCH(int, goodRows);
    CsvReader::Options options;
    if (chosenEncoding >= 0)
        options.encoding = TextEncoding(chosenEncoding);
    const CsvReadout out = readCsv(bytes, options);
    QVERIFY(out.opened.ok());
    QVERIFY(out.finished.ok());
    QCOMPARE(out.rejected.size(), 1);
    const Error &error = out.rejected.front();
    QCOMPARE(error.where, u"test.csv"_qs);
    QTEST(error.line, "line");
    QTEST(error.column, "column");
    QFETCH(QString, reason);
    QVERIFY2(error.what.contains(reason), qPrintable(error.what));
    QTEST(out.rejectedRaw.front(), "raw");
    QCOMPARE(out.rows.size(), goodRows);
}

void TestCsvReader::lineNumbers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("lf") << QByteArray("h\n1\n2\n") << QList<int>{2, 3};
    QTest::newRow("crlf") << QByteArray("h\r\n1\r\n2\r\n") << QList<int>{2, 3};
    QTest::newRow("cr") << QByteArray("h\r1\r2\r") << QList<int>{2, 3};
    QTest::newRow("blank lines count") << QByteArray("\n\nh\n\n1\r\n\r\n2") << QList<int>{5, 7};
    QTest::newRow("quoted lf, crlf and cr count")
        << QByteArray("h\n\"a\nb\"\n\"c\r\nd\"\n\"e\rf\"\n3\n") << QList<int>{2, 4, 6, 8};
    QTest::newRow("bom is not a line") << QByteArray("\xEF\xBB\xBFh\n1\n") << QList<int>{2};
}

void TestCsvReader::lineNumbers()
{
    QFETCH(QByteArray, bytes);
    const CsvReadout out = readCsv(bytes);
    QVERIFY(out.opened.ok());
    QTEST(out.lines, "lines");
}

// Every block size from tiny to larger than the file puts a block boundary at every
// byte: inside multi-byte characters, between CR and LF, between doubled quotes.
void TestCsvReader::blockBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("note");
    const QString text = u"name,note,city\r\n\"Zoë \"\"Z\"\"\",\"two\r\nlines, and 😀\",Köln\r\n"
                         "plain,,\"\"\r\n\r\nlast,\"q\"\"\",end"_qs;
    const QString note = u"two\r\nlines, and 😀"_qs;
    QTest::newRow("utf-8 with crlf, quotes and emoji") << text.toUtf8() << note;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << note;
    QTest::newRow("utf-16le") << utf16(text, true) << note;
    QTest::newRow("utf-16be") << utf16(text, false) << note;
    QTest::newRow("cr line ends") << QString(text).replace(u"\r\n"_qs, u"\r"_qs).toUtf8() << u"two\rlines, and 😀"_qs;
}

void TestCsvReader::blockBoundaries()
{
    QFETCH(QByteArray, bytes);
    const CsvReadout whole = readCsv(bytes);
    QVERIFY(whole.opened.ok());
    QCOMPARE(whole.rows.size(), 3);
    QTEST(whole.rows[0][1], "note");
    for (qsizetype blockSize = 16; blockSize <= bytes.size() + 1; ++blockSize) {
        CsvReader::Options options;
        options.blockSize = blockSize;
        // Small blocks sniff from a small sample: tell the separator, as a caller would.
        options.separator = u',';
        const CsvReadout split = readCsv(bytes, options);
        QVERIFY2(split.opened.ok(), qPrintable(QString::number(blockSize)));
        QCOMPARE(split.header, whole.header);
        QCOMPARE(split.rows, whole.rows);
        QCOMPARE(split.lines, whole.lines);
        QVERIFY(split.rejected.isEmpty());
    }
}

// A quoted field with a newline sits across the first 64 KiB boundary of a real file.
void TestCsvReader::recordAcrossRealBlocks()
{
    QByteArray bytes("id,text\n");
    int id = 0;
    while (bytes.size() < 64 * 1024 - 20)
        bytes += QByteArray::number(++id) + ",filler text\n";
    const QByteArray spanning = "\"across the\r\nblock boundary " + QByteArray(40, 'x') + "\"";
    bytes += QByteArray::number(++id) + "," + spanning + "\n";
    QVERIFY(bytes.size() > 64 * 1024);
    for (int i = 0; i < 5000; ++i)
        bytes += QByteArray::number(++id) + ",after\n";
    const CsvReadout out = readCsv(bytes);
    QVERIFY(out.finished.ok());
    QCOMPARE(out.rows.size(), id);
    QVERIFY(out.rejected.isEmpty());
    const int spanningRow = id - 5000 - 1;
    QCOMPARE(out.rows[spanningRow][1], QString::fromLatin1(spanning.mid(1, spanning.size() - 2)));
    QCOMPARE(out.lines.last(), out.lines[spanningRow] + 5001); // the spanning record takes two lines
}

void TestCsvReader::emptyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no bytes at all") << QByteArray();
    QTest::newRow("only a utf-8 bom") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("only blank lines") << QByteArray("\r\n\n\r\n");
}

void TestCsvReader::emptyFile()
{
    QFETCH(QByteArray, bytes);
    const CsvReadout out = readCsv(bytes);
    QVERIFY(!out.opened.ok());
    QCOMPARE(out.opened.error().where, u"test.csv"_qs);
    QVERIFY(out.opened.error().what.contains(u"empty"_qs));
}

void TestCsvReader::headerOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("header with newline") << QByteArray("lead_id;email\n");
    QTest::newRow("header without newline") << QByteArray("lead_id;email");
    QTest::newRow("header then blank lines") << QByteArray("lead_id;email\r\n\r\n");
}

void TestCsvReader::headerOnly()
{
    QFETCH(QByteArray, bytes);
    const CsvReadout out = readCsv(bytes);
    QVERIFY(out.opened.ok());
    QCOMPARE(out.separator, u';');
    QCOMPARE(out.header, (QStringList{u"lead_id"_qs, u"email"_qs}));
    QVERIFY(out.rows.isEmpty());
    QVERIFY(out.rejected.isEmpty());
    QVERIFY(out.finished.ok());
}

void TestCsvReader::headerRow_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<int>("firstLine");
    QTest::newRow("header on the first row") << QByteArray("id,email\n1,a@x.com\n") << 1 << 2;
    QTest::newRow("report title and filter lines before the header")
        << QByteArray("Lead report\nFiltered by: all\nid,email\n1,a@x.com\n") << 3 << 4;
    QTest::newRow("a blank line between title and header does not count")
        << QByteArray("Lead report\n\nid,email\n1,a@x.com\n") << 2 << 4;
}

void TestCsvReader::headerRow()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerRow);
    CsvReader::Options options;
    options.separator = u',';
    options.headerRow = headerRow;
    const CsvReadout out = readCsv(bytes, options);
    QVERIFY(out.opened.ok());
    QCOMPARE(out.header, (QStringList{u"id"_qs, u"email"_qs}));
    QCOMPARE(out.rows, table({{u"1"_qs, u"a@x.com"_qs}}));
    QTEST(out.lines.value(0), "firstLine");
    QVERIFY(out.rejected.isEmpty());
}

void TestCsvReader::headerRowBeyondTheEnd()
{
    CsvReader::Options options;
    options.headerRow = 5;
    const CsvReadout out = readCsv(QByteArray("id,email\n1,a@x.com\n"), options);
    QVERIFY(!out.opened.ok());
    QVERIFY2(out.opened.error().what.contains(u"row 5"_qs), qPrintable(out.opened.error().what));
}

void TestCsvReader::malformedHeaderFailsOpen()
{
    const CsvReadout out = readCsv(QByteArray("a,\"b\"c\n1,2\n"));
    QVERIFY(!out.opened.ok());
    QCOMPARE(out.opened.error().line, 1);
    QCOMPARE(out.opened.error().column, 2);
}

void TestCsvReader::runawayQuoteStops()
{
    QByteArray bytes("a,b\n1,\"never closed\n");
    bytes += QByteArray(200000, 'x');
    CsvReader::Options options;
    options.maxRecordLength = 100000;
    const CsvReadout out = readCsv(bytes, options);
    QVERIFY(out.opened.ok());
    QVERIFY(!out.finished.ok());
    QCOMPARE(out.finished.error().line, 2);
    QVERIFY(out.finished.error().hint.contains(u"closing quote"_qs));
}

// A record that runs past the limit names the limit and where its long field starts;
// only a field still open inside quotes may be a missing quote.
void TestCsvReader::longFieldNamesTheLimit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("quoted");
    const QByteArray x(200000, 'x');
    QTest::newRow("unquoted long field") << "a,b,c\n1," + x + ",3\n2,3,4\n" << 2 << 2 << false;
    QTest::newRow("quoted long field that closes") << "a,b\n1,\"" + x + "\"\n2,3\n" << 2 << 2 << true;
    QTest::newRow("long field on the record's second line") << "a,b\n\"p\nq\"," + x + "\n" << 3 << 2 << false;
    QTest::newRow("long first field") << "a,b\n" + x + ",1\n" << 2 << 1 << false;
}

void TestCsvReader::longFieldNamesTheLimit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, quoted);
    CsvReader::Options options;
    options.maxRecordLength = 100000;
    options.separator = u',';
    const CsvReadout out = readCsv(bytes, options);
    QVERIFY(out.opened.ok());
    QVERIFY(!out.finished.ok());
    const Error &error = out.finished.error();
    QTEST(error.line, "line");
    QTEST(error.column, "column");
    QVERIFY2(error.what.contains(u"limit of 100,000 characters"_qs), qPrintable(error.what));
    QCOMPARE(error.what.contains(u"quoted"_qs), quoted);
    QCOMPARE(error.hint.contains(u"quote"_qs), quoted); // an unquoted field cannot miss a quote
    QVERIFY(error.hint.contains(u"shorten"_qs, Qt::CaseInsensitive));
}

void TestCsvReader::encodingChoiceSaysWhy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("chosenEncoding");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("badBytes");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<int>("badColumn");
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBFid,name\n1,M\xC3\xBCller\n") << -1 << u"UTF-8"_qs
                                    << int(EncodingReason::ByteOrderMark) << QString() << 0 << 0;
    QTest::newRow("utf-8 without bom") << QByteArray("id,name\n1,M\xC3\xBCller\n") << -1 << u"UTF-8"_qs
                                       << int(EncodingReason::ValidUtf8) << QString() << 0 << 0;
    QTest::newRow("utf-16le with bom") << utf16(u"id,name\n1,Müller\n", true) << -1 << u"UTF-16LE"_qs
                                       << int(EncodingReason::ByteOrderMark) << QString() << 0 << 0;
    QTest::newRow("utf-16be with bom") << utf16(u"id,name\n1,Müller\n", false) << -1 << u"UTF-16BE"_qs
                                       << int(EncodingReason::ByteOrderMark) << QString() << 0 << 0;
    QTest::newRow("windows-1252 guessed from a byte on line 3, column 2")
        << QByteArray("id,name\n1,Ann\n2,M\xFCller\n") << -1 << u"Windows-1252"_qs << int(EncodingReason::NotUtf8)
        << u"0xFC"_qs << 3 << 2;
    QTest::newRow("the byte inside a quoted field's second line")
        << QByteArray("id,note\n1,\"a\r\nb \x80\"\n") << -1 << u"Windows-1252"_qs << int(EncodingReason::NotUtf8)
        << u"0x80"_qs << 3 << 2;
    QTest::newRow("windows-1252 chosen") << QByteArray("id,name\n1,M\xFCller\n") << int(TextEncoding::Windows1252)
                                         << u"Windows-1252"_qs << int(EncodingReason::Chosen) << QString() << 0 << 0;
    QTest::newRow("utf-16le chosen for a file without bom")
        << utf16(u"id,name\n1,Müller\n", true).mid(2) << int(TextEncoding::Utf16LE) << u"UTF-16LE"_qs
        << int(EncodingReason::Chosen) << QString() << 0 << 0;
}

void TestCsvReader::encodingChoiceSaysWhy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, chosenEncoding);
    CsvReader::Options options;
    if (chosenEncoding >= 0)
        options.encoding = TextEncoding(chosenEncoding);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    QVERIFY(reader.open(&buffer, u"e.csv"_qs).ok());
    const EncodingChoice &choice = reader.encodingChoice();
    QTEST(encodingName(choice.encoding), "encoding");
    QTEST(int(choice.reason), "reason");
    QTEST(hexBytes(choice.badBytes), "badBytes");
    QTEST(choice.badLine, "badLine");
    QTEST(choice.badColumn, "badColumn");
    QVERIFY(choice.wholeFile);
    QString last; // the row with the file's only non-ASCII character, read right
    QVERIFY(reader
                .read([&last](const CsvRecord &record) {
                    last = record.field(1).toString();
                    return !record.rejected();
                })
                .ok());
    QCOMPARE(last, QString::fromUtf8(bytes.contains("note") ? "a\r\nb €" : "Müller"));
}

// One invalid byte beside valid UTF-8: read as either encoding part of the text would
// be wrong ("Müller" as "MÃ¼ller"), so the file is refused with the byte's place until
// the user chooses; then it reads as chosen.
void TestCsvReader::mixedUtf8IsRefusedUnlessChosen()
{
    const QByteArray bytes("id,name\n1,M\xC3\xBCller\n2,M\xFCller\n");
    const CsvReadout refused = readCsv(bytes);
    QVERIFY(!refused.opened.ok());
    QCOMPARE(refused.opened.error().line, 3);
    QCOMPARE(refused.opened.error().column, 2);
    QVERIFY2(refused.opened.error().what.contains(u"0xFC"_qs), qPrintable(refused.opened.error().what));
    QVERIFY(refused.opened.error().hint.contains(u"--encoding"_qs));

    CsvReader::Options utf8;
    utf8.encoding = TextEncoding::Utf8;
    const CsvReadout asUtf8 = readCsv(bytes, utf8);
    QVERIFY(asUtf8.opened.ok());
    QCOMPARE(asUtf8.rows, table({{u"1"_qs, u"Müller"_qs}}));
    QCOMPARE(asUtf8.rejected.size(), 1);
    QCOMPARE(asUtf8.rejected.front().line, 3);

    CsvReader::Options cp1252;
    cp1252.encoding = TextEncoding::Windows1252;
    const CsvReadout asCp1252 = readCsv(bytes, cp1252);
    QVERIFY(asCp1252.opened.ok());
    QCOMPARE(asCp1252.rows, table({{u"1"_qs, u"MÃ¼ller"_qs}, {u"2"_qs, u"Müller"_qs}})); // as the user chose
}

// Windows-1252 guessed from the first block: a later row holding UTF-8 proves the guess
// wrong for it, and it is rejected rather than stored as "MÃ¼ller".
void TestCsvReader::utf8AfterTheWindows1252GuessIsRejected()
{
    const QByteArray bytes("id,name\n1,M\xFCr\n2,M\xC3\xBCller\n3,Ann\n");
    CsvReader::Options options;
    options.blockSize = 16; // the guess sees "id,name\n1,M\xFCr\n2" only
    options.separator = u',';
    const CsvReadout out = readCsv(bytes, options);
    QVERIFY(out.opened.ok());
    QCOMPARE(encodingName(out.encoding), u"Windows-1252"_qs);
    QCOMPARE(out.rows, table({{u"1"_qs, u"Mür"_qs}, {u"3"_qs, u"Ann"_qs}}));
    QCOMPARE(out.rejected.size(), 1);
    QCOMPARE(out.rejected.front().line, 3);
    QCOMPARE(out.rejected.front().column, 2);
    QVERIFY2(out.rejected.front().what.contains(u"valid UTF-8 ('Ã¼' as Windows-1252)"_qs),
             qPrintable(out.rejected.front().what));
    QVERIFY(out.rejected.front().what.contains(u"line 2, column 2"_qs));
}

void TestCsvReader::hasRecordReadsAhead()
{
    QByteArray headerOnly("a,b\r\n\r\n");
    QBuffer empty(&headerOnly);
    empty.open(QIODevice::ReadOnly);
    CsvReader none;
    QVERIFY(none.open(&empty, u"h.csv"_qs).ok());
    QVERIFY(!none.hasRecord());
    QVERIFY(none.status().ok());

    QByteArray rows("a,b\n1,2\n3\n");
    QBuffer buffer(&rows);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.open(&buffer, u"r.csv"_qs).ok());
    QVERIFY(reader.hasRecord());
    QVERIFY(reader.hasRecord()); // asking again reads nothing more
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields(), (QStringList{u"1"_qs, u"2"_qs}));
    QCOMPARE(record.line(), 2);
    QVERIFY(reader.next(record));
    QVERIFY(record.rejected()); // ragged: the checks apply to a record read ahead too
    QCOMPARE(record.line(), 3);
    QVERIFY(!reader.hasRecord());
    QVERIFY(!reader.next(record));
}

void TestCsvReader::progressAndCancel()
{
    QByteArray bytes("a,b\n");
    for (int i = 0; i < 50000; ++i)
        bytes += "12345,67890\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    std::int64_t lastDone = 0, lastTotal = 0;
    Progress progress([&](std::int64_t done, std::int64_t total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    CsvReader reader;
    reader.setProgress(&progress);
    QVERIFY(reader.open(&buffer, u"p.csv"_qs).ok());
    int rows = 0;
    QVERIFY(reader.read([&rows](const CsvRecord &) { return ++rows > 0; }).ok());
    QCOMPARE(rows, 50000);
    QCOMPARE(lastDone, std::int64_t(bytes.size()));
    QCOMPARE(lastTotal, std::int64_t(bytes.size()));

    buffer.seek(0);
    Progress cancelling([&cancelling](std::int64_t, std::int64_t) { cancelling.cancel(); });
    CsvReader cancelled;
    QVERIFY(cancelled.open(&buffer, u"p.csv"_qs).ok());
    cancelled.setProgress(&cancelling);
    const Status status = cancelled.read([](const CsvRecord &) { return true; });
    QVERIFY(!status.ok());
    QVERIFY(status.error().what.contains(u"cancelled"_qs));
}

void TestCsvReader::preview()
{
    QByteArray bytes("\xEF\xBB\xBFid|name\n");
    for (int i = 1; i <= 150; ++i)
        bytes += QByteArray::number(i) + "|n" + QByteArray::number(i) + "\n";
    bytes.insert(bytes.indexOf("3|n3"), "ragged\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<CsvPreview> preview = CsvReader::preview(&buffer, u"p.csv"_qs, {}, 100);
    QVERIFY(preview.ok());
    QCOMPARE(preview->encoding.encoding, TextEncoding::Utf8);
    QVERIFY(preview->encoding.byteOrderMark);
    QCOMPARE(preview->encoding.reason, EncodingReason::ByteOrderMark);
    QCOMPARE(preview->separator, u'|');
    QCOMPARE(preview->header, (QStringList{u"id"_qs, u"name"_qs}));
    QCOMPARE(preview->rows.size(), 100);
    QVERIFY(!preview->complete);
    QCOMPARE(preview->rows[2].raw, u"ragged"_qs);
    QVERIFY(preview->rows[2].error.has_value());
    QCOMPARE(preview->rows[2].line, 4);
    QCOMPARE(preview->rows[3].fields, (QStringList{u"3"_qs, u"n3"_qs}));

    QByteArray small("a,b\n1,2\n");
    QBuffer smallBuffer(&small);
    smallBuffer.open(QIODevice::ReadOnly);
    const Result<CsvPreview> whole = CsvReader::preview(&smallBuffer, u"s.csv"_qs, {}, 100);
    QVERIFY(whole.ok());
    QVERIFY(whole->complete);
    QCOMPARE(whole->rows.size(), 1);
}

// Files as Excel writes them, kept as real bytes in tests/data/import.
void TestCsvReader::exportFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::newRow("excel csv on german windows: windows-1252, semicolons, crlf")
        << u"excel-windows1252-semicolon.csv"_qs << u"Windows-1252"_qs << u";"_qs;
    QTest::newRow("excel unicode text: utf-16le bom, tabs, crlf")
        << u"excel-utf16le-tab.txt"_qs << u"UTF-16LE"_qs << u"\t"_qs;
    QTest::newRow("excel csv utf-8: bom, commas, crlf") << u"excel-utf8bom-comma.csv"_qs << u"UTF-8"_qs << u","_qs;
}

void TestCsvReader::exportFiles()
{
    QFETCH(QString, file);
    CsvReader reader;
    QVERIFY(reader.open(QStringLiteral(LEADSTAGE_IMPORT_DATA "/") + file).ok());
    QTEST(encodingName(reader.encoding()), "encoding");
    QTEST(QString(QChar(reader.separator())), "separator");
    QCOMPARE(reader.header(), (QStringList{u"Email"_qs, u"Last Name"_qs, u"Company"_qs, u"Notes"_qs}));
    QList<QStringList> rows;
    QVERIFY(reader
                .read([&rows](const CsvRecord &record) {
                    rows.append(record.fields());
                    return !record.rejected();
                })
                .ok());
    QCOMPARE(rows, table({{u"jurgen@example.de"_qs, u"Müller"_qs, u"Bäckerei Groß GmbH"_qs, u"Preis: 5 €"_qs},
                          {u"zoe@example.fr"_qs, u"Zoë"_qs, u"Café \"Le Sud\""_qs, u"first line\r\nsecond line"_qs}}));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
