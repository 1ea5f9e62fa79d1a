// The replay arithmetic of DESIGN §3 with numbers worked out by hand: each row is
// one lead's events under the default model (or a patch of it) and the scores,
// decay and stage moments it must have at the analysis date.

#include "ScoringFixture.h"
#include "scoring/ScoringEngine.h"
#include "store/ActivityCatalog.h"

#include <QFile>
#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Small custom rules (a patch of the default model), to test pay modes and caps in isolation.
QByteArray customRules()
{
    QFile file(QStringLiteral(LEADSTAGE_SCORING_DATA "/custom_rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data: %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class ScoringEngineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scores_data();
    void scores();
    void icpThreshold_data();
    void icpThreshold();
    void stageHealthAndNurture_data();
    void stageHealthAndNurture();
    void threadsGiveTheSameAnswer();
    void cancelReturnsAnError();
};

void ScoringEngineTest::scores_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("attrs");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<int>("engagement");
    QTest::addColumn<int>("info");
    QTest::addColumn<int>("intent");
    QTest::addColumn<int>("product");
    QTest::addColumn<int>("decay");
    QTest::addColumn<QString>("iql");
    QTest::addColumn<QString>("mql");
    QTest::addColumn<QString>("pql");

    const QByteArray none;
    const QByteArray custom = customRules();
    // Pay modes.
    QTest::newRow("each pays every match")
        << none << u"2025-01-01 whitepaper_download; 2025-01-02 whitepaper_download; 2025-01-03 whitepaper_download"_qs
        << QString() << u"2025-01-05"_qs << 30 << 30 << 0 << 0 << 0 << u"2025-01-03"_qs << QString() << QString();
    QTest::newRow("once pays the first match only")
        << none << u"2025-01-01 blog_subscribe; 2025-01-02 blog_subscribe; 2025-01-03 blog_subscribe"_qs << QString()
        << u"2025-01-05"_qs << 5 << 5 << 0 << 0 << 0 << QString() << QString() << QString();
    QTest::newRow("atCount 3: two matches pay nothing")
        << none << u"2025-01-01 blog_read; 2025-01-02 blog_read"_qs << QString() << u"2025-01-05"_qs << 0 << 0 << 0 << 0
        << 0 << QString() << QString() << QString();
    QTest::newRow("atCount 3: pays once on the third, not after")
        << none
        << u"2025-01-01 blog_read; 2025-01-02 blog_read; 2025-01-03 blog_read; 2025-01-04 blog_read; 2025-01-05 blog_read"_qs
        << QString() << u"2025-01-06"_qs << 10 << 10 << 0 << 0 << 0 << QString() << QString() << QString();
    // Caps.
    QTest::newRow("cap 20 on 5-point logins: the fifth pays nothing")
        << none
        << u"2025-01-01 product_login; 2025-01-02 product_login; 2025-01-03 product_login; 2025-01-04 product_login; 2025-01-05 product_login"_qs
        << QString() << u"2025-01-06"_qs << 0 << 0 << 0 << 20 << 0 << QString() << QString() << QString();
    QTest::newRow("cap cuts the payment that reaches it: 7 + 7 + 6")
        << custom << u"2025-01-01 a; 2025-01-02 a; 2025-01-03 a; 2025-01-04 a"_qs << QString() << u"2025-01-06"_qs << 20
        << 20 << 0 << 0 << 0 << QString() << QString() << QString();
    // Negative points.
    QTest::newRow("negative points lower info: 10 + 10 - 15")
        << custom << u"2025-01-01 b; 2025-01-02 b; 2025-01-03 unsubscribe"_qs << QString() << u"2025-01-06"_qs << 5 << 5
        << 0 << 0 << 0 << QString() << QString() << QString();
    QTest::newRow("negative info reads as engagement 0 and absorbs later points")
        << custom << u"2025-01-01 unsubscribe; 2025-01-02 b"_qs << QString() << u"2025-01-06"_qs << 0 << -5 << 0 << 0
        << 0 << QString() << QString() << QString();
    QTest::newRow("a cap bounds negative totals too: -10 -10 -5")
        << custom
        << u"2025-01-01 b; 2025-01-01 b; 2025-01-01 b; 2025-01-01 b; 2025-01-02 complaint; 2025-01-03 complaint; 2025-01-04 complaint; 2025-01-05 complaint"_qs
        << QString() << u"2025-01-06"_qs << 15 << 15 << 0 << 0 << 0 << u"2025-01-01"_qs << QString() << QString();
    // Decay (grace 3 months of 30 days, 5 points).
    const QString thirty = u"2025-01-01 ebook_download; 2025-01-01 webinar_attended"_qs;
    QTest::newRow("decay: a second before the first step (day 120)")
        << none << thirty << QString() << u"2025-04-30T23:59:59Z"_qs << 30 << 30 << 0 << 0 << 0 << u"2025-01-01"_qs
        << QString() << QString();
    QTest::newRow("decay: the first step falls on day 120 (May 1)")
        << none << thirty << QString() << u"2025-05-01"_qs << 25 << 30 << 0 << 0 << 5 << u"2025-01-01"_qs << QString()
        << QString();
    QTest::newRow("decay over several months: four steps to Jul 30 (day 210)")
        << none << thirty << QString() << u"2025-07-30"_qs << 10 << 30 << 0 << 0 << 20 << u"2025-01-01"_qs << QString()
        << QString();
    QTest::newRow("decay floors at zero: two steps take 5 + 5 of 10")
        << none << u"2025-01-01 whitepaper_download"_qs << QString() << u"2026-01-01"_qs << 0 << 10 << 0 << 0 << 10
        << QString() << QString() << QString();
    QTest::newRow("points after decay reached zero are not swallowed")
        << none << u"2025-01-01 whitepaper_download; 2026-01-01 ebook_download"_qs << QString() << u"2026-01-02"_qs
        << 15 << 25 << 0 << 0 << 10 << QString() << QString() << QString();
    QTest::newRow("activity after decay restarts the grace: 30 - 10 + 10")
        << none << thirty + u"; 2025-06-10 whitepaper_download"_qs << QString() << u"2025-10-07"_qs << 30 << 40 << 0
        << 0 << 10 << u"2025-01-01"_qs << QString() << QString();
    QTest::newRow("activity after decay: next step 120 days after it (Oct 8)")
        << none << thirty + u"; 2025-06-10 whitepaper_download"_qs << QString() << u"2025-10-08"_qs << 25 << 40 << 0
        << 0 << 15 << u"2025-01-01"_qs << QString() << QString();
    QTest::newRow("an event at the same second as a step cancels it")
        << none << thirty + u"; 2025-05-01 whitepaper_download"_qs << QString() << u"2025-05-02"_qs << 40 << 40 << 0
        << 0 << 0 << u"2025-01-01"_qs << QString() << QString();
    // Stages.
    QTest::newRow("a trigger before any IQL: MQL without iql_at, ever")
        << none << u"2025-03-03 demo_request; 2025-03-04 ebook_download; 2025-03-05 webinar_attended"_qs << QString()
        << u"2025-03-06"_qs << 30 << 30 << 0 << 0 << 0 << QString() << u"2025-03-03"_qs << QString();
    QTest::newRow("MQL needs intent: 60 info points are only IQL")
        << none
        << u"2025-01-01 ebook_download; 2025-01-02 ebook_download; 2025-01-03 ebook_download; 2025-01-04 ebook_download"_qs
        << QString() << u"2025-01-05"_qs << 60 << 60 << 0 << 0 << 0 << u"2025-01-02"_qs << QString() << QString();
    QTest::newRow("MQL at the first intent point once over 50")
        << none
        << u"2025-01-01 ebook_download; 2025-01-02 ebook_download; 2025-01-03 ebook_download; 2025-01-04 ebook_download; 2025-01-09 roi_calculator"_qs
        << QString() << u"2025-01-10"_qs << 80 << 60 << 20 << 0 << 0 << u"2025-01-02"_qs << u"2025-01-09"_qs
        << QString();
    QTest::newRow("without mqlRequiresIntent info alone makes MQL")
        << QByteArray("{\"thresholds\": {\"iql\": 25, \"mql\": 50, \"mqlRequiresIntent\": false}}")
        << u"2025-01-01 ebook_download; 2025-01-02 ebook_download; 2025-01-03 ebook_download; 2025-01-04 ebook_download"_qs
        << QString() << u"2025-01-05"_qs << 60 << 60 << 0 << 0 << 0 << u"2025-01-02"_qs << u"2025-01-04"_qs
        << QString();
    QTest::newRow("ties at one second follow import order: trigger first, no IQL")
        << none
        << u"2025-02-01T10:00:00Z demo_request; 2025-02-01T10:00:00Z ebook_download; 2025-02-01T10:00:00Z webinar_attended"_qs
        << QString() << u"2025-02-02"_qs << 30 << 30 << 0 << 0 << 0 << QString() << u"2025-02-01T10:00:00Z"_qs
        << QString();
    QTest::newRow("ties at one second follow import order: IQL then MQL")
        << none
        << u"2025-02-01T10:00:00Z ebook_download; 2025-02-01T10:00:00Z webinar_attended; 2025-02-01T10:00:00Z demo_request"_qs
        << QString() << u"2025-02-02"_qs << 30 << 30 << 0 << 0 << 0 << u"2025-02-01T10:00:00Z"_qs
        << u"2025-02-01T10:00:00Z"_qs << QString();
    QTest::newRow("the analysis date cuts later events")
        << none << u"2025-01-01 ebook_download; 2025-02-01 webinar_attended; 2025-02-02 demo_request"_qs << QString()
        << u"2025-01-31"_qs << 15 << 15 << 0 << 0 << 0 << QString() << QString() << QString();
    QTest::newRow("an event at the analysis second counts")
        << none << u"2025-01-01 ebook_download; 2025-02-01 webinar_attended"_qs << QString() << u"2025-02-01"_qs << 30
        << 30 << 0 << 0 << 0 << u"2025-02-01"_qs << QString() << QString();
    // The pricing trigger: 3 visits within 30 days of the first of them.
    QTest::newRow("pricing 3 in 30 days: a sliding window fires on Feb 18")
        << none
        << u"2025-01-01 pricing_page_visit; 2025-01-20 pricing_page_visit; 2025-02-15 pricing_page_visit; 2025-02-18 pricing_page_visit"_qs
        << QString() << u"2025-03-01"_qs << 0 << 0 << 0 << 0 << 0 << QString() << u"2025-02-18"_qs << QString();
    QTest::newRow("pricing 3 in 30 days: exactly 30 days fires")
        << none << u"2025-01-01 pricing_page_visit; 2025-01-20 pricing_page_visit; 2025-01-31 pricing_page_visit"_qs
        << QString() << u"2025-03-01"_qs << 0 << 0 << 0 << 0 << 0 << QString() << u"2025-01-31"_qs << QString();
    QTest::newRow("pricing 3 in 30 days: spread over 61 days never fires")
        << none << u"2025-01-01 pricing_page_visit; 2025-02-01 pricing_page_visit; 2025-03-03 pricing_page_visit"_qs
        << QString() << u"2025-04-01"_qs << 0 << 0 << 0 << 0 << 0 << QString() << QString() << QString();
    // Product qualification.
    QTest::newRow("PQL when the product track reaches 40")
        << none
        << u"2025-01-01 product_login; 2025-01-02 product_login; 2025-01-03 product_login; 2025-01-04 product_login; 2025-01-05 product_login; 2025-01-05 teammate_invited; 2025-01-06 usage_limit_reached"_qs
        << QString() << u"2025-01-07"_qs << 0 << 0 << 0 << 55 << 0 << QString() << QString() << u"2025-01-06"_qs;
    // Field rules and detail globs.
    QTest::newRow("a field rule pays once at created_at, before the events")
        << custom << u"2025-01-02 b; 2025-01-03 b"_qs << u"{\"TotalVisits\": 7}"_qs << u"2025-01-05"_qs << 30 << 30 << 0
        << 0 << 0 << u"2025-01-03"_qs << QString() << QString();
    QTest::newRow("a field rule that does not hold pays nothing")
        << custom << u"2025-01-02 b; 2025-01-03 b"_qs << u"{\"TotalVisits\": 4}"_qs << u"2025-01-05"_qs << 20 << 20 << 0
        << 0 << 0 << QString() << QString() << QString();
    QTest::newRow("a detail glob picks the matching events only")
        << custom
        << u"2025-01-02 resource_center_visit https://x.io/pricing/team; 2025-01-03 resource_center_visit https://x.io/blog/a"_qs
        << QString() << u"2025-01-05"_qs << 20 << 0 << 20 << 0 << 0 << QString() << QString() << QString();
    // DESIGN §3's worked examples, as written.
    QTest::newRow("worked example 1: IQL Jan 10, MQL Feb 2")
        << none
        << u"2025-01-01 whitepaper_download; 2025-01-10 ebook_download; 2025-02-01 roi_calculator; 2025-02-02 webinar_attended"_qs
        << QString() << u"2025-02-02"_qs << 60 << 40 << 20 << 0 << 0 << u"2025-01-10"_qs << u"2025-02-02"_qs
        << QString();
    QTest::newRow("worked example 2: demo request first, MQL without IQL")
        << none << u"2025-03-03 demo_request"_qs << QString() << u"2025-03-03"_qs << 0 << 0 << 0 << 0 << 0 << QString()
        << u"2025-03-03"_qs << QString();
    QTest::newRow("worked example 3: May 15 gives 25") << none << thirty << QString() << u"2025-05-15"_qs << 25 << 30
                                                       << 0 << 0 << 5 << u"2025-01-01"_qs << QString() << QString();
    QTest::newRow("worked example 3: Jun 1 gives 20") << none << thirty << QString() << u"2025-06-01"_qs << 20 << 30
                                                      << 0 << 0 << 10 << u"2025-01-01"_qs << QString() << QString();
    QTest::newRow("worked example 3: Jul 1 gives 15") << none << thirty << QString() << u"2025-07-01"_qs << 15 << 30
                                                      << 0 << 0 << 15 << u"2025-01-01"_qs << QString() << QString();
}

void ScoringEngineTest::scores()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, events);
    QFETCH(QString, attrs);
    QFETCH(QString, asOf);

    LeadRecord lead;
    lead.id = 1;
    lead.createdAt = at(u"2025-01-01"_qs);
    lead.attrs = attrs.toUtf8();
    const ScoringInput input = InputBuilder().lead(lead, events).build();
    const LeadScore score = ScoringEngine(modelWith(patch)).scoreLead(input, 0, at(asOf));

    QTEST(int(score.engagement), "engagement");
    QTEST(int(score.info), "info");
    QTEST(int(score.intent), "intent");
    QTEST(int(score.product), "product");
    QTEST(int(score.decay), "decay");
    QFETCH(QString, iql);
    QFETCH(QString, mql);
    QFETCH(QString, pql);
    QCOMPARE(text(score.iqlAt), text(at(iql)));
    QCOMPARE(text(score.mqlAt), text(at(mql)));
    QCOMPARE(text(score.pqlAt), text(at(pql)));
}

