// The replay at the extremes a model may ask for (docs/scoring.md, "Limits"): the most
// points on the most rules over many events, the most negative, caps and thresholds at
// their bounds, fit rules summing past 100 and past int32, and triggers with counts of
// 10^8 and 2^30, which must take time and memory by the events, not by the count.
// Every expected number is worked out in the row's comment.

#include "ScoringFixture.h"
#include "scoring/ScoringEngine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

constexpr std::int64_t start = 1735689600; // 2025-01-01
constexpr std::int64_t minute = 60;

// `copies` rules on activity "a", each paying `points` (and capped when `cap` > 0).
QByteArray rulesPatch(int copies, int points, int cap = 0, const QByteArray &more = {})
{
    QJsonArray rules;
    for (int i = 0; i < copies; ++i) {
        QJsonObject rule{{u"id"_qs, u"r%1"_qs.arg(i)},
                         {u"track"_qs, u"info"_qs},
                         {u"activity"_qs, u"a"_qs},
                         {u"points"_qs, points},
                         {u"pays"_qs, u"each"_qs}};
        if (cap > 0)
            rule.insert(u"cap"_qs, cap);
        rules.append(rule);
    }
    QByteArray patch = "{\"rules\": " + QJsonDocument(rules).toJson(QJsonDocument::Compact) + ", \"triggers\": []";
    return patch + more + "}";
}

// One lead with `count` events of `activity`, a minute apart from 2025-01-01.
ScoringInput leadWithEvents(int count, const QString &activity = u"a"_qs, const LeadRecord &record = LeadRecord())
{
    ScoringInput input;
    input.leads.append(record);
    input.events.beginLead();
    const std::uint16_t index = input.events.activityIndex(activity);
    for (int i = 0; i < count; ++i)
        input.events.add(start + i * minute, index, 0);
    return input;
}

std::int64_t lastEvent(int count)
{
    return start + std::int64_t(count - 1) * minute;
}

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class ScoringExtremesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsDoNotOverflow_data();
    void sumsDoNotOverflow();
    void thresholdsAtTheirLimit();
    void fitRulesSumPast100AndPastInt32_data();
    void fitRulesSumPast100AndPastInt32();
    void hugeTriggerCountsCostNothing_data();
    void hugeTriggerCountsCostNothing();
    void triggerWindowsAgreeWithCounting();
    void aCancelStopsALongCompile();
};

void ScoringExtremesTest::sumsDoNotOverflow_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<int>("events");
    QTest::addColumn<qint64>("asOfAfterLast"); // seconds after the last event
    QTest::addColumn<qint64>("info");
    QTest::addColumn<qint64>("decay");
    QTest::addColumn<qint64>("engagement");

    // 1000 rules × 100 000 points × 50 000 events = 5 000 000 000 000.
    QTest::newRow("1000 rules of the most points, 50 000 events")
        << rulesPatch(1000, 100000) << 50000 << qint64(0) << qint64(5000000000000) << qint64(0)
        << qint64(5000000000000);
    // 100 000 × 30 000 = 3 000 000 000: past int32 (2 147 483 647) on one rule.
    QTest::newRow("one rule past int32") << rulesPatch(1, 100000) << 30000 << qint64(0) << qint64(3000000000)
                                         << qint64(0) << qint64(3000000000);
    // −100 000 × 1000 × 50 000 = −5 000 000 000 000; engagement never below 0.
    QTest::newRow("1000 rules of the most negative points, 50 000 events")
        << rulesPatch(1000, -100000) << 50000 << qint64(0) << qint64(-5000000000000) << qint64(0) << qint64(0);
    // Each rule pays 100 000 for 10 000 events = 10^9, its cap, then nothing: 1000 × 10^9 = 10^12.
    QTest::newRow("1000 rules reach a cap of 10^9") << rulesPatch(1000, 100000, 1000000000) << 10001 << qint64(0)
                                                    << qint64(1000000000000) << qint64(0) << qint64(1000000000000);
    // 10 000 × 99 999 = 999 990 000; the 10 001st payment is cut to 10 000: exactly 10^9.
    QTest::newRow("the payment that reaches a cap of 10^9 is cut")
        << rulesPatch(1, 99999, 1000000000) << 10002 << qint64(0) << qint64(1000000000) << qint64(0)
        << qint64(1000000000);
    // −100 000 × 10 000 = −10^9, the cap in absolute value.
    QTest::newRow("a negative rule reaches a cap of 10^9")
        << rulesPatch(1, -100000, 1000000000) << 10001 << qint64(0) << qint64(-1000000000) << qint64(0) << qint64(0);
    // 3 000 000 000, then 10 decay steps of 100 000 (grace 0: steps 30, 60 … 300 days
    // after the last event): 2 999 000 000.
    QTest::newRow("decay of the most points a month on 3 × 10^9")
        << rulesPatch(1, 100000, 0, ", \"decay\": {\"graceMonths\": 0, \"pointsPerMonth\": 100000}") << 30000
        << qint64(300 * 86400) << qint64(3000000000) << qint64(1000000) << qint64(2999000000);
}

