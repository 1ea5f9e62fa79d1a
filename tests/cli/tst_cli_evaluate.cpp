// `leadstage evaluate` end to end on a demo workspace: the JSON holds exactly what the
// core's ModelEvaluation computes on the same file, the table and CSV say the same,
// comparing a model with itself differs by nothing (paired), and bad arguments get one
// line and exit 2.

#include "LeadstageProcess.h"

#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelInForce.h"
#include "store/Workspace.h"
#include "tuning/ModelEvaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

class TestEvaluateCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

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
                                 << u"--outcome must be sql, opportunity or customer, not 'won'"_qs;
        QTest::newRow("both moments") << QStringList{u"--as-of"_qs, u"2025-05-01"_qs, u"--at-stage"_qs, u"iql"_qs}
                                      << u"give --as-of or --at-stage, not both"_qs;
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
