// The building blocks: calendar periods in UTC, type-7 quantiles, reference bands.

#include "MetricsFixture.h"
#include "common/TimeFormat.h"
#include "metrics/Quantiles.h"
#include "metrics/ReferenceBands.h"

using namespace LeadStage;
using namespace LeadStage::Testing;

class PeriodTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periods_data();
    void periods();
    void monthsAtTheTableEdges_data();
    void monthsAtTheTableEdges();
    void everyDayAgreesWithTheCalendar();
    void quantiles_data();
    void quantiles();
    void bands_data();
    void bands();
};

void PeriodTest::periods_data()
{
    QTest::addColumn<QString>("moment");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::newRow("month") << u"2025-03-14T09:30:00Z"_qs << int(Bucket::Month) << u"2025-03"_qs << u"2025-03-01"_qs
                           << u"2025-04-01"_qs;
    QTest::newRow("last second of a month")
        << u"2025-01-31T23:59:59Z"_qs << int(Bucket::Month) << u"2025-01"_qs << u"2025-01-01"_qs << u"2025-02-01"_qs;
    QTest::newRow("December into the next year")
        << u"2024-12-31T12:00:00Z"_qs << int(Bucket::Month) << u"2024-12"_qs << u"2024-12-01"_qs << u"2025-01-01"_qs;
    QTest::newRow("leap February") << u"2024-02-29T00:00:00Z"_qs << int(Bucket::Month) << u"2024-02"_qs
                                   << u"2024-02-01"_qs << u"2024-03-01"_qs;
    QTest::newRow("first quarter") << u"2025-02-10T00:00:00Z"_qs << int(Bucket::Quarter) << u"2025-Q1"_qs
                                   << u"2025-01-01"_qs << u"2025-04-01"_qs;
    QTest::newRow("fourth quarter") << u"2025-12-31T23:59:59Z"_qs << int(Bucket::Quarter) << u"2025-Q4"_qs
                                    << u"2025-10-01"_qs << u"2026-01-01"_qs;
    QTest::newRow("before the epoch") << u"1969-12-31T23:59:59Z"_qs << int(Bucket::Quarter) << u"1969-Q4"_qs
                                      << u"1969-10-01"_qs << u"1970-01-01"_qs;
}

void PeriodTest::periods()
{
    QFETCH(QString, moment);
    QFETCH(int, bucket);
    QFETCH(QString, label);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const Period period = Period::containing(time(moment), Bucket(bucket));
    QCOMPARE(period.label(), label);
    QCOMPARE(period.start(), time(start));
    QCOMPARE(period.end(), time(end));
    QCOMPARE(period.next().start(), time(end));
    QCOMPARE(Period::ofMonth(Period::monthIndex(time(moment)), Bucket(bucket)), period);
}

// Months of 1900-2199 are looked up in a table, the rest worked out: both sides of each
// edge give the calendar's answer.
void PeriodTest::monthsAtTheTableEdges_data()
{
    QTest::addColumn<QString>("moment");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("start");
    QTest::newRow("before the table") << u"1899-12-31T23:59:59Z"_qs << 1899 << 12 << u"1899-12-01"_qs;
    QTest::newRow("its first second") << u"1900-01-01T00:00:00Z"_qs << 1900 << 1 << u"1900-01-01"_qs;
    QTest::newRow("the epoch's last second before") << u"1969-12-31T23:59:59Z"_qs << 1969 << 12 << u"1969-12-01"_qs;
    QTest::newRow("the epoch") << u"1970-01-01T00:00:00Z"_qs << 1970 << 1 << u"1970-01-01"_qs;
    QTest::newRow("a leap day") << u"2000-02-29T12:00:00Z"_qs << 2000 << 2 << u"2000-02-01"_qs;
    QTest::newRow("its last second") << u"2199-12-31T23:59:59Z"_qs << 2199 << 12 << u"2199-12-01"_qs;
    QTest::newRow("after the table") << u"2200-01-01T00:00:00Z"_qs << 2200 << 1 << u"2200-01-01"_qs;
    QTest::newRow("far before") << u"1000-06-15T00:00:00Z"_qs << 1000 << 6 << u"1000-06-01"_qs;
    QTest::newRow("far after") << u"3000-03-01T00:00:00Z"_qs << 3000 << 3 << u"3000-03-01"_qs;
}