void ScoringExtremesTest::sumsDoNotOverflow()
{
    QFETCH(QByteArray, patch);
    QFETCH(int, events);
    QFETCH(qint64, asOfAfterLast);
    const ScoringModel model = modelWith(patch); // through the reader: within its limits
    const ScoringInput input = leadWithEvents(events);
    const LeadScore score = ScoringEngine(model).scoreLead(input, 0, lastEvent(events) + asOfAfterLast);
    QTEST(qint64(score.info), "info");
    QTEST(qint64(score.decay), "decay");
    QTEST(qint64(score.engagement), "engagement");
    QCOMPARE(qint64(score.intent), qint64(0));
}

void ScoringExtremesTest::thresholdsAtTheirLimit()
{
    // IQL and MQL at 10^9: 100 000 points an event reach it at the 10 000th event.
    const ScoringModel model = modelWith(rulesPatch(1, 100000, 0,
                                                    ", \"thresholds\": {\"iql\": 1000000000, \"mql\": 1000000000, "
                                                    "\"mqlRequiresIntent\": false, \"pql\": 1000000000}"));
    const ScoringInput input = leadWithEvents(12000);
    const LeadScore score = ScoringEngine(model).scoreLead(input, 0, lastEvent(12000));
    QCOMPARE(score.iqlAt, lastEvent(10000));
    QCOMPARE(score.mqlAt, lastEvent(10000));
    QCOMPARE(qint64(score.engagement), qint64(1200000000));
}

void ScoringExtremesTest::fitRulesSumPast100AndPastInt32_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("rules");
    QTest::addColumn<int>("fit");
    QTest::addColumn<QString>("grade");
    QTest::newRow("2 × 60 = 120: 100") << 60 << 2 << 100 << u"A"_qs;
    QTest::newRow("200 × 100 000 = 2 × 10^7: 100") << 100000 << 200 << 100 << u"A"_qs;
    QTest::newRow("200 × −100 000: 0") << -100000 << 200 << 0 << u"D"_qs;
    // Beyond what the reader accepts, the engine still sums without overflow:
    // 3 × 2^30 = 3 221 225 472 is past int32 (in 32 bits it wrapped to −1 073 741 824: D).
    QTest::newRow("3 × 2^30, past int32: 100") << (1 << 30) << 3 << 100 << u"A"_qs;
    QTest::newRow("3 × −2^30, past int32: 0") << -(1 << 30) << 3 << 0 << u"D"_qs;
}

void ScoringExtremesTest::fitRulesSumPast100AndPastInt32()
{
    QFETCH(int, points);
    QFETCH(int, rules);
    ScoringModel model = modelWith();
    model.fit.rules.clear();
    for (int i = 0; i < rules; ++i)
        model.fit.rules.push_back(
            FitRule{QString(), FieldCondition{u"industry"_qs, FieldOp::Equal, u"Software"_qs}, points});
    const ScoringInput input = leadWithEvents(0, u"a"_qs, leadWith(u"industry=Software"_qs));
    const LeadScore score = ScoringEngine(model).scoreLead(input, 0, start);
    QTEST(int(score.fit), "fit");
    QTEST(gradeName(score.grade), "grade");
}

void ScoringExtremesTest::hugeTriggerCountsCostNothing_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("withinDays"); // 0: none
    QTest::addColumn<int>("leads");
    QTest::addColumn<int>("events"); // a lead
    QTest::newRow("count 10^8, 200 leads") << 100000000 << 0 << 200 << 3;
    QTest::newRow("count 10^8 within 30 days, 200 leads") << 100000000 << 30 << 200 << 3;
    QTest::newRow("count 2^30, 100 000 matches") << (1 << 30) << 0 << 1 << 100000;
    QTest::newRow("count 2^30 within 36 500 days, 100 000 matches") << (1 << 30) << 36500 << 1 << 100000;
}

