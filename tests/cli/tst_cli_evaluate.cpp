// `leadstage evaluate` end to end on a demo workspace: the JSON holds exactly what the
// core's ModelEvaluation computes on the same file, the table and CSV say the same,
// comparing a model with itself differs by nothing (paired), and bad arguments get one
// line and exit 2.

#include "../core/ServerPlacement.h"
#include "LeadstageProcess.h"

#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelInForce.h"
#include "scoring/ModelJson.h"
#include "store/Workspace.h"
#include "tuning/ModelEvaluation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

namespace {

QString fixture(const QString &path)
{
    return QStringLiteral(LEADSTAGE_FIXTURES "/") + path;
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonObject firstModel(const QJsonObject &json, const char *key)
{
    return json[u"models"_qs].toArray().first().toObject()[QString::fromLatin1(key)].toObject();
}

} // namespace

class TestEvaluateCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LeadStage::Testing::ServerPlacement m_placement;
    QString m_demo;
    QString m_xeducation; // a 0/1 Converted column: undated customers, no events
    QString m_hubspot;    // HubSpot's "Became a … Date": dated recorded stages
    QString m_mqlList;    // a yes/no MQL column: undated recorded stages
    QString m_stricter;   // the default model with IQL at 35, as a model file

    QString imported(const QString &name, const QStringList &arguments)
    {
        const QString workspace = m_dir.filePath(name + u".leadstage"_qs);
        const Run run = leadstage(QStringList{u"import"_qs, workspace} + arguments);
        if (run.exitCode != 0)
            qFatal("import %s: %s", qPrintable(name), qPrintable(run.err));
        return workspace;
    }

