// Yes/no cells as exports write them (StageCells' parseFlag): the accepted words in
// any case and with spaces around, "lost" as yes in a column of lost deals, and the
// exact reason for anything else.

#include "import/StageCells.h"

#include <QTest>

using namespace LeadStage;

class TestFlagCell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("lostIsYes");
        QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 refused
        QTest::newRow("one") << "1" << false << 1;
        QTest::newRow("zero") << "0" << false << 0;
        QTest::newRow("TRUE upper case") << "TRUE" << false << 1;
        QTest::newRow("false") << "false" << false << 0;
        QTest::newRow("yes with spaces") << "  Yes " << false << 1;
        QTest::newRow("no") << "NO" << false << 0;
        QTest::newRow("won") << "Won" << false << 1;
        QTest::newRow("lost") << "lost" << false << 0;
        QTest::newRow("won in a lost column") << "won" << true << 0;
        QTest::newRow("lost in a lost column") << "LOST" << true << 1;
        QTest::newRow("y is not a word of the list") << "y" << false << -1;
        QTest::newRow("2 is not a flag") << "2" << false << -1;
        QTest::newRow("1.0 is not a flag") << "1.0" << false << -1;
    }

    void reads()
    {
        QFETCH(QString, text);
        QFETCH(bool, lostIsYes);
        QFETCH(int, expected);
        const Result<bool> flag = parseFlag(text, lostIsYes);
        QCOMPARE(flag.ok(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(*flag, expected == 1);
        else
            QCOMPARE(flag.error().what,
                     u"'%1' is not a yes/no value (1/0, true/false, yes/no, won/lost)"_qs.arg(text.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestFlagCell)
#include "tst_flagcell.moc"