void ScoringExtremesTest::hugeTriggerCountsCostNothing()
{
    QFETCH(int, count);
    QFETCH(int, withinDays);
    QFETCH(int, leads);
    QFETCH(int, events);
    // Built directly: 2^30 is beyond the reader's limit, and the engine must not care.
    ScoringModel model = modelWith();
    model.triggers = {ScoringTrigger{u"many"_qs, u"many"_qs, u"pricing_page_visit"_qs, QString(), count,
                                     withinDays > 0 ? std::optional<int>(withinDays) : std::nullopt}};
    ScoringInput input;
    const std::uint16_t activity = input.events.activityIndex(u"pricing_page_visit"_qs);
    for (int lead = 0; lead < leads; ++lead) {
        LeadRecord record;
        record.id = lead + 1;
        input.leads.append(record);
        input.events.beginLead();
        for (int i = 0; i < events; ++i)
            input.events.add(start + i * minute, activity, 0);
    }
    const long peakBefore = peakKilobytes();
    QElapsedTimer clock;
    clock.start();
    auto scores = ScoringEngine(model).score(input, lastEvent(events));
    QVERIFY(scores);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(u"took %1 ms"_qs.arg(clock.elapsed())));
    // A slot per count was 8 bytes × count a thread: 800 MB for 10^8, 8 GB for 2^30.
    QVERIFY2(peakKilobytes() - peakBefore < 64 * 1024,
             qPrintable(u"peak memory grew by %1 kB"_qs.arg(peakKilobytes() - peakBefore)));
    for (const LeadScore &score : *scores)
        QCOMPARE(score.mqlAt, noTime);
}

void ScoringExtremesTest::triggerWindowsAgreeWithCounting()
{
    // Random match times against the definition: the first match that has `count`
    // matches (itself included) within `withinDays` before it.
    std::uint64_t state = 7;
    const auto next = [&state](std::uint64_t bound) {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return (z ^ (z >> 31)) % bound;
    };
    for (int round = 0; round < 2000; ++round) {
        const int count = int(next(6)) + 1, withinDays = int(next(10)) + 1;
        std::vector<std::int64_t> times;
        std::int64_t at = start;
        for (auto n = next(300); n > 0; --n)
            times.push_back(at += std::int64_t(next(4 * 86400)));
        std::int64_t expected = noTime;
        for (std::size_t k = 0; k < times.size() && expected == noTime; ++k) {
            const auto inside =
                std::count_if(times.begin(), times.begin() + std::ptrdiff_t(k) + 1,
                              [&](std::int64_t t) { return times[k] - t <= std::int64_t(withinDays) * 86400; });
            if (inside >= count)
                expected = times[k];
        }
        ScoringModel model = modelWith();
        model.triggers = {ScoringTrigger{u"t"_qs, u"t"_qs, u"pricing_page_visit"_qs, QString(), count, withinDays}};
        ScoringInput input;
        input.leads.append(LeadRecord());
        input.events.beginLead();
        const std::uint16_t activity = input.events.activityIndex(u"pricing_page_visit"_qs);
        for (const std::int64_t time : times)
            input.events.add(time, activity, 0);
        const LeadScore score = ScoringEngine(model).scoreLead(input, 0, at);
        if (score.mqlAt != expected)
            QFAIL(qPrintable(u"round %1, count %2 within %3 days: MQL at %4, expected %5"_qs.arg(round)
                                 .arg(count)
                                 .arg(withinDays)
                                 .arg(score.mqlAt)
                                 .arg(expected)));
    }
}

void ScoringExtremesTest::aCancelStopsALongCompile()
{
    // 300 patterns of about 1000 characters against 1000 distinct details of 8 KB: tens
    // of seconds of (linear) matching, which a cancel must cut short.
    ScoringModel model = modelWith();
    model.rules.clear();
    for (int i = 0; i < 300; ++i) {
        ScoringRule rule;
        rule.id = u"r%1"_qs.arg(i);
        rule.activity = u"a"_qs;
        rule.detail = u"*"_qs + QString::number(i) + QString(990, u'a') + u"b*"_qs;
        rule.points = 1;
        model.rules.push_back(rule);
    }
    ScoringInput input;
    input.leads.append(LeadRecord());
    input.events.beginLead();
    const std::uint16_t activity = input.events.activityIndex(u"a"_qs);
    for (int i = 0; i < 1000; ++i)
        input.events.add(start + i, activity, input.events.detailId(QString::number(i) + QString(8192, u'a')));
    Progress progress;
    progress.cancel();
    QElapsedTimer clock;
    clock.start();
    const auto scores = ScoringEngine(model).score(input, start + 1000, &progress);
    QVERIFY(!scores);
    QCOMPARE(scores.error().what, u"scoring was cancelled"_qs);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(u"took %1 ms"_qs.arg(clock.elapsed())));
}

QTEST_GUILESS_MAIN(ScoringExtremesTest)
#include "tst_scoringextremes.moc"
