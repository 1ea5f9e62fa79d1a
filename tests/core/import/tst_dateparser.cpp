#include "import/DateColumnDetector.h"
#include "import/DateParser.h"

#include <QTest>

using namespace LeadStage;

namespace {

constexpr std::int64_t piDay = 1741944600; // 2025-03-14T09:30:00Z

} // namespace

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void commonIso_data();
    void commonIso();
    void detectsColumn_data();
    void detectsColumn();
    void names();
};

void TestDateParser::parses_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utc");

    const int iso = int(DateFormat::Iso8601), us = int(DateFormat::MonthDayYear);
    const int eu = int(DateFormat::DayMonthYear), secs = int(DateFormat::EpochSeconds);
    const int ms = int(DateFormat::EpochMilliseconds);
    const qint64 piMidnight = piDay - 9 * 3600 - 30 * 60;
    QTest::newRow("iso with Z") << iso << u"2025-03-14T09:30:00Z"_qs << qint64(piDay);
    QTest::newRow("iso without zone is utc") << iso << u"2025-03-14T09:30:00"_qs << qint64(piDay);
    QTest::newRow("iso with space") << iso << u"2025-03-14 09:30:00"_qs << qint64(piDay);
    QTest::newRow("iso without seconds") << iso << u"2025-03-14T09:30"_qs << qint64(piDay);
    QTest::newRow("iso with +02:00") << iso << u"2025-03-14T11:30:00+02:00"_qs << qint64(piDay);
    QTest::newRow("iso with -0500") << iso << u"2025-03-14T04:30:00-0500"_qs << qint64(piDay);
    QTest::newRow("iso with +05 hours only") << iso << u"2025-03-14T14:30:00+05"_qs << qint64(piDay);
    QTest::newRow("iso with +05:45") << iso << u"2025-03-14T15:15:00+05:45"_qs << qint64(piDay);
    QTest::newRow("iso fractional seconds dropped") << iso << u"2025-03-14T09:30:00.999Z"_qs << qint64(piDay);
    QTest::newRow("iso fraction with comma and offset") << iso << u"2025-03-14T10:30:00,5+01:00"_qs << qint64(piDay);
    QTest::newRow("iso offset crossing midnight") << iso << u"2025-03-13T23:30:00-10:00"_qs << qint64(piDay);
    QTest::newRow("iso lower-case t and z") << iso << u"2025-03-14t09:30:00z"_qs << qint64(piDay);
    QTest::newRow("iso date only YYYY-MM-DD") << iso << u"2025-03-14"_qs << piMidnight;
    QTest::newRow("iso leap day") << iso << u"2024-02-29"_qs << qint64(1709164800);
    QTest::newRow("iso surrounding spaces") << iso << u"  2025-03-14  "_qs << piMidnight;
    // The common shape read without the scanner (DateParser's commonIsoShape), at its edges.
    QTest::newRow("iso common shape, space and no zone") << iso << u"2025-03-14 09:30:00"_qs << qint64(piDay);
    QTest::newRow("iso common shape, a space before") << iso << u" 2025-03-14T09:30:00"_qs << qint64(piDay);
    QTest::newRow("iso common shape, leap second day end") << iso << u"2024-12-31T23:59:59Z"_qs << qint64(1735689599);
    QTest::newRow("iso 20 characters, not the common shape") << iso << u"2025-03-14T09:30:00.5"_qs << qint64(piDay);
    QTest::newRow("us M/D/YYYY") << us << u"3/14/2025"_qs << piMidnight;
    QTest::newRow("us MM/DD/YYYY") << us << u"03/14/2025"_qs << piMidnight;
    QTest::newRow("us with 24h time") << us << u"3/14/2025 9:30"_qs << qint64(piDay);
    QTest::newRow("us with seconds") << us << u"3/14/2025 09:30:00"_qs << qint64(piDay);
    QTest::newRow("us with AM") << us << u"3/14/2025 9:30 AM"_qs << qint64(piDay);
    QTest::newRow("us with PM and comma") << us << u"3/14/2025, 9:30:00 PM"_qs << qint64(piDay + 12 * 3600);
    QTest::newRow("us 12 AM is midnight") << us << u"3/14/2025 12:00 am"_qs << piMidnight;
    QTest::newRow("us 12 PM is noon") << us << u"3/14/2025 12:00 PM"_qs << piMidnight + 12 * 3600;
    QTest::newRow("european D.M.YYYY") << eu << u"14.3.2025"_qs << piMidnight;
    QTest::newRow("european DD.MM.YYYY with time") << eu << u"14.03.2025 09:30"_qs << qint64(piDay);
    QTest::newRow("european D/M/YYYY") << eu << u"14/3/2025"_qs << piMidnight;
    QTest::newRow("european with seconds") << eu << u"14/03/2025 09:30:00"_qs << qint64(piDay);
    QTest::newRow("epoch seconds") << secs << u"1741944600"_qs << qint64(piDay);
    QTest::newRow("epoch milliseconds") << ms << u"1741944600123"_qs << qint64(piDay);
    QTest::newRow("epoch milliseconds round down") << ms << u"1741944600999"_qs << qint64(piDay);
}