void ScoringEngineTest::icpThreshold_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("mql");
    // Example 1's lead: 45 with intent on Feb 1, 60 on Feb 2; mqlIcp is 40.
    QTest::newRow("grade A qualifies at the ICP threshold (45 >= 40)")
        << u"industry=Software|employees=200|job_title=VP Sales|country=US"_qs << u"A"_qs << u"2025-02-01"_qs;
    QTest::newRow("grade B qualifies at the ICP threshold")
        << u"industry=Software|employees=200"_qs << u"B"_qs << u"2025-02-01"_qs;
    QTest::newRow("grade C needs the full MQL threshold (60 >= 50)")
        << u"industry=Software"_qs << u"C"_qs << u"2025-02-02"_qs;
    QTest::newRow("grade D needs the full MQL threshold") << QString() << u"D"_qs << u"2025-02-02"_qs;
}

void ScoringEngineTest::icpThreshold()
{
    QFETCH(QString, fields);
    const ScoringInput input =
        InputBuilder()
            .lead(leadWith(fields), u"2025-01-01 whitepaper_download; 2025-01-10 ebook_download; "
                                    "2025-02-01 roi_calculator; 2025-02-02 webinar_attended"_qs)
            .build();
    const ScoringModel model = modelWith("{\"thresholds\": {\"iql\": 25, \"mql\": 50, \"mqlIcp\": 40}}");
    const LeadScore score = ScoringEngine(model).scoreLead(input, 0, at(u"2025-03-01"_qs));
    QTEST(gradeName(score.grade), "grade");
    QFETCH(QString, mql);
    QCOMPARE(text(score.mqlAt), text(at(mql)));
    QCOMPARE(text(score.iqlAt), text(at(u"2025-01-10"_qs)));
}

