// lead_state.event_months (schema version 11): which events of an IQL lead it keeps,
// and its bytes, worked out by hand.

#include "MetricsFixture.h"
#include "metrics/EventMonths.h"
#include "metrics/Period.h"

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// "2025-01+777600 2025-03+0": each mark's month and seconds into it.
QString marksText(const std::vector<MonthMark> &marks)
{
    QStringList texts;
    for (const MonthMark &mark : marks) {
        const std::int64_t start = Period::monthStart(mark.month);
        texts << QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(u"yyyy-MM"_qs) + u'+'
                     + QString::number(mark.secondsIntoMonth);
    }
    return texts.join(u' ');
}

std::vector<std::int64_t> timesOf(const QString &text)
{
    std::vector<std::int64_t> times;
    for (const QString &one : text.split(u' ', Qt::SkipEmptyParts))
        times.push_back(time(one));
    return times;
}

} // namespace

class EventMonthsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheFirstEventOfEachMonthInTheWindow_data();
    void keepsTheFirstEventOfEachMonthInTheWindow();
    void bytesAreLittleEndianPairs();
    void damagedBytesAreRefused_data();
    void damagedBytesAreRefused();
};

void EventMonthsTest::keepsTheFirstEventOfEachMonthInTheWindow_data()
{
    QTest::addColumn<QString>("times");
    QTest::addColumn<QString>("iqlAt");
    QTest::addColumn<QString>("mqlAt"); // empty: not reached
    QTest::addColumn<QString>("marks");
    // The analysis date of every row: 2025-06-30T23:59:59Z.
    // 2025-01-10 is 9 days (777 600 s) into January; 2025-02-03T01:00 is 2 days and an hour (176 400 s).
    QTest::newRow("one a month, the first of two kept")
        << u"2025-01-10 2025-01-20 2025-02-03T01:00:00Z"_qs << u"2025-01-15"_qs << QString()
        << u"2025-01+777600 2025-02+176400"_qs;
    // iql_at − 31 days: 2024-12-15 is inside, 2024-12-14T23:59:59Z is not.
    QTest::newRow("31 days before IQL, not one second more")
        << u"2024-12-14T23:59:59Z 2024-12-15"_qs << u"2025-01-15"_qs << QString() << u"2024-12+1209600"_qs;
    // mql_at + 31 days is outside: 2025-04-01 + 31 days = 2025-05-02.
    QTest::newRow("less than 31 days after MQL")
        << u"2025-05-01T23:59:59Z 2025-05-02"_qs << u"2025-01-15"_qs << u"2025-04-01"_qs << u"2025-05+86399"_qs;
    QTest::newRow("nothing after the analysis date")
        << u"2025-06-30T23:59:59Z 2025-07-01"_qs << u"2025-01-15"_qs << QString() << u"2025-06+2591999"_qs;
    QTest::newRow("no events in the window: no marks")
        << u"2023-01-01"_qs << u"2025-01-15"_qs << QString() << QString();
}

void EventMonthsTest::keepsTheFirstEventOfEachMonthInTheWindow()
{
    QFETCH(QString, times);
    QFETCH(QString, iqlAt);
    QFETCH(QString, mqlAt);
    QFETCH(QString, marks);
    const std::vector<std::int64_t> events = timesOf(times);
    std::vector<std::byte> bytes;
    EventMonths::encode(events, time(u"2025-06-30T23:59:59Z"_qs), time(iqlAt), mqlAt.isEmpty() ? noTime : time(mqlAt),
                        bytes);
    std::vector<MonthMark> read;
    QVERIFY(EventMonths::decode(bytes, read));
    QCOMPARE(marksText(read), marks);
    QCOMPARE(bytes.size(), read.size() * 8);
}

// Month 1, 16 seconds; month 258 (0x102), 65 536 seconds (0x10000).
void EventMonthsTest::bytesAreLittleEndianPairs()
{
    const std::vector<std::byte> bytes = {std::byte(1),  std::byte(0), std::byte(0), std::byte(0),
                                          std::byte(16), std::byte(0), std::byte(0), std::byte(0),
                                          std::byte(2),  std::byte(1), std::byte(0), std::byte(0),
                                          std::byte(0),  std::byte(0), std::byte(1), std::byte(0)};
    std::vector<MonthMark> marks;
    QVERIFY(EventMonths::decode(bytes, marks));
    QCOMPARE(marks.size(), std::size_t(2));
    QCOMPARE(marks[0], (MonthMark{1, 16}));
    QCOMPARE(marks[1], (MonthMark{258, 65536}));
    // And encode writes the same bytes for those months' first events.
    const std::vector<std::int64_t> times = {Period::monthStart(1) + 16, Period::monthStart(1) + 17,
                                             Period::monthStart(258) + 65536};
    std::vector<std::byte> written;
    EventMonths::encode(times, Period::monthStart(300), Period::monthStart(1), noTime, written);
    QVERIFY(written == bytes);
}

void EventMonthsTest::damagedBytesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not whole pairs") << QByteArray::fromHex("01000000100000");
    QTest::newRow("months not rising") << QByteArray::fromHex("02000000000000000100000000000000");
    QTest::newRow("the same month twice") << QByteArray::fromHex("01000000000000000100000005000000");
    QTest::newRow("negative seconds") << QByteArray::fromHex("01000000ffffffff");
}

void EventMonthsTest::damagedBytesAreRefused()
{
    QFETCH(QByteArray, bytes);
    std::vector<MonthMark> marks{{1, 1}};
    QVERIFY(!EventMonths::decode(std::as_bytes(std::span(bytes.constData(), std::size_t(bytes.size()))), marks));
    QVERIFY(marks.empty());
}

QTEST_GUILESS_MAIN(EventMonthsTest)
#include "tst_eventmonths.moc"
