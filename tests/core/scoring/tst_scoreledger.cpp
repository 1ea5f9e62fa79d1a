// The score ledger: the engine's own replay with a recording sink. Its running
// totals must equal the engine's score at any date, and its entries must name
// the rule, cap, trigger, decay step or stage behind each change.

#include "ScoringFixture.h"
#include "scoring/ScoreLedger.h"
#include "scoring/ScoringEngine.h"

#include <QFile>
#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

class ScoreLedgerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconcilesWithTheEngine_data();
    void reconcilesWithTheEngine();
    void namesEveryChange();
    void showsTheCapCut();
};

void ScoreLedgerTest::reconcilesWithTheEngine_data()
{
    QTest::addColumn<QString>("events");
    QTest::newRow("worked example 1")
        << u"2025-01-01 whitepaper_download; 2025-01-10 ebook_download; 2025-02-01 roi_calculator; 2025-02-02 webinar_attended"_qs;
    QTest::newRow("decay, then activity, then decay to zero")
        << u"2025-01-01 ebook_download; 2025-01-01 webinar_attended; 2025-06-10 whitepaper_download; 2025-06-10 demo_request"_qs;
    QTest::newRow("capped product use and PQL")
        << u"2025-01-01 product_login; 2025-01-02 product_login; 2025-01-03 product_login; 2025-01-04 product_login; 2025-01-05 product_login; 2025-01-06 usage_limit_reached"_qs;
    QTest::newRow("pricing trigger and atCount")
        << u"2025-01-01 blog_read; 2025-01-05 blog_read; 2025-01-09 blog_read; 2025-01-10 pricing_page_visit; 2025-01-20 pricing_page_visit; 2025-02-01 pricing_page_visit"_qs;
}

void ScoreLedgerTest::reconcilesWithTheEngine()
{
    QFETCH(QString, events);
    const ScoringInput input = InputBuilder().lead(leadWith(QString(), at(u"2025-01-01"_qs)), events).build();
    const ScoringModel model = modelWith();
    const ScoringEngine engine(model);
    const std::int64_t end = at(u"2026-06-01"_qs);
    const ScoreLedger ledger = ScoreLedger::build(model, input, 0, end);

    // Every day of the span, and every moment the ledger recorded.
    std::vector<std::int64_t> dates;
    for (std::int64_t day = at(u"2025-01-01"_qs); day <= end; day += secondsPerDay)
        dates.push_back(day);
    for (const LedgerEntry &entry : ledger.entries())
        dates.push_back(entry.at);
    for (const std::int64_t date : dates) {
        const LeadScore score = engine.scoreLead(input, 0, date);
        const ReplayTotals totals = ledger.totalsAt(date);
        const QByteArray when = isoUtc(date).toUtf8();
        QVERIFY2(totals.info == score.info && totals.intent == score.intent && totals.product == score.product
                     && totals.decay == score.decay && totals.engagement() == score.engagement,
                 when.constData());
    }
    const LeadScore atEnd = engine.scoreLead(input, 0, end);
    QCOMPARE(ledger.score().engagement, atEnd.engagement);
    QCOMPARE(ledger.score().mqlAt, atEnd.mqlAt);
    QCOMPARE(ledger.score().iqlAt, atEnd.iqlAt);
}

void ScoreLedgerTest::namesEveryChange()
{
    // Worked example 3 to Jul 1: two rules, IQL, then three decay steps.
    const ScoringInput input =
        InputBuilder().lead(u"2025-01-01 ebook_download; 2025-01-01 webinar_attended"_qs).build();
    const ScoreLedger ledger = ScoreLedger::build(modelWith(), input, 0, at(u"2025-07-01"_qs));
    QStringList lines;
    for (const LedgerEntry &entry : ledger.entries())
        lines << u"%1 %2 %3 -> %4"_qs.arg(isoDate(entry.at), entry.source)
                     .arg(entry.points)
                     .arg(entry.totals.engagement());
    const QStringList expected = {u"2025-01-01 ebook_download 15 -> 15"_qs,
                                  u"2025-01-01 webinar_attended 15 -> 30"_qs,
                                  u"2025-01-01 IQL 0 -> 30"_qs,
                                  u"2025-05-01 decay -5 -> 25"_qs,
                                  u"2025-05-31 decay -5 -> 20"_qs,
                                  u"2025-06-30 decay -5 -> 15"_qs};
    QCOMPARE(lines, expected);
    QCOMPARE(ledger.entries()[3].label, u"4 months without activity"_qs);
    QCOMPARE(ledger.score().engagement, 15);
}

void ScoreLedgerTest::showsTheCapCut()
{
    QFile file(QStringLiteral(LEADSTAGE_SCORING_DATA "/custom_rules.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ScoringInput input =
        InputBuilder().lead(u"2025-01-01 a; 2025-01-02 a; 2025-01-03 a; 2025-01-04 a"_qs).build();
    const ScoreLedger ledger = ScoreLedger::build(modelWith(file.readAll()), input, 0, at(u"2025-01-05"_qs));
    QCOMPARE(ledger.entries().size(), std::size_t(3)); // the fourth match pays nothing: no change
    const LedgerEntry &cut = ledger.entries()[2];
    QCOMPARE(cut.cause, ReplayCause::Cap);
    QCOMPARE(cut.points, 6);
    QCOMPARE(cut.uncutPoints, 7);
    QCOMPARE(cut.totals.info, 20);
    QVERIFY(cut.label.contains(u"cap of 20"_qs));
}

QTEST_GUILESS_MAIN(ScoreLedgerTest)
#include "tst_scoreledger.moc"