void ScoringEngineTest::stageHealthAndNurture_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("sqlAt");
    QTest::addColumn<QString>("customerAt");
    QTest::addColumn<bool>("archived");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("health");
    QTest::addColumn<QString>("track");
    QTest::addColumn<QString>("step");

    const QString gradeA = u"industry=Software|employees=200|job_title=VP Sales|country=US"_qs;
    const QString thirty = u"2025-01-01 ebook_download; 2025-01-01 webinar_attended"_qs;
    const QString example1 = u"2025-01-01 whitepaper_download; 2025-01-10 ebook_download; "
                             "2025-02-01 roi_calculator; 2025-02-02 webinar_attended"_qs;
    QTest::newRow("IQL with grade A: intensive, week 1")
        << gradeA << thirty << QString() << QString() << false << u"2025-01-05"_qs << u"IQL"_qs << u"active"_qs
        << u"intensive"_qs << u"Problem awareness"_qs;
    QTest::newRow("IQL with grade D: light touch, week 10 is solution education")
        << QString() << thirty + u"; 2025-02-15 whitepaper_download"_qs << QString() << QString() << false
        << u"2025-03-05"_qs << u"IQL"_qs << u"active"_qs << u"light"_qs << u"Solution education"_qs;
    QTest::newRow("59 days without events: still active, week 9")
        << QString() << thirty << QString() << QString() << false << u"2025-03-01"_qs << u"IQL"_qs << u"active"_qs
        << u"light"_qs << u"Solution education"_qs;
    QTest::newRow("60 days without events: stagnant, re-engagement")
        << QString() << thirty << QString() << QString() << false << u"2025-03-02"_qs << u"IQL"_qs << u"stagnant"_qs
        << u"reengage"_qs << u"Solution education"_qs;
    QTest::newRow("MQL: sales-ready, weeks counted from IQL")
        << QString() << example1 << QString() << QString() << false << u"2025-02-03"_qs << u"MQL"_qs << u"active"_qs
        << u"sales"_qs << u"Problem awareness"_qs;
    QTest::newRow("an imported sql_at makes the stage SQL")
        << QString() << example1 << u"2025-02-10"_qs << QString() << false << u"2025-02-12"_qs << u"SQL"_qs
        << u"active"_qs << QString() << QString();
    QTest::newRow("an outcome after the analysis date does not count")
        << QString() << example1 << u"2025-03-01"_qs << QString() << false << u"2025-02-12"_qs << u"MQL"_qs
        << u"active"_qs << u"sales"_qs << u"Problem awareness"_qs;
    QTest::newRow("closed-won is Customer")
        << QString() << example1 << u"2025-02-10"_qs << u"2025-02-11"_qs << false << u"2025-02-12"_qs << u"Customer"_qs
        << u"active"_qs << QString() << QString();
    // A track without a health list means active or stagnant: archived leads leave nurture.
    QTest::newRow("archived by the user: no nurture track")
        << QString() << thirty << QString() << QString() << true << u"2025-01-05"_qs << u"IQL"_qs << u"archived"_qs
        << QString() << QString();
    QTest::newRow("no events: stagnation counts from created_at")
        << QString() << QString() << QString() << QString() << false << u"2025-03-02"_qs << u"Lead"_qs << u"stagnant"_qs
        << u"reengage"_qs << QString();
    QTest::newRow("a trigger-only MQL counts weeks from MQL: week 25 is review")
        << QString() << u"2025-01-01 demo_request; 2025-06-20 email_open"_qs << QString() << QString() << false
        << u"2025-06-25"_qs << u"MQL"_qs << u"active"_qs << u"sales"_qs << u"Review"_qs;
}

