#include "import/SeparatorSniffer.h"

#include <QTest>

using namespace LeadStage;

class TestSeparatorSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffs_data();
    void sniffs();
};

void TestSeparatorSniffer::sniffs_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("separator");

    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_qs << true << u","_qs;
    QTest::newRow("semicolon with decimal commas") << u"a;b\n1,5;2,5\n3,25;4\n"_qs << true << u";"_qs;
    QTest::newRow("tab") << u"a\tb\n1\t2\n"_qs << true << u"\t"_qs;
    QTest::newRow("pipe") << u"a|b\n1|2\n"_qs << true << u"|"_qs;
    QTest::newRow("semicolons only inside quotes") << u"a,b\n\"x;y;z\",2\n\"p;q\",3\n"_qs << true << u","_qs;
    QTest::newRow("commas in unquoted text of a semicolon file")
        << u"name;note\nA;yes, sure\nB;no, never, ever\n"_qs << true << u";"_qs;
    QTest::newRow("consistent counts beat a wider header") << u"a,b,c;d\n1;2\n3;4\n"_qs << true << u";"_qs;
    QTest::newRow("quoted newline does not split the vote") << u"a;b\n\"x\ny,z\";1\n"_qs << true << u";"_qs;
    QTest::newRow("header only prefers the wider split") << u"a;b;c,d\n"_qs << true << u";"_qs;
    QTest::newRow("single column falls back to comma") << u"email\nx@example.com\n"_qs << true << u","_qs;
    QTest::newRow("cut last record is ignored") << u"a|b\n1|2\n3|"_qs << false << u"|"_qs;
    QTest::newRow("empty") << QString() << true << u","_qs;
}

void TestSeparatorSniffer::sniffs()
{
    QFETCH(QString, sample);
    QFETCH(bool, complete);
    QTEST(QString(QChar(SeparatorSniffer::sniff(sample, complete))), "separator");
}

QTEST_GUILESS_MAIN(TestSeparatorSniffer)
#include "tst_separatorsniffer.moc"
