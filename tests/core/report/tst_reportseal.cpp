#include "report/ReportSeal.h"

#include <QTest>

using namespace LeadStage;

class TestReportSeal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSealedFileChecksIntact();
    void anyEditedByteBreaksIt_data();
    void anyEditedByteBreaksIt();
    void withoutOnePlaceholderThereIsNoSeal_data();
    void withoutOnePlaceholderThereIsNoSeal();
    void partsAreSealedTogether();
};

namespace {

QByteArray sealedReport()
{
    QByteArray bytes = "<html>IQLs 1,412 <script>{\"seal\":\"" + ReportSeal::placeholder() + "\"}</script></html>";
    if (!ReportSeal::seal(bytes))
        qFatal("the sample would not seal");
    return bytes;
}

} // namespace

void TestReportSeal::aSealedFileChecksIntact()
{
    const QByteArray bytes = sealedReport();
    QVERIFY(!bytes.contains(ReportSeal::placeholder()));
    QCOMPARE(ReportSeal::check(bytes), ReportSeal::State::Intact);
}

void TestReportSeal::anyEditedByteBreaksIt_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("a number") << QByteArray("1,412") << QByteArray("1,512");
    QTest::newRow("the seal itself") << QByteArray("SEAL:") << QByteArray("SEAL:f");
    QTest::newRow("a tag") << QByteArray("<html>") << QByteArray("<html >");
}

void TestReportSeal::anyEditedByteBreaksIt()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray bytes = sealedReport();
    bytes.replace(from, to);
    if (from == "SEAL:")
        bytes.remove(bytes.indexOf("SEAL:f") + 6, 1); // same length, one digit changed
    QCOMPARE(ReportSeal::check(bytes), ReportSeal::State::Broken);
}

void TestReportSeal::withoutOnePlaceholderThereIsNoSeal_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("none") << QByteArray("<html>no manifest</html>");
    QTest::newRow("two") << ReportSeal::placeholder() + " " + ReportSeal::placeholder();
    QTest::newRow("cut short") << ReportSeal::marker() + "0000";
}

void TestReportSeal::withoutOnePlaceholderThereIsNoSeal()
{
    QFETCH(QByteArray, bytes);
    QByteArray copy = bytes;
    QVERIFY(!ReportSeal::seal(copy));
    QCOMPARE(ReportSeal::check(bytes), ReportSeal::State::Missing);
}

void TestReportSeal::partsAreSealedTogether()
{
    std::vector<ReportPart> parts = {{u"01-stages.csv"_qs, "stage,leads\r\nMQL,412\r\n"},
                                     {u"manifest.json"_qs, "{\"seal\":\"" + ReportSeal::placeholder() + "\"}"}};
    QVERIFY(ReportSeal::seal(parts));
    QCOMPARE(ReportSeal::check(parts), ReportSeal::State::Intact);

    auto edited = parts;
    edited[0].bytes.replace("412", "413");
    QCOMPARE(ReportSeal::check(edited), ReportSeal::State::Broken);
    auto renamed = parts;
    renamed[0].name = u"01-stages-old.csv"_qs;
    QCOMPARE(ReportSeal::check(renamed), ReportSeal::State::Broken);
    auto dropped = parts;
    dropped.erase(dropped.begin());
    QCOMPARE(ReportSeal::check(dropped), ReportSeal::State::Broken);
}

QTEST_MAIN(TestReportSeal)
#include "tst_reportseal.moc"