    // The core's answer on the same file, for the same request.
    QJsonObject inProcess(const BackTestRequest &request)
    {
        auto workspace = Workspace::open(m_demo, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        if (!workspace)
            qFatal("open: %s", qPrintable(workspace.error().toString()));
        EventColumnsLoader loader((*workspace)->database());
        const std::int64_t dataEnd = loader.defaultAsOf().value();
        BackTestRequest resolved = request;
        if (resolved.moment == BackTestMoment::AsOf && resolved.asOf == 0)
            resolved.asOf = ModelEvaluation::defaultAsOf(dataEnd, resolved.horizonDays);
        const ScoringInput input = loader.loadAll().value();
        const ModelInForce active = ModelInForce::read((*workspace)->database()).value();
        const auto evaluated = ModelEvaluation::run({{u"the active model, "_qs + active.describe(), active.model}},
                                                    input, resolved, dataEnd);
        return ModelEvaluation::toJson(evaluated.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(u"demo.leadstage"_qs);
        const Run demo = leadstage({u"demo"_qs, u"--leads"_qs, u"1500"_qs, u"--seed"_qs, u"7"_qs, u"--out"_qs, m_demo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_demo = m_placement.place(m_demo); // tst_cli_evaluate_on_server: the demo's copy on the server
        // As tst_cli_real_exports imports it: Prospect ID the key, Converted an undated customer.
        const QString mapping = m_dir.filePath(u"xeducation-mapping.json"_qs);
        QFile file(mapping);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "leadstage-mapping", "version": 1, "leads": {"columns": {
            "external_id": "Prospect ID", "customer_flag": "Converted", "source": "Lead Source",
            "country": "Country"}}})");
        file.close();
        m_xeducation = imported(u"xeducation"_qs, {u"--leads"_qs, fixture(u"exports/xeducation-leads.csv"_qs),
                                                   u"--mapping"_qs, mapping, u"--created-date"_qs, u"import"_qs});
        m_hubspot = imported(u"hubspot"_qs, {u"--leads"_qs, fixture(u"import/outcomes/hubspot-lifecycle.csv"_qs)});
        m_mqlList = imported(u"mql-list"_qs, {u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                                              fixture(u"import/outcomes/mql-list.csv"_qs), u"--outcomes"_qs,
                                              fixture(u"import/outcomes/won-deals.csv"_qs), u"--mapping"_qs,
                                              fixture(u"import/outcomes/mql-won-mapping.json"_qs)});
        ScoringModel stricter = ScoringModel::defaultModel().value();
        stricter.thresholds.iql = 35;
        m_stricter = m_dir.filePath(u"iql35.json"_qs);
        QFile model(m_stricter);
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write(ModelJson::write(stricter));
    }

    void jsonIsTheCoresAnswer_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("moment");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("default: customer, as of the latest complete date")
            << QStringList{} << int(BackTestMoment::AsOf) << u"customer"_qs;
        QTest::newRow("sql at MQL entry") << QStringList{u"--outcome"_qs, u"sql"_qs, u"--at-stage"_qs, u"mql"_qs}
                                          << int(BackTestMoment::AtMql) << u"sql"_qs;
        QTest::newRow("snapshot") << QStringList{u"--snapshot"_qs} << int(BackTestMoment::Snapshot) << u"customer"_qs;
        QTest::newRow("opportunity at IQL entry, 90 days")
            << QStringList{u"--outcome"_qs, u"opportunity"_qs, u"--at-stage"_qs, u"iql"_qs, u"--horizon"_qs, u"90"_qs}
            << int(BackTestMoment::AtIql) << u"opportunity"_qs;
    }

    void jsonIsTheCoresAnswer()
    {
        QFETCH(QStringList, options);
        QFETCH(int, moment);
        QFETCH(QString, outcome);
        const Run run = leadstage(QStringList{u"evaluate"_qs, m_demo, u"--format"_qs, u"json"_qs} + options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        BackTestRequest request;
        request.moment = BackTestMoment(moment);
        request.outcome = *outcomeStageFromName(outcome);
        if (options.contains(u"--horizon"_qs))
            request.horizonDays = 90;
        QCOMPARE(printed, inProcess(request));
        const QJsonObject model = printed[u"models"_qs].toArray().first().toObject();
        QVERIFY(model[u"auc"_qs][u"positives"_qs].toInt() > 0); // the demo has outcomes to find
        QVERIFY(model[u"population"_qs][u"scored"_qs].toInt() > 0);
    }

    void tableSaysWhatWasScoredAndLeftOut()
    {
        const Run run = leadstage({u"evaluate"_qs, m_demo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json =
            QJsonDocument::fromJson(leadstage({u"evaluate"_qs, m_demo, u"--format"_qs, u"json"_qs}).out.toUtf8())
                .object();
        const QJsonObject population = json[u"models"_qs].toArray().first()[u"population"_qs].toObject();
        const QJsonObject auc = json[u"models"_qs].toArray().first()[u"auc"_qs].toObject();
        QVERIFY(run.out.contains(u"minus the horizon: the latest date whose outcomes are all known"_qs));
        QVERIFY2(run.out.contains(u"1,500 in the workspace, %1 scored"_qs.arg(
                     QLocale(QLocale::English).toString(population[u"scored"_qs].toInt()))),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QString::number(auc[u"auc"_qs].toDouble(), 'f', 3)));
        QVERIFY(run.out.contains(u"Gains by score decile"_qs));
        QVERIFY(run.out.contains(u"Outcome rate by score band"_qs));
        const Run csv = leadstage({u"evaluate"_qs, m_demo, u"--format"_qs, u"csv"_qs});
        QVERIFY(csv.out.startsWith(u"model,table,row,leads,outcomes,rate,lift,cumulative_gain,cumulative_lift\n"_qs));
        QCOMPARE(csv.out.count(u",band,"_qs), 5);
        QCOMPARE(csv.out.count(u",stage,"_qs), 4);
    }

    void aModelComparedWithItselfDiffersByNothing()
    {
        const Run run = leadstage(
            {u"evaluate"_qs, m_demo, u"--model"_qs, u"1"_qs, u"--model"_qs, u"active"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray models = QJsonDocument::fromJson(run.out.toUtf8()).object()[u"models"_qs].toArray();
        QCOMPARE(models.size(), 2);
        const QJsonObject against = models[1][u"againstFirst"_qs].toObject();
        QCOMPARE(against[u"paired"_qs].toBool(), true);
        QCOMPARE(against[u"difference"_qs].toDouble(), 0.0);
        QVERIFY(!models[0].toObject().contains(u"againstFirst"_qs));
    }

    void badArgumentsGetOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("outcome") << QStringList{u"--outcome"_qs, u"won"_qs}
                                 << u"--outcome must be sql, opportunity, customer or recorded:STAGE, not 'won'"_qs;
        QTest::newRow("recorded stage") << QStringList{u"--outcome"_qs, u"recorded:won"_qs}
                                        << u"--outcome recorded:STAGE takes mql, sql, opportunity or customer, not "
                                           "'won'"_qs;
        QTest::newRow("recorded IQL") << QStringList{u"--outcome"_qs, u"recorded:iql"_qs}
                                      << u"--outcome recorded:STAGE takes mql, sql, opportunity or customer, not "
                                         "'iql'"_qs;
        QTest::newRow("both moments") << QStringList{u"--as-of"_qs, u"2025-05-01"_qs, u"--at-stage"_qs, u"iql"_qs}
                                      << u"give one of --as-of, --at-stage and --snapshot"_qs;
        QTest::newRow("snapshot and a date") << QStringList{u"--snapshot"_qs, u"--as-of"_qs, u"2025-05-01"_qs}
                                             << u"give one of --as-of, --at-stage and --snapshot"_qs;
        QTest::newRow("snapshot and a horizon")
            << QStringList{u"--snapshot"_qs, u"--horizon"_qs, u"90"_qs}
            << u"--snapshot has no horizon: every outcome counts, whenever it came; leave out --horizon"_qs;
        QTest::newRow("stage") << QStringList{u"--at-stage"_qs, u"sql"_qs}
                               << u"--at-stage must be iql or mql, not 'sql'"_qs;
        QTest::newRow("horizon") << QStringList{u"--horizon"_qs, u"0"_qs}
                                 << u"--horizon must be a number of days from 1 to 3650, not '0'"_qs;
        QTest::newRow("format") << QStringList{u"--format"_qs, u"xml"_qs}
                                << u"--format must be table, json or csv, not 'xml'"_qs;
    }

    void badArgumentsGetOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        verifyBadArguments(QStringList{u"evaluate"_qs, m_demo} + arguments, expected);
    }

    // The 0/1 Converted column: 12 leads, 5 converted, no dates and no events.
    void snapshotOfAnUndatedConvertedColumn()
    {
        const Run run = leadstage({u"evaluate"_qs, m_xeducation, u"--snapshot"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject printed = json(run);
        QCOMPARE(printed[u"backTest"_qs][u"moment"_qs].toString(), u"snapshot"_qs);
        QCOMPARE(printed[u"backTest"_qs][u"optimistic"_qs].toBool(), true);
        QVERIFY(printed[u"backTest"_qs][u"note"_qs].toString().startsWith(u"optimistic: "_qs));
        const QJsonObject population = firstModel(printed, "population");
        QCOMPARE(population[u"leads"_qs].toInt(), 12);
        QCOMPARE(population[u"scored"_qs].toInt(), 12);
        QCOMPARE(population[u"undatedPositives"_qs].toInt(), 5);
        QCOMPARE(population[u"optimistic"_qs].toBool(), true);
        const QJsonObject auc = firstModel(printed, "auc");
        QCOMPARE(auc[u"positives"_qs].toInt(), 5);
        QCOMPARE(auc[u"negatives"_qs].toInt(), 7);
        QCOMPARE(auc[u"auc"_qs].toDouble(), 0.5); // no events: every score ties at 0
        const Run table = leadstage({u"evaluate"_qs, m_xeducation, u"--snapshot"_qs});
        QVERIFY2(table.out.contains(u"Back-test  customer (or a later stage) at any time, snapshot: every lead "
                                    "scored at the analysis date"_qs),
                 qPrintable(table.out));
        QVERIFY2(table.out.contains(u"Note       optimistic: every lead is scored at the analysis date"_qs)
                     && table.out.contains(u"; 5 of the outcomes have no date"_qs),
                 qPrintable(table.out));
        // MQL first out of the dated outcomes only: here none.
        QVERIFY2(table.out.contains(u"  0 of 0 dated"_qs), qPrintable(table.out));
    }

    // As of a date the undated customers cannot be placed: left out, counted, pointed to --snapshot.
    void aDatedMomentCountsTheUndatedOutcomes()
    {
        const Run run = leadstage({u"evaluate"_qs, m_xeducation, u"--as-of"_qs, u"2099-12-31"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Leads      12 in the workspace, 7 scored; left out: 5 with an undated outcome"_qs),
                 qPrintable(run.out));
        QVERIFY2(
            run.out.contains(u"Note       5 leads reached the outcome with no date (a yes/no flag): they cannot be "
                             "placed before or after the moment, so they are left out, neither positive nor "
                             "negative; --snapshot scores every lead at the analysis date and counts them"_qs),
            qPrintable(run.out));
        const QJsonObject population = firstModel(json(leadstage({u"evaluate"_qs, m_xeducation, u"--as-of"_qs,
                                                                  u"2099-12-31"_qs, u"--format"_qs, u"json"_qs})),
                                                  "population");
        QCOMPARE(population[u"undatedOutcome"_qs].toInt(), 5);
        QCOMPARE(population[u"scored"_qs].toInt(), 7);
    }

    // recorded:STAGE: the CRM's stages as the outcome, dated (HubSpot) or not (a yes/no list).
    void recordedOutcome_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("positives"); // -1: refused
        QTest::addColumn<int>("negatives");
        QTest::addColumn<QString>("error");
        // 101 (SQL 03-01) and 105 (SQL 02-28) within 180 days of 02-15; 102, 103 not.
        QTest::newRow("dated SQL as of a date")
            << u"hubspot"_qs << QStringList{u"--outcome"_qs, u"recorded:sql"_qs, u"--as-of"_qs, u"2025-02-15"_qs} << 2
            << 2 << QString();
        QTest::newRow("dated customer, snapshot")
            << u"hubspot"_qs << QStringList{u"--outcome"_qs, u"recorded:customer"_qs, u"--snapshot"_qs} << 1 << 3
            << QString();
        QTest::newRow("undated MQL, snapshot")
            << u"mql-list"_qs << QStringList{u"--outcome"_qs, u"recorded:MQL"_qs, u"--snapshot"_qs} << 4 << 0
            << QString();
        QTest::newRow("undated MQL at IQL entry: refused")
            << u"mql-list"_qs << QStringList{u"--outcome"_qs, u"recorded:mql"_qs, u"--at-stage"_qs, u"iql"_qs} << -1
            << 0
            << u"leadstage evaluate: the CRM recorded MQL or a later stage without a date for each of the 4 leads that "
               u"have one: "
               "they cannot be placed before or after a date or a stage entry. Use the snapshot moment (--snapshot), "
               "which scores every lead at the analysis date."_qs;
        QTest::newRow("none recorded: refused")
            << u"mql-list"_qs << QStringList{u"--outcome"_qs, u"recorded:sql"_qs, u"--snapshot"_qs} << -1 << 0
            << u"leadstage evaluate: no lead has a recorded stage SQL or later in this workspace. Import the CRM's "
               u"lifecycle "
               "dates or flags (docs/import.md), or predict sql, opportunity or customer."_qs;
    }

    void recordedOutcome()
    {
        QFETCH(QString, workspace);
        QFETCH(QStringList, options);
        QFETCH(int, positives);
        QFETCH(int, negatives);
        QFETCH(QString, error);
        const QString file = workspace == u"hubspot" ? m_hubspot : m_mqlList;
        const Run run = leadstage(QStringList{u"evaluate"_qs, file, u"--format"_qs, u"json"_qs} + options);
        if (positives < 0) {
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err.trimmed(), error);
            return;
        }
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject printed = json(run);
        QCOMPARE(printed[u"backTest"_qs][u"outcome"_qs].toString(), options[1].toLower());
        QCOMPARE(firstModel(printed, "auc")[u"positives"_qs].toInt(), positives);
        QCOMPARE(firstModel(printed, "auc")[u"negatives"_qs].toInt(), negatives);
        const Run table = leadstage(QStringList{u"evaluate"_qs, file} + options);
        QVERIFY2(table.out.contains(u"Back-test  the CRM recorded "_qs), qPrintable(table.out));
    }

    // Two models: the AUC difference for every moment (paired when both scored the same
    // leads at the same moments) and the stage transition matrix, in the table and JSON.
    void comparisonHasTheDifferenceAndTheTransitions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("paired");
        QTest::newRow("as of") << QStringList{} << true;
        QTest::newRow("at IQL entry") << QStringList{u"--at-stage"_qs, u"iql"_qs} << false;
        // IQL at 35 moves no MQL moment: the same leads at the same moments, so paired.
        QTest::newRow("at MQL entry") << QStringList{u"--at-stage"_qs, u"mql"_qs} << true;
        QTest::newRow("snapshot") << QStringList{u"--snapshot"_qs} << true;
    }

    void comparisonHasTheDifferenceAndTheTransitions()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, paired);
        const QStringList arguments =
            QStringList{u"evaluate"_qs, m_demo, u"--model"_qs, u"active"_qs, u"--model"_qs, m_stricter} + options;
        const Run run = leadstage(arguments + QStringList{u"--format"_qs, u"json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray models = json(run)[u"models"_qs].toArray();
        const QJsonObject against = models[1][u"againstFirst"_qs].toObject();
        QCOMPARE(against[u"paired"_qs].toBool(), paired);
        QVERIFY(std::isfinite(against[u"difference"_qs].toDouble()));
        const QJsonObject transitions = models[1][u"stageTransitions"_qs].toObject();
        QCOMPARE(transitions[u"stages"_qs].toArray().size(), 7);
        int sum = 0, offDiagonal = 0;
        const QJsonArray counts = transitions[u"counts"_qs].toArray();
        for (qsizetype from = 0; from < counts.size(); ++from)
            for (qsizetype to = 0; to < counts.size(); ++to) {
                sum += counts[from].toArray()[to].toInt();
                offDiagonal += from != to ? counts[from].toArray()[to].toInt() : 0;
            }
        QCOMPARE(transitions[u"leads"_qs].toInt(), sum);
        QCOMPARE(transitions[u"changed"_qs].toInt(), offDiagonal);
        // Every lead either model scored is in the matrix or counted beside it.
        QCOMPARE(sum + transitions[u"scoredByFirstOnly"_qs].toInt(), models[0][u"population"_qs][u"scored"_qs].toInt());
        QCOMPARE(sum + transitions[u"scoredByThisOnly"_qs].toInt(), models[1][u"population"_qs][u"scored"_qs].toInt());
        if (paired)
            QCOMPARE(transitions[u"scoredByFirstOnly"_qs].toInt(), 0);
        const Run table = leadstage(arguments);
        QVERIFY(table.out.contains(paired ? u", paired)"_qs : u", unpaired: other leads)"_qs));
        QVERIFY2(table.out.contains(u"Stage at the moment: the active model, Default v1 (id 1) (rows) against "_qs)
                     && table.out.contains(u"%1 of %2 leads differ"_qs.arg(offDiagonal).arg(sum)),
                 qPrintable(table.out));
    }

    void anUnknownModelNamesTheWayOut()
    {
        const Run run = leadstage({u"evaluate"_qs, m_demo, u"--model"_qs, u"Nope"_qs});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no model 'Nope'"_qs) && run.err.contains(u"leadstage model list"_qs),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCommand)
#include "tst_cli_evaluate.moc"
