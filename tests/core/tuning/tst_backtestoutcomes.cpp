// Outcomes without dates in a back-test (issue 17), on six hand-made leads: the snapshot
// moment (every lead at the analysis date, positive = the flag, dated or not), undated
// outcomes left out and counted by the dated moments (never silently negative), the
// CRM's recorded stages as the outcome (recorded:STAGE), and the stage transition matrix
// between two models. Every lead is in exactly one population count.

#include "ScoringFixture.h"
#include "tuning/BackTest.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/OutcomeTimes.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

// Whitepapers pay 10 (info), comparisons 25 (intent); IQL 25, MQL 50 with intent; no
// decay within three years.
ScoringModel model()
{
    return modelWith(R"({"decay": {"graceMonths": 36, "pointsPerMonth": 5}})");
}

// "" no outcome, "undated" a flag without a date, else a date.
std::optional<std::int64_t> outcome(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text == u"undated" ? undatedTime : at(text);
}

LeadRecord lead(std::int64_t id, const QString &created, const QString &sql, const QString &customer)
{
    LeadRecord record;
    record.id = id;
    record.createdAt = at(created);
    record.sqlAt = outcome(sql);
    record.customerAt = outcome(customer);
    return record;
}

// A 55 (MQL, IQL 03-01), customer undated. B 10, bought 2025-09-01. C 30 (IQL 02-01), no
// outcome. D 0, customer undated. E 50 (MQL 05-15, IQL 05-01), SQL 2025-07-01. F 10,
// created 03-01, SQL undated, bought 2025-10-01.
ScoringInput leads()
{
    return InputBuilder()
        .lead(lead(1, u"2025-01-01"_qs, {}, u"undated"_qs),
              u"2025-02-01 whitepaper_download;2025-02-10 whitepaper_download;2025-03-01 whitepaper_download;"
              "2025-04-01 comparison_download"_qs)
        .lead(lead(2, u"2025-01-01"_qs, {}, u"2025-09-01"_qs), u"2025-03-01 whitepaper_download"_qs)
        .lead(lead(3, u"2025-01-01"_qs, {}, {}),
              u"2025-01-10 whitepaper_download;2025-01-20 whitepaper_download;2025-02-01 whitepaper_download"_qs)
        .lead(lead(4, u"2025-01-01"_qs, {}, u"undated"_qs))
        .lead(lead(5, u"2025-01-01"_qs, u"2025-07-01"_qs, {}),
              u"2025-05-01 comparison_download;2025-05-15 comparison_download"_qs)
        .lead(lead(6, u"2025-03-01"_qs, u"undated"_qs, u"2025-10-01"_qs), u"2025-05-01 whitepaper_download"_qs)
        .build();
}

const std::int64_t dataEnd = at(u"2026-06-01"_qs);

std::int64_t counted(const BackTestPopulation &p)
{
    return std::int64_t(p.cases.size()) + p.createdAfter + p.outcomeBefore + p.neverReachedStage + p.windowOpen
           + p.undatedOutcome;
}

// Recorded stages per lead for the six leads: "" none, "undated" or a date.
std::shared_ptr<const OutcomeTimes> recorded(const QStringList &perLead)
{
    auto times = std::make_shared<OutcomeTimes>();
    for (const QString &text : perLead) {
        times->datedAt.push_back(text.isEmpty() || text == u"undated" ? noTime : at(text));
        times->undated.push_back(text == u"undated" ? 1 : 0);
    }
    return times;
}

} // namespace

class TestBackTestOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshot_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QList<bool>>("positive"); // per lead, all six scored
        QTest::addColumn<qint64>("undatedPositives");
        QTest::addColumn<double>("auc");
        QTest::addColumn<qint64>("mqlFirst");
        // Customer: A, B, D, F against C 30 and E 50: only A 55 beats both, 2 of 8 pairs.
        QTest::newRow("customer") << int(OutcomeStage::Customer) << QList<bool>{true, true, false, true, false, true}
                                  << qint64(2) << 0.25 << qint64(0); // A is MQL but its purchase has no date
        // SQL or later: E (SQL 07-01, MQL 05-15 before it) too; C 30 beaten by A and E, 2 of 5.
        QTest::newRow("sql") << int(OutcomeStage::Sql) << QList<bool>{true, true, false, true, true, true} << qint64(2)
                             << 0.4 << qint64(1);
    }

    void snapshot()
    {
        QFETCH(int, outcome);
        QFETCH(QList<bool>, positive);
        QFETCH(qint64, undatedPositives);
        QFETCH(double, auc);
        QFETCH(qint64, mqlFirst);
        BackTestRequest request;
        request.moment = BackTestMoment::Snapshot;
        request.outcome = OutcomeStage(outcome);
        const auto population = BackTest::build(model(), leads(), request, dataEnd);
        QVERIFY2(population.ok(), qPrintable(population.ok() ? QString() : population.error().toString()));
        QVERIFY(population->optimistic());
        QVERIFY(!population->provisional());
        QCOMPARE(population->cases.size(), std::size_t(6));
        QCOMPARE(counted(*population), 6);
        const std::vector<std::int64_t> scores = {55, 10, 30, 0, 50, 10};
        for (std::size_t i = 0; i < 6; ++i) {
            QCOMPARE(population->cases[i].scoredAt, dataEnd);
            QCOMPARE(population->cases[i].engagement, scores[i]);
            QCOMPARE(population->cases[i].positive, positive[qsizetype(i)]);
        }
        QCOMPARE(population->undatedPositives, undatedPositives);
        const BackTestFigures figures = BackTestFigures::of(*population);
        QVERIFY(std::abs(figures.auc.auc - auc) < 1e-12);
        QCOMPARE(figures.selected, 2); // A and E
        QCOMPARE(figures.positivesMqlFirst, mqlFirst);
        // By the model's stage, not the outcome's: B, D, F leads, C IQL, A and E MQL.
        QCOMPARE(figures.leadsPerStage, (std::array<std::int64_t, 4>{3, 1, 2, 0}));
    }

    // The dated moments cannot place an undated outcome: left out and counted.
    void undatedOutcomesAreLeftOutOfDatedMoments_data()
    {
        QTest::addColumn<int>("moment");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QList<std::int64_t>>("scored"); // lead ids
        QTest::addColumn<QList<bool>>("positive");
        QTest::addColumn<qint64>("undated");
        QTest::addColumn<qint64>("neverReached");
        // As of 06-01: A and D undated; B and F bought within 180 days.
        QTest::newRow("customer as of 2025-06-01")
            << int(BackTestMoment::AsOf) << int(OutcomeStage::Customer) << QList<std::int64_t>{2, 3, 5, 6}
            << QList<bool>{true, false, false, true} << qint64(2) << qint64(0);
        // SQL or later: F's SQL has no date and its purchase came after T, so its SQL may
        // have come before T: left out too.
        QTest::newRow("sql as of 2025-06-01")
            << int(BackTestMoment::AsOf) << int(OutcomeStage::Sql) << QList<std::int64_t>{2, 3, 5}
            << QList<bool>{true, false, true} << qint64(3) << qint64(0);
        // At IQL entry: B, D, F never reach IQL (D's flag does not count it twice); A is undated.
        QTest::newRow("sql at IQL entry")
            << int(BackTestMoment::AtIql) << int(OutcomeStage::Sql) << QList<std::int64_t>{3, 5}
            << QList<bool>{false, true} << qint64(1) << qint64(3);
    }

    void undatedOutcomesAreLeftOutOfDatedMoments()
    {
        QFETCH(int, moment);
        QFETCH(int, outcome);
        QFETCH(QList<std::int64_t>, scored);
        QFETCH(QList<bool>, positive);
        QFETCH(qint64, undated);
        QFETCH(qint64, neverReached);
        BackTestRequest request;
        request.moment = BackTestMoment(moment);
        request.outcome = OutcomeStage(outcome);
        request.asOf = at(u"2025-06-01"_qs);
        const ScoringInput input = leads();
        const auto population = BackTest::build(model(), input, request, dataEnd);
        QVERIFY(population.ok());
        QCOMPARE(population->undatedOutcome, undated);
        QCOMPARE(population->neverReachedStage, neverReached);
        QCOMPARE(population->undatedPositives, 0);
        QCOMPARE(counted(*population), 6);
        QCOMPARE(qsizetype(population->cases.size()), scored.size());
        for (qsizetype i = 0; i < scored.size(); ++i) {
            QCOMPARE(input.leads.id(population->cases[std::size_t(i)].lead), scored[i]);
            QCOMPARE(population->cases[std::size_t(i)].positive, positive[i]);
        }
    }

    // recorded:STAGE: the CRM's stages per lead instead of the outcomes table.
    void recordedOutcome_data()
    {
        QTest::addColumn<int>("moment");
        QTest::addColumn<QStringList>("recorded");
        QTest::addColumn<QList<bool>>("positive"); // of the scored leads, in order
        QTest::addColumn<qint64>("undated");
        QTest::addColumn<QString>("error"); // empty: accepted
        const QStringList undatedOnly = {u"undated"_qs, {}, {}, u"undated"_qs, u"undated"_qs, {}};
        const QStringList someDated = {u"undated"_qs, u"2025-08-01"_qs, {}, {}, u"2025-03-01"_qs, {}};
        QTest::newRow("undated, snapshot")
            << int(BackTestMoment::Snapshot) << undatedOnly << QList<bool>{true, false, false, true, true, false}
            << qint64(0) << QString();
        QTest::newRow("undated, as of: refused")
            << int(BackTestMoment::AsOf) << undatedOnly << QList<bool>{} << qint64(0) << u"--snapshot"_qs;
        QTest::newRow("undated, at IQL: refused")
            << int(BackTestMoment::AtIql) << undatedOnly << QList<bool>{} << qint64(0) << u"--snapshot"_qs;
        QTest::newRow("none recorded: refused") << int(BackTestMoment::Snapshot) << QStringList(6) << QList<bool>{}
                                                << qint64(0) << u"no lead has a recorded stage SQL"_qs;
        // Dated stages are used: B in the window, E before T (left out), A undated (left out).
        QTest::newRow("some dated, as of") << int(BackTestMoment::AsOf) << someDated
                                           << QList<bool>{true, false, false, false} << qint64(1) << QString();
    }

    void recordedOutcome()
    {
        QFETCH(int, moment);
        QFETCH(QStringList, recorded);
        QFETCH(QList<bool>, positive);
        QFETCH(qint64, undated);
        QFETCH(QString, error);
        BackTestRequest request;
        request.moment = BackTestMoment(moment);
        request.asOf = at(u"2025-06-01"_qs);
        request.recordedStage = Stage::SQL;
        request.recorded = ::recorded(recorded);
        QCOMPARE(outcomeName(request), u"recorded:sql"_qs);
        const auto population = BackTest::build(model(), leads(), request, dataEnd);
        if (!error.isEmpty()) {
            QVERIFY(!population.ok());
            QVERIFY2(population.error().toString().contains(error), qPrintable(population.error().toString()));
            return;
        }
        QVERIFY2(population.ok(), qPrintable(population.ok() ? QString() : population.error().toString()));
        QCOMPARE(population->undatedOutcome, undated);
        QCOMPARE(counted(*population), 6);
        QCOMPARE(qsizetype(population->cases.size()), positive.size());
        for (qsizetype i = 0; i < positive.size(); ++i)
            QCOMPARE(population->cases[std::size_t(i)].positive, positive[i]);
    }

    void recordedOutcomeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("stage"); // -1: not a recordable stage
        QTest::newRow("mql") << u"mql"_qs << int(Stage::MQL);
        QTest::newRow("Opportunity") << u"Opportunity"_qs << int(Stage::Opportunity);
        QTest::newRow("customer") << u"customer"_qs << int(Stage::Customer);
        QTest::newRow("iql: never recorded") << u"iql"_qs << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void recordedOutcomeNames()
    {
        QFETCH(QString, name);
        QFETCH(int, stage);
        const auto found = recordedStageFromName(name);
        QCOMPARE(found ? int(*found) : -1, stage);
        if (found)
            QCOMPARE(recordedOutcomeName(*found), u"recorded:"_qs + name.toLower());
    }

    // IQL 35 instead of 25: the first model's stages (rows) against the second's.
    void transitionMatrix_data()
    {
        QTest::addColumn<int>("moment");
        QTest::addColumn<QList<QList<int>>>("cells"); // {from, to, count}, every other cell 0
        QTest::addColumn<int>("changed");
        QTest::addColumn<qint64>("firstOnly");
        QTest::addColumn<qint64>("otherOnly");
        QTest::addColumn<bool>("paired");
        QTest::addColumn<QList<std::int64_t>>("moved"); // lead ids, for the explorer
        // As of 06-01, B, C, E (A, D, F undated): C's 30 is IQL under 25, a plain lead under 35.
        QTest::newRow("as of") << int(BackTestMoment::AsOf)
                               << QList<QList<int>>{{int(Stage::Lead), int(Stage::Lead), 1},
                                                    {int(Stage::IQL), int(Stage::Lead), 1},
                                                    {int(Stage::MQL), int(Stage::MQL), 1}}
                               << 1 << qint64(0) << qint64(0) << true << QList<std::int64_t>{3};
        // At IQL entry: C never reaches 35; E enters at 05-01 (25, IQL) under the
        // first and at 05-15 (50, MQL) under the second.
        QTest::newRow("at IQL entry") << int(BackTestMoment::AtIql)
                                      << QList<QList<int>>{{int(Stage::IQL), int(Stage::MQL), 1}} << 1 << qint64(1)
                                      << qint64(0) << false << QList<std::int64_t>{5};
        // Snapshot: every lead at the analysis date, by the stage the model reached (not the
        // outcome's: A, B, D, F are customers by then, E an SQL); C 30 is IQL under 25 only.
        QTest::newRow("snapshot") << int(BackTestMoment::Snapshot)
                                  << QList<QList<int>>{{int(Stage::Lead), int(Stage::Lead), 3},
                                                       {int(Stage::IQL), int(Stage::Lead), 1},
                                                       {int(Stage::MQL), int(Stage::MQL), 2}}
                                  << 1 << qint64(0) << qint64(0) << true << QList<std::int64_t>{3};
    }

    void transitionMatrix()
    {
        QFETCH(int, moment);
        QFETCH(QList<QList<int>>, cells);
        QFETCH(int, changed);
        QFETCH(qint64, firstOnly);
        QFETCH(qint64, otherOnly);
        QFETCH(bool, paired);
        QFETCH(QList<std::int64_t>, moved);
        ScoringModel stricter = model();
        stricter.thresholds.iql = 35;
        BackTestRequest request;
        request.moment = BackTestMoment(moment);
        request.outcome = OutcomeStage::Sql;
        request.asOf = at(u"2025-06-01"_qs);
        const auto evaluated =
            ModelEvaluation::run({{u"IQL 25"_qs, model()}, {u"IQL 35"_qs, stricter}}, leads(), request, dataEnd);
        QVERIFY(evaluated.ok());
        QVERIFY(!evaluated->front().stagesAgainstFirst);
        const EvaluatedModel &second = evaluated->back();
        QVERIFY(second.stagesAgainstFirst);
        QCOMPARE(second.paired, paired);
        QVERIFY(second.againstFirst.has_value());
        StageChanges::Matrix expected{};
        int leads = 0;
        for (const QList<int> &cell : cells) {
            expected[std::size_t(cell[0])][std::size_t(cell[1])] = cell[2];
            leads += cell[2];
        }
        QCOMPARE(second.stagesAgainstFirst->matrix(), expected);
        QCOMPARE(second.stagesAgainstFirst->leads(), leads);
        QCOMPARE(second.stagesAgainstFirst->changed(), changed);
        QCOMPARE(second.scoredByFirstOnly, firstOnly);
        QCOMPARE(second.scoredByThisOnly, otherOnly);
        const std::vector<std::int64_t> changedLeads = second.stagesAgainstFirst->changedLeads();
        QCOMPARE(QList<std::int64_t>(changedLeads.begin(), changedLeads.end()), moved);
        // The JSON carries the same matrix, rows the first model's stages.
        const QJsonObject json = ModelEvaluation::toJson(*evaluated);
        const QJsonObject transitions = json[u"models"_qs].toArray()[1].toObject()[u"stageTransitions"_qs].toObject();
        QCOMPARE(transitions[u"stages"_qs].toArray()[1].toString(), u"IQL"_qs);
        for (const QList<int> &cell : cells)
            QCOMPARE(transitions[u"counts"_qs].toArray()[cell[0]].toArray()[cell[1]].toInt(), cell[2]);
        QCOMPARE(transitions[u"changed"_qs].toInt(), changed);
        QVERIFY(!json[u"models"_qs].toArray()[0].toObject().contains(u"stageTransitions"_qs));
        QCOMPARE(json[u"backTest"_qs].toObject()[u"optimistic"_qs].toBool(),
                 request.moment == BackTestMoment::Snapshot);
    }
};

QTEST_GUILESS_MAIN(TestBackTestOutcomes)
#include "tst_backtestoutcomes.moc"