void TestDateParser::parses()
{
    QFETCH(int, format);
    QFETCH(QString, text);
    const Result<std::int64_t> parsed = DateParser(DateFormat(format)).parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().what));
    QTEST(qint64(parsed.value()), "utc");
    // The import's shortcut reads the common shape to the same second, and nothing else.
    if (const auto common = DateParser::commonIso(text))
        QCOMPARE(*common, parsed.value());
}

void TestDateParser::commonIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("taken");
    QTest::newRow("with Z") << u"2025-03-14T09:30:00Z"_qs << true;
    QTest::newRow("lower-case t and z") << u"2025-03-14t09:30:00z"_qs << true;
    QTest::newRow("space, no zone") << u"2025-03-14 09:30:00"_qs << true;
    QTest::newRow("first second of 1900") << u"1900-01-01T00:00:00Z"_qs << true;
    QTest::newRow("last second of 2200") << u"2200-12-31T23:59:59Z"_qs << true;
    QTest::newRow("leap day") << u"2024-02-29T12:00:00Z"_qs << true;
    QTest::newRow("a space before: the parser's") << u" 2025-03-14T09:30:00"_qs << false;
    QTest::newRow("an offset: the parser's") << u"2025-03-14T11:30:00+02:00"_qs << false;
    QTest::newRow("a fraction: the parser's") << u"2025-03-14T09:30:00.5"_qs << false;
    QTest::newRow("date only: the parser's") << u"2025-03-14"_qs << false;
    QTest::newRow("1899") << u"1899-12-31T23:59:59Z"_qs << false;
    QTest::newRow("2201") << u"2201-01-01T00:00:00Z"_qs << false;
    QTest::newRow("february 29 of 2100") << u"2100-02-29T00:00:00Z"_qs << false;
    QTest::newRow("april 31") << u"2025-04-31T00:00:00Z"_qs << false;
    QTest::newRow("day 00") << u"2025-04-00T00:00:00Z"_qs << false;
    QTest::newRow("hour 24") << u"2025-03-14T24:00:00Z"_qs << false;
    QTest::newRow("minute 60") << u"2025-03-14T09:60:00Z"_qs << false;
    QTest::newRow("second 60") << u"2025-03-14T09:30:60Z"_qs << false;
    QTest::newRow("a slash for a dash") << u"2025/03-14T09:30:00Z"_qs << false;
    QTest::newRow("a colon in the year (above 9)") << u"20:5-03-14T09:30:00Z"_qs << false;
    QTest::newRow("a slash in the month (below 0)") << u"2025-/3-14T09:30:00Z"_qs << false;
    QTest::newRow("a letter in the seconds") << u"2025-03-14T09:30:0xZ"_qs << false;
    QTest::newRow("another letter for the zone") << u"2025-03-14T09:30:00Q"_qs << false;
}