void ScoringEngineTest::stageHealthAndNurture()
{
    QFETCH(QString, fields);
    QFETCH(QString, events);
    QFETCH(QString, sqlAt);
    QFETCH(QString, customerAt);
    QFETCH(bool, archived);
    QFETCH(QString, asOf);

    LeadRecord lead = leadWith(fields, at(u"2025-01-01"_qs));
    lead.sqlAt = moment(at(sqlAt));
    lead.customerAt = moment(at(customerAt));
    lead.archived = archived;
    const ScoringInput input = InputBuilder().lead(lead, events).build();
    const ScoringModel model = modelWith();
    const LeadScore score = ScoringEngine(model).scoreLead(input, 0, at(asOf));

    QTEST(stageName(score.stage), "stage");
    QTEST(healthName(score.health), "health");
    QTEST(score.nurtureTrack < 0 ? QString() : model.nurture.tracks[std::size_t(score.nurtureTrack)].id, "track");
    QTEST(score.nurtureStep < 0 ? QString() : model.nurture.steps[std::size_t(score.nurtureStep)].label, "step");
}

namespace {

// A deterministic mix of leads and events over the default activities.
ScoringInput randomInput(std::size_t leads)
{
    std::uint64_t state = 42;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    const std::vector<ActivityType> &types = defaultActivityTypes();
    InputBuilder builder;
    for (std::size_t i = 0; i < leads; ++i) {
        QString events;
        std::int64_t time = at(u"2024-01-01"_qs) + std::int64_t(next() % 200) * secondsPerDay;
        for (std::uint64_t n = next() % 25; n > 0; --n) {
            time += std::int64_t(next() % (40 * secondsPerDay));
            events += text(time) + u' ' + types[next() % types.size()].key + u';';
        }
        LeadRecord lead =
            leadWith(next() % 2 ? u"industry=Software|employees=300"_qs : QString(), at(u"2024-01-01"_qs));
        lead.id = std::int64_t(i + 1);
        builder.lead(lead, events);
    }
    return builder.build();
}

bool sameScore(const LeadScore &a, const LeadScore &b)
{
    return a.info == b.info && a.intent == b.intent && a.product == b.product && a.decay == b.decay
           && a.engagement == b.engagement && a.fit == b.fit && a.iqlAt == b.iqlAt && a.mqlAt == b.mqlAt
           && a.pqlAt == b.pqlAt && a.lastActivityAt == b.lastActivityAt && a.grade == b.grade && a.stage == b.stage
           && a.health == b.health && a.hasIntent == b.hasIntent && a.nurtureTrack == b.nurtureTrack
           && a.nurtureStep == b.nurtureStep;
}

} // namespace

