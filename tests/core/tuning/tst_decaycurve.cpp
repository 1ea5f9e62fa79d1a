#include "ScoringFixture.h"
#include "scoring/ScoringEngine.h"
#include "tuning/DecayCurve.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

using Points = std::vector<DecayCurve::Point>;
Q_DECLARE_METATYPE(Points)

class TestDecayCurve : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleLead_data()
    {
        QTest::addColumn<int>("grace");
        QTest::addColumn<int>("perMonth");
        QTest::addColumn<int>("start");
        QTest::addColumn<Points>("expected");

        // DESIGN §3 example 3: 30 points, steps on days 120, 150, 180, …
        QTest::newRow("default decay from 30") << 3 << 5 << 30 << Points{{0, 30},   {120, 25}, {150, 20}, {180, 15},
                                                                         {210, 10}, {240, 5},  {270, 0},  {360, 0}};
        QTest::newRow("last step takes what is left")
            << 3 << 5 << 12 << Points{{0, 12}, {120, 7}, {150, 2}, {180, 0}, {360, 0}};
        QTest::newRow("no grace") << 0 << 10 << 25 << Points{{0, 25}, {30, 15}, {60, 5}, {90, 0}, {360, 0}};
        QTest::newRow("no decay") << 3 << 0 << 40 << Points{{0, 40}, {360, 40}};
        QTest::newRow("grace longer than the year") << 12 << 5 << 40 << Points{{0, 40}, {360, 40}};
        QTest::newRow("grace 11 months, one step on day 360") << 11 << 5 << 40 << Points{{0, 40}, {360, 35}};
        QTest::newRow("start at 0") << 3 << 5 << 0 << Points{{0, 0}, {360, 0}};
    }

    void idleLead()
    {
        QFETCH(int, grace);
        QFETCH(int, perMonth);
        QFETCH(int, start);
        QFETCH(Points, expected);
        const DecayRule decay{grace, perMonth};
        const Points points = DecayCurve::idleLead(decay, start);
        QCOMPARE(points, expected);
        for (const DecayCurve::Point &point : points)
            QCOMPARE(DecayCurve::scoreOn(decay, start, point.day), point.score);
    }

    void dayBelow()
    {
        const DecayRule decay{3, 5};
        QCOMPARE(DecayCurve::dayBelow(decay, 30, 25), 150); // 25 on day 120 is still an IQL score
        QCOMPARE(DecayCurve::dayBelow(decay, 30, 31), 0);
        QCOMPARE(DecayCurve::dayBelow(DecayRule{3, 0}, 30, 25), -1);
    }

    // The curve is the engine's arithmetic: an idle lead scored by ScoringEngine at
    // every day of the year has exactly the curve's score.
    void equalsTheEngineDayByDay_data()
    {
        QTest::addColumn<int>("grace");
        QTest::addColumn<int>("perMonth");
        QTest::newRow("default") << 3 << 5;
        QTest::newRow("grace 1, 7 points") << 1 << 7;
        QTest::newRow("no grace, 4 points") << 0 << 4;
    }

    void equalsTheEngineDayByDay()
    {
        QFETCH(int, grace);
        QFETCH(int, perMonth);
        ScoringModel model = modelWith();
        model.decay = DecayRule{grace, perMonth};
        // ebook 15 + webinar attended 15 on the same second: 30 points.
        const ScoringInput input =
            InputBuilder()
                .lead(u"2025-01-01 ebook_download; 2025-01-01 webinar_attended"_qs, at(u"2025-01-01"_qs))
                .build();
        const ScoringEngine engine(model);
        for (int day = 0; day <= 360; ++day) {
            const std::int64_t asOf = at(u"2025-01-01"_qs) + std::int64_t(day) * secondsPerDay;
            QCOMPARE(engine.scoreLead(input, 0, asOf).engagement, DecayCurve::scoreOn(model.decay, 30, day));
        }
    }
};

QTEST_GUILESS_MAIN(TestDecayCurve)
#include "tst_decaycurve.moc"