void PeriodTest::monthsAtTheTableEdges()
{
    QFETCH(QString, moment);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, start);
    // Qt's own calendar: the fixture's time() reads only the dates an import takes.
    const std::int64_t at = QDateTime::fromString(moment, Qt::ISODate).toSecsSinceEpoch();
    const std::int32_t index = Period::monthIndex(at);
    QCOMPARE(index, year * 12 + month - 1);
    QCOMPARE(Period::monthStart(index),
             QDateTime(QDate::fromString(start, Qt::ISODate), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(Period::monthStart(index + 1) > at);
}

// The first and last second of every day from 1899-12 to 2200-01, and the first of every
// month, against the calendar's own arithmetic.
void PeriodTest::everyDayAgreesWithTheCalendar()
{
    const std::int64_t firstDay = daysFromCivil(1899, 12, 1), lastDay = daysFromCivil(2200, 2, 1);
    for (std::int64_t day = firstDay; day < lastDay; ++day) {
        int year = 0, month = 0, dayOfMonth = 0;
        civilFromDays(day, year, month, dayOfMonth);
        const std::int32_t expected = year * 12 + month - 1;
        for (const std::int64_t time : {day * 86400, day * 86400 + 86399})
            if (Period::monthIndex(time) != expected)
                QFAIL(qPrintable(
                    u"day %1: month %2, expected %3"_qs.arg(day).arg(Period::monthIndex(time)).arg(expected)));
    }
    for (std::int32_t index = 1899 * 12; index <= 2201 * 12; ++index) {
        const int year = index / 12, month = index % 12 + 1;
        QCOMPARE(Period::monthStart(index), daysFromCivil(year, month, 1) * 86400);
    }
}

void PeriodTest::quantiles_data()
{
    QTest::addColumn<std::vector<std::int64_t>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // Type 7: h = (n − 1) p, interpolate between ranks ⌊h⌋ and ⌊h⌋ + 1 (0-based).
    QTest::newRow("single value") << ids({7}) << 0.25 << 7.0;
    QTest::newRow("odd count median") << ids({9, 1, 5}) << 0.5 << 5.0;
    QTest::newRow("even count median is the mean of the middle") << ids({4, 1, 3, 2}) << 0.5 << 2.5;
    QTest::newRow("lower quartile interpolated") << ids({10, 20, 30, 40}) << 0.25 << 17.5; // h = 0.75
    QTest::newRow("upper quartile interpolated") << ids({10, 20, 30, 40}) << 0.75 << 32.5; // h = 2.25
    QTest::newRow("ties") << ids({5, 5, 5, 1}) << 0.25 << 4.0;                             // h = 0.75 between 1 and 5
    QTest::newRow("minimum") << ids({3, 2, 1}) << 0.0 << 1.0;
    QTest::newRow("maximum") << ids({3, 2, 1}) << 1.0 << 3.0;
}

void PeriodTest::quantiles()
{
    QFETCH(std::vector<std::int64_t>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(*Quantiles::of(values, p), expected);
    std::vector<std::int64_t> none;
    QVERIFY(!Quantiles::of(none, p));
    QCOMPARE(Quantiles::days(none).count, 0);
}

void PeriodTest::bands_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("position");
    QTest::newRow("IQLs below") << int(IqlMetric::Generation) << 299.0 << int(BandPosition::Below);
    QTest::newRow("IQLs at the low bound") << int(IqlMetric::Generation) << 300.0 << int(BandPosition::Within);
    QTest::newRow("IQLs above") << int(IqlMetric::Generation) << 501.0 << int(BandPosition::Above);
    QTest::newRow("conversion 15 %") << int(IqlMetric::Conversion) << 0.15 << int(BandPosition::Within);
    QTest::newRow("conversion 26 %") << int(IqlMetric::Conversion) << 0.26 << int(BandPosition::Above);
    QTest::newRow("time to MQL 180 days") << int(IqlMetric::TimeToMql) << 180.0 << int(BandPosition::Within);
    QTest::newRow("time to MQL 60 days") << int(IqlMetric::TimeToMql) << 60.0 << int(BandPosition::Below);
    QTest::newRow("engagement 34 %") << int(IqlMetric::Engagement) << 0.34 << int(BandPosition::Below);
    QTest::newRow("engagement 50 %") << int(IqlMetric::Engagement) << 0.50 << int(BandPosition::Within);
}

void PeriodTest::bands()
{
    QFETCH(int, metric);
    QFETCH(double, value);
    QFETCH(int, position);
    QCOMPARE(int(ReferenceBands::position(IqlMetric(metric), value)), position);
    QCOMPARE(ReferenceBands::of(IqlMetric(metric)).metric, IqlMetric(metric));
    QVERIFY(!ReferenceBands::position(IqlMetric(metric), std::optional<double>()));
}

QTEST_GUILESS_MAIN(PeriodTest)
#include "tst_period.moc"