void ScoringEngineTest::threadsGiveTheSameAnswer()
{
    const ScoringInput input = randomInput(40000);
    const ScoringEngine engine(modelWith());
    const std::int64_t asOf = at(u"2025-06-01"_qs);
    auto one = engine.score(input, asOf, nullptr, 1);
    auto two = engine.score(input, asOf, nullptr, 2);
    QVERIFY(one && two);
    QCOMPARE(one->size(), input.leads.size());
    std::size_t mqls = 0;
    for (std::size_t lead = 0; lead < one->size(); ++lead) {
        QVERIFY2(sameScore((*one)[lead], (*two)[lead]), qPrintable(QString::number(lead)));
        mqls += (*one)[lead].mqlAt != noTime;
    }
    for (std::size_t lead = 0; lead < one->size(); lead += 997)
        QVERIFY(sameScore((*one)[lead], engine.scoreLead(input, lead, asOf)));
    QVERIFY(mqls > 0); // the data exercises the stages, not only zeros
}

void ScoringEngineTest::cancelReturnsAnError()
{
    const ScoringInput input = randomInput(100);
    Progress progress;
    progress.cancel();
    auto scores = ScoringEngine(modelWith()).score(input, at(u"2025-06-01"_qs), &progress);
    QVERIFY(!scores);
}

QTEST_GUILESS_MAIN(ScoringEngineTest)
#include "tst_scoringengine.moc"
