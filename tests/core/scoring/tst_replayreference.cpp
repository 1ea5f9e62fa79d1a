// The engine's replay gives, lead for lead, the results of the straightforward replay
// it replaced (ReferenceReplay.h): stage, every score, fit, grade, health, nurture and
// the iql/mql/pql dates, over a whole generated demo of 20 000 leads, under the default
// model and under models that take the paths the default one leaves cold (caps,
// negative points, detail patterns, windowed triggers, field rules, other decay).
// One differing lead fails the test and names it.

#include "ReferenceReplay.h"
#include "ScoringFixture.h"
#include "demo/DemoWorkspace.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/ScoringEngine.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Caps on the most frequent activities, points that take away, detail patterns, a
// trigger with a window on a frequent activity, field rules on a field and an attrs
// key, and an ICP threshold: every branch of the replay runs thousands of times.
const QByteArray heavyPatch = R"({
  "rules": [
    {"id": "opens", "track": "info", "activity": "email_open", "points": 4, "pays": "each", "cap": 22},
    {"id": "reads", "track": "info", "activity": "blog_read", "points": 6, "pays": "atCount", "count": 2},
    {"id": "mql-posts", "track": "intent", "activity": "blog_read", "detail": "*mql*", "points": 9, "pays": "once"},
    {"id": "clicks", "track": "intent", "activity": "email_click", "points": 7, "pays": "each", "cap": 30},
    {"id": "ebooks", "track": "info", "activity": "ebook_download", "points": 15, "pays": "each"},
    {"id": "no-show", "track": "info", "activity": "webinar_no_show", "points": -8, "pays": "each"},
    {"id": "no-show-cap", "track": "intent", "activity": "webinar_no_show", "points": -3, "pays": "each", "cap": 7},
    {"id": "attended", "track": "intent", "activity": "webinar_attended", "points": 20, "pays": "each"},
    {"id": "logins", "track": "product", "activity": "product_login", "points": 6, "pays": "each", "cap": 25},
    {"id": "features", "track": "product", "activity": "feature_used", "detail": "*s", "points": 11, "pays": "each"},
    {"id": "invites", "track": "product", "activity": "teammate_invited", "points": 15, "pays": "once"},
    {"id": "visits", "track": "info", "field": "TotalVisits", "op": ">=", "value": 5, "points": 10},
    {"id": "software", "track": "intent", "field": "industry", "op": "in", "value": ["Software", "Finance"], "points": 12},
    {"id": "small", "track": "info", "field": "employees", "op": "between", "value": [10, 200], "points": -6, "cap": 4}
  ],
  "triggers": [
    {"id": "demo", "activity": "demo_request"},
    {"id": "opens3", "activity": "email_open", "count": 3, "withinDays": 9},
    {"id": "pricing", "activity": "pricing_page_visit", "detail": "/pricing*", "count": 2},
    {"id": "roi", "activity": "roi_calculator", "count": 2, "withinDays": 40}
  ],
  "thresholds": {"iql": 20, "mql": 45, "mqlIcp": 35, "mqlRequiresIntent": true, "pql": 30},
  "decay": {"graceMonths": 1, "pointsPerMonth": 7}
})";

bool sameScore(const LeadScore &a, const LeadScore &b)
{
    return a.info == b.info && a.intent == b.intent && a.product == b.product && a.decay == b.decay
           && a.engagement == b.engagement && a.fit == b.fit && a.iqlAt == b.iqlAt && a.mqlAt == b.mqlAt
           && a.pqlAt == b.pqlAt && a.lastActivityAt == b.lastActivityAt && a.grade == b.grade && a.stage == b.stage
           && a.health == b.health && a.hasIntent == b.hasIntent && a.nurtureTrack == b.nurtureTrack
           && a.nurtureStep == b.nurtureStep;
}

QString describe(const LeadScore &s)
{
    return u"stage %1 info %2 intent %3 product %4 decay %5 engagement %6 fit %7 grade %8 iql %9 mql %10 pql %11 "
           u"last %12 health %13 intent? %14 track %15 step %16"_qs.arg(stageName(s.stage))
               .arg(s.info)
               .arg(s.intent)
               .arg(s.product)
               .arg(s.decay)
               .arg(s.engagement)
               .arg(s.fit)
               .arg(gradeName(s.grade))
               .arg(text(s.iqlAt), text(s.mqlAt), text(s.pqlAt), text(s.lastActivityAt), healthName(s.health))
               .arg(s.hasIntent)
               .arg(s.nurtureTrack)
               .arg(s.nurtureStep);
}

} // namespace

class ReplayReferenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeDemoMatchesReference_data();
    void wholeDemoMatchesReference();
    void eachLeadAtItsOwnDateMatchesReference();
    void reusedMemoryGivesTheSameResults_data();
    void reusedMemoryGivesTheSameResults();

private:
    // Compares every lead; on a difference names the first lead and both results.
    void compareWithReference(const ScoringModel &model, const std::vector<LeadScore> &scores,
                              std::span<const std::int64_t> asOf);

    QTemporaryDir m_dir;
    ScoringInput m_input;
    std::int64_t m_end = 0;
};

void ReplayReferenceTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.leadstage"_qs);
    DemoOptions options;
    options.leads = 20000;
    const auto made = createDemoWorkspace(path, options, nullptr);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().toString()));
    EventColumnsLoader loader((*workspace)->database());
    auto loaded = loader.loadAll(nullptr);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    m_input = std::move(*loaded);
    auto end = loader.defaultAsOf(m_input);
    QVERIFY(end);
    m_end = *end;
    QCOMPARE(m_input.leads.size(), std::size_t(20000));
    QVERIFY(m_input.events.eventCount() > 150000);
}

