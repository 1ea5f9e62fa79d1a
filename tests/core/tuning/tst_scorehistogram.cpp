#include "WorkspaceFixture.h"
#include "tuning/ActivityEventCounts.h"
#include "tuning/EngagementHistogram.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

using Bars = std::vector<EngagementHistogram::Bar>;

class TestScoreHistogram : public QObject
{
    Q_OBJECT

    // Leads 1–7 with (engagement, product): 0/0, 0/0, 12/0, 25/5, 25/40, 49/10, 80/45.
    void fill(WorkspaceFixture &fixture)
    {
        const std::vector<std::pair<int, int>> scores = {{0, 0},   {0, 0},   {12, 0}, {25, 5},
                                                         {25, 40}, {49, 10}, {80, 45}};
        auto insert = fixture.database().prepare(
            "INSERT INTO lead_state (lead_id, as_of, engagement, product) VALUES (?1, 0, ?2, ?3)");
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const auto id = std::int64_t(i + 1);
            fixture.addLead(id, u"2025-01-01"_qs);
            insert->bind(1, id).bind(2, scores[i].first).bind(3, scores[i].second);
            QVERIFY(insert->run().ok());
            insert->reset();
        }
    }

private Q_SLOTS:
    void countsEachSideOfAThreshold()
    {
        WorkspaceFixture fixture;
        fill(fixture);
        auto histogram = EngagementHistogram::read(fixture.database());
        QVERIFY(histogram.ok());
        QCOMPARE(histogram->leads(), 7);
        QCOMPARE(histogram->engagementBelow(25), 3); // 0, 0, 12
        QCOMPARE(histogram->engagementAtLeast(25), 4);
        QCOMPARE(histogram->engagementBelow(26), 5);
        QCOMPARE(histogram->engagementBelow(50), 6);
        QCOMPARE(histogram->engagementAtLeast(81), 0);
        QCOMPARE(histogram->engagementBelow(0), 0);
        QCOMPARE(histogram->productAtLeast(40), 2);
        QCOMPARE(histogram->productBelow(40), 5);
        QCOMPARE(histogram->maxEngagement(), 80);
        QCOMPARE(histogram->maxProduct(), 45);
    }

    void barsCoverEveryScore()
    {
        WorkspaceFixture fixture;
        fill(fixture);
        auto histogram = EngagementHistogram::read(fixture.database());
        QVERIFY(histogram.ok());
        const Bars tens = histogram->engagementBars(10);
        QCOMPARE(tens, (Bars{{0, 2}, {10, 1}, {20, 2}, {30, 0}, {40, 1}, {50, 0}, {60, 0}, {70, 0}, {80, 1}}));
        QCOMPARE(histogram->productBars(20), (Bars{{0, 5}, {20, 0}, {40, 2}}));
        QVERIFY(EngagementHistogram().engagementBars(5).empty());
    }

    void scoresFarOutKeepTheBarsFew()
    {
        WorkspaceFixture fixture;
        fill(fixture);
        // 3 × 10^9 is past int32: it counts at or above every threshold, in the last bar.
        fixture.addLead(8, u"2025-01-01"_qs);
        auto insert = fixture.database().prepare(
            "INSERT INTO lead_state (lead_id, as_of, engagement, product) VALUES (8, 0, 3000000000, 3000000000)");
        QVERIFY(insert->run().ok());
        auto histogram = EngagementHistogram::read(fixture.database());
        QVERIFY(histogram.ok());
        QCOMPARE(histogram->engagementAtLeast(1000000000), 1);
        QCOMPARE(histogram->engagementBelow(81), 7);
        const Bars fives = histogram->engagementBars(5);
        QCOMPARE(fives.size(), EngagementHistogram::maxBars);
        QCOMPARE(fives.back(), (EngagementHistogram::Bar{int(EngagementHistogram::maxBars - 1) * 5, 1}));
        QCOMPARE(fives[16], (EngagementHistogram::Bar{80, 1}));
        QCOMPARE(histogram->productBars(5).size(), EngagementHistogram::maxBars);
    }

    void countsEventsPerActivity()
    {
        WorkspaceFixture fixture;
        fixture.addLead(1, u"2025-01-01"_qs);
        fixture.addEvents(1, u"2025-01-02 ebook_download; 2025-01-03 ebook_download; 2025-01-04 demo_request"_qs);
        auto counts = ActivityEventCounts::read(fixture.database());
        QVERIFY(counts.ok());
        QVERIFY(counts->size() >= 25); // every activity of the default model, used or not
        std::int64_t total = 0;
        for (const ActivityEventCount &count : *counts) {
            total += count.events;
            if (count.key == u"ebook_download") {
                QCOMPARE(count.events, 2);
                QCOMPARE(count.track, u"info"_qs);
                QVERIFY(!count.label.isEmpty());
            } else if (count.key == u"demo_request") {
                QCOMPARE(count.events, 1);
            }
        }
        QCOMPARE(total, 3);
        QVERIFY(
            std::is_sorted(counts->begin(), counts->end(), [](const auto &a, const auto &b) { return a.key < b.key; }));
    }
};

QTEST_GUILESS_MAIN(TestScoreHistogram)
#include "tst_scorehistogram.moc"