// Whatever the shortcut takes, the parser reads to the same second; whatever it leaves,
// the parser is asked (and says what is wrong, or reads another shape).
void TestDateParser::commonIso()
{
    QFETCH(QString, text);
    QFETCH(bool, taken);
    const auto common = DateParser::commonIso(text);
    QCOMPARE(common.has_value(), taken);
    const Result<std::int64_t> parsed = DateParser::parse(text, DateFormat::Iso8601);
    if (common) {
        QVERIFY(parsed.ok());
        QCOMPARE(*common, parsed.value());
    }
}

void TestDateParser::rejects_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const int iso = int(DateFormat::Iso8601), us = int(DateFormat::MonthDayYear);
    const int eu = int(DateFormat::DayMonthYear), secs = int(DateFormat::EpochSeconds);
    const int ms = int(DateFormat::EpochMilliseconds);
    QTest::newRow("february 30") << iso << u"2025-02-30"_qs << u"February 2025 has no day 30"_qs;
    QTest::newRow("february 29 outside a leap year") << eu << u"29.02.2023"_qs << u"February 2023 has no day 29"_qs;
    QTest::newRow("april 31") << us << u"4/31/2025"_qs << u"April 2025 has no day 31"_qs;
    QTest::newRow("month 13") << iso << u"2025-13-01"_qs << u"month 13 does not exist"_qs;
    QTest::newRow("month 13 in a US date") << us << u"13/01/2025"_qs << u"month 13 does not exist"_qs;
    QTest::newRow("day 0") << eu << u"0.3.2025"_qs << u"has no day 0"_qs;
    QTest::newRow("hour 24") << iso << u"2025-03-14T24:00:00Z"_qs << u"hour 24 does not exist"_qs;
    QTest::newRow("second 60, common shape") << iso << u"2025-03-14T09:30:60Z"_qs << u"second 60 does not exist"_qs;
    QTest::newRow("month 00, common shape") << iso << u"2025-00-14T09:30:00"_qs << u"month 0 does not exist"_qs;
    QTest::newRow("february 29 outside a leap year, common shape")
        << iso << u"2023-02-29T00:00:00Z"_qs << u"February 2023 has no day 29"_qs;
    QTest::newRow("a letter in the minutes, common length") << iso << u"2025-03-14T09:3x:00Z"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("another letter for the zone, common length")
        << iso << u"2025-03-14T09:30:00Q"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("minute 60") << eu << u"14.03.2025 09:60"_qs << u"minute 60 does not exist"_qs;
    QTest::newRow("13 PM") << us << u"3/14/2025 13:00 PM"_qs << u"M/D/YYYY"_qs;
    QTest::newRow("zone offset hour 24") << iso << u"2025-03-14T09:30:00+24:00"_qs << u"zone offset"_qs;
    QTest::newRow("zone with a colon and no minutes") << iso << u"2025-03-14T09:30:00+05:"_qs << u"zone offset"_qs;
    QTest::newRow("placeholder year") << iso << u"0001-01-01"_qs << u"year 1 is outside"_qs;
    QTest::newRow("two-digit year") << eu << u"14.03.25"_qs << u"D.M.YYYY"_qs;
    QTest::newRow("mixed separators") << eu << u"14.03/2025"_qs << u"D.M.YYYY"_qs;
    QTest::newRow("dots in a US date") << us << u"3.14.2025"_qs << u"M/D/YYYY"_qs;
    QTest::newRow("iso with single-digit month") << iso << u"2025-3-14"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("iso with trailing text") << iso << u"2025-03-14T09:30:00Z tomorrow"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("iso date with a US date") << iso << u"3/14/2025"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("epoch with a fraction") << secs << u"1741944600.5"_qs << u"seconds since"_qs;
    QTest::newRow("epoch beyond 2200") << secs << u"99999999999"_qs << u"outside the years"_qs;
    QTest::newRow("a 0/1 flag read as epoch seconds") << secs << u"0"_qs << u"0 is not a plausible date"_qs;
    QTest::newRow("a flag of 1 read as epoch seconds") << secs << u"1"_qs << u"1970-01-01T00:00:01Z"_qs;
    QTest::newRow("a count read as epoch milliseconds") << ms << u"42"_qs << u"not a plausible date"_qs;
    QTest::newRow("epoch seconds before 1970") << secs << u"-86400"_qs << u"not a plausible date"_qs;
    QTest::newRow("epoch seconds in 2100") << secs << u"4102444800"_qs << u"after 2099"_qs;
    QTest::newRow("epoch milliseconds not a number") << ms << u"soon"_qs << u"milliseconds since"_qs;
    QTest::newRow("empty") << iso << QString() << u"YYYY-MM-DD"_qs;
}