void ReplayReferenceTest::wholeDemoMatchesReference_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<int>("daysBeforeEnd");
    QTest::addColumn<unsigned>("threads");

    QTest::newRow("default model, at the data's end") << QByteArray() << 0 << 2u;
    QTest::newRow("default model, one thread") << QByteArray() << 0 << 1u;
    QTest::newRow("default model, 200 days earlier") << QByteArray() << 200 << 2u;
    QTest::newRow("default model, 400 days earlier") << QByteArray() << 400 << 2u;
    QTest::newRow("caps, windows, field rules") << heavyPatch << 0 << 2u;
    QTest::newRow("caps, windows, field rules, 300 days earlier") << heavyPatch << 300 << 2u;
    QTest::newRow("no decay, no intent needed") << QByteArray(R"({"decay": {"graceMonths": 3, "pointsPerMonth": 0},
                          "thresholds": {"iql": 25, "mql": 50, "mqlRequiresIntent": false, "pql": 40}})")
                                                << 0 << 2u;
    QTest::newRow("decay without grace, large steps")
        << QByteArray(R"({"decay": {"graceMonths": 0, "pointsPerMonth": 40}})") << 100 << 2u;
}

void ReplayReferenceTest::wholeDemoMatchesReference()
{
    QFETCH(QByteArray, patch);
    QFETCH(int, daysBeforeEnd);
    QFETCH(unsigned, threads);
    const ScoringModel model = modelWith(patch);
    const std::int64_t asOf = m_end - std::int64_t(daysBeforeEnd) * secondsPerDay;
    auto scores = ScoringEngine(model).score(m_input, asOf, nullptr, threads);
    QVERIFY(scores);
    const std::vector<std::int64_t> dates(m_input.leads.size(), asOf);
    compareWithReference(model, *scores, dates);
}

void ReplayReferenceTest::eachLeadAtItsOwnDateMatchesReference()
{
    // A back-test's cut: each lead at its own date, some never scored.
    const ScoringModel model = modelWith(heavyPatch);
    std::vector<std::int64_t> dates(m_input.leads.size());
    for (std::size_t lead = 0; lead < dates.size(); ++lead)
        dates[lead] = lead % 7 == 3 ? noTime : m_input.leads.createdAt(lead) + std::int64_t(lead % 400) * secondsPerDay;
    auto scores = ScoringEngine(model).scoreEachAt(m_input, dates, nullptr, 2);
    QVERIFY(scores);
    compareWithReference(model, *scores, dates);
}

void ReplayReferenceTest::reusedMemoryGivesTheSameResults_data()
{
    QTest::addColumn<int>("leadsInMemory");
    QTest::newRow("as many") << 20000;
    QTest::newRow("fewer") << 300;
    QTest::newRow("more") << 25000;
}

void ReplayReferenceTest::reusedMemoryGivesTheSameResults()
{
    QFETCH(int, leadsInMemory);
    // What a previous rescore under another model left, and then some.
    LeadScore stale;
    stale.info = stale.intent = stale.product = stale.decay = stale.engagement = 977;
    stale.iqlAt = stale.mqlAt = stale.pqlAt = stale.lastActivityAt = 12345;
    stale.stage = Stage::Customer;
    stale.hasIntent = true;
    stale.nurtureTrack = stale.nurtureStep = 3;
    std::vector<LeadScore> memory(std::size_t(leadsInMemory), stale);
    const ScoringModel model = modelWith(heavyPatch);
    auto scores = ScoringEngine(model).score(m_input, m_end, std::move(memory), nullptr, 2);
    QVERIFY(scores);
    const std::vector<std::int64_t> dates(m_input.leads.size(), m_end);
    compareWithReference(model, *scores, dates);
}

void ReplayReferenceTest::compareWithReference(const ScoringModel &model, const std::vector<LeadScore> &scores,
                                               std::span<const std::int64_t> asOf)
{
    QCOMPARE(scores.size(), m_input.leads.size());
    const CompiledModel compiled(model, m_input);
    NoReplaySink sink;
    ReferenceReplay<NoReplaySink> reference(compiled, m_input, 0, sink);
    std::size_t reached[4] = {}; // iql, mql, pql, decayed: the demo must take every path
    for (std::size_t lead = 0; lead < scores.size(); ++lead) {
        const LeadScore expected = asOf[lead] == noTime ? LeadScore() : reference.runAt(lead, asOf[lead]);
        if (!sameScore(scores[lead], expected))
            QFAIL(qPrintable(
                u"lead %1 (id %2) differs from the reference replay:\n  engine    %3\n  reference %4"_qs.arg(lead)
                    .arg(m_input.leads.id(lead))
                    .arg(describe(scores[lead]), describe(expected))));
        reached[0] += expected.iqlAt != noTime;
        reached[1] += expected.mqlAt != noTime;
        reached[2] += expected.pqlAt != noTime;
        reached[3] += expected.decay != 0;
    }
    const bool decays = model.decay.pointsPerMonth > 0;
    for (const std::size_t count : std::span(reached, decays ? 4 : 3))
        QVERIFY2(count > 50, "the demo no longer takes every path of the replay");
}

QTEST_MAIN(ReplayReferenceTest)
#include "tst_replayreference.moc"
