#include "common/TimeFormat.h"

#include <QTest>

using namespace LeadStage;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_qs << qint64(0);
        QTest::newRow("design example") << u"2025-03-14T09:30:00Z"_qs << qint64(1741944600);
        QTest::newRow("leap day") << u"2024-02-29T23:59:59Z"_qs << qint64(1709251199);
        QTest::newRow("before the epoch") << u"1969-12-31T23:59:59Z"_qs << qint64(-1);
    }

    void roundTrips()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(isoUtc(seconds), text);
        QCOMPARE(parseIsoUtc(text).value_or(-999), seconds);
        QCOMPARE(isoDate(seconds), text.left(10));
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("February 30th") << u"2025-02-30T00:00:00Z"_qs;
        QTest::newRow("month 13") << u"2025-13-01T00:00:00Z"_qs;
        QTest::newRow("hour 24") << u"2025-01-01T24:00:00Z"_qs;
        QTest::newRow("no zone") << u"2025-01-01T00:00:00"_qs;
        QTest::newRow("letters") << u"2025-0a-01T00:00:00Z"_qs;
    }

    void refusesInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!parseIsoUtc(text).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