void TestDateParser::rejects()
{
    QFETCH(int, format);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Result<std::int64_t> parsed = DateParser::parse(text, DateFormat(format));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().what.contains(reason), qPrintable(parsed.error().what));
    QVERIFY(!DateParser::commonIso(text));
}

void TestDateParser::detectsColumn_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("formats");
    QTest::addColumn<bool>("ambiguous");

    QTest::newRow("iso mixed date and date-time")
        << QStringList{u"2025-03-14"_qs, u"2025-03-15T10:00:00Z"_qs, QString()} << QStringList{u"iso"_qs} << false;
    QTest::newRow("every day <= 12 fits M/D and D/M: ambiguous")
        << QStringList{u"3/4/2025"_qs, u"12/1/2025"_qs, u"5/6/2024 10:00"_qs} << QStringList{u"mdy"_qs, u"dmy"_qs}
        << true;
    QTest::newRow("one day > 12 in second place decides M/D")
        << QStringList{u"3/4/2025"_qs, u"3/14/2025"_qs, u"5/6/2024"_qs} << QStringList{u"mdy"_qs} << false;
    QTest::newRow("one day > 12 in first place decides D/M")
        << QStringList{u"3/4/2025"_qs, u"5/6/2024"_qs, u"31/12/2024"_qs} << QStringList{u"dmy"_qs} << false;
    QTest::newRow("dots are european") << QStringList{u"3.4.2025"_qs, u"5.6.2024"_qs} << QStringList{u"dmy"_qs}
                                       << false;
    QTest::newRow("epoch seconds") << QStringList{u"1741944600"_qs, u"1700000000"_qs} << QStringList{u"epoch"_qs}
                                   << false;
    QTest::newRow("epoch milliseconds") << QStringList{u"1741944600123"_qs, u"1700000000000"_qs}
                                        << QStringList{u"epoch-ms"_qs} << false;
    QTest::newRow("numbers that are no plausible moment")
        << QStringList{u"20250314"_qs, u"42"_qs} << QStringList{} << false;
    QTest::newRow("an invalid date fits nothing")
        << QStringList{u"2/30/2025"_qs, u"3/4/2025"_qs} << QStringList{} << false;
    QTest::newRow("mixed formats fit nothing")
        << QStringList{u"2025-03-14"_qs, u"3/14/2025"_qs} << QStringList{} << false;
    QTest::newRow("a format that missed once stays out")
        << QStringList{u"3/4/2025"_qs, u"5/6/2024"_qs, u"2025-03-14"_qs, QString(), u"7/8/2024"_qs, u"9/10/2024"_qs}
        << QStringList{} << false;
    QTest::newRow("only empty values") << QStringList{QString(), u"  "_qs} << QStringList{} << false;
}

void TestDateParser::detectsColumn()
{
    QFETCH(QStringList, values);
    DateColumnDetector detector;
    for (const QString &value : values)
        detector.add(value);
    const DateColumnGuess guess = detector.guess();
    QStringList names;
    for (const DateFormat format : guess.formats)
        names.append(dateFormatName(format));
    QTEST(names, "formats");
    QTEST(guess.ambiguous(), "ambiguous");
    QCOMPARE(guess.format().has_value(), names.size() == 1);
}

void TestDateParser::names()
{
    for (const DateFormat format : allDateFormats) {
        QCOMPARE(dateFormatFromName(dateFormatName(format)), format);
        QVERIFY(!dateFormatLabel(format).isEmpty());
    }
    QVERIFY(!dateFormatFromName(u"yyyy"));
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
