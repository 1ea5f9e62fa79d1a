// `leadstage threshold` end to end on a demo workspace: the current threshold's figures
// are evaluate's (also under an ICP threshold and at IQL entry), the table marks the
// current and proposed rows, --apply-to writes a model evaluate reads back with the
// proposal's figures, and bad arguments get one line and exit 2.

#include "../core/ServerPlacement.h"
#include "LeadstageProcess.h"

#include "scoring/ModelJson.h"
#include "scoring/ScoringModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

class TestThresholdCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LeadStage::Testing::ServerPlacement m_placement;
    QString m_demo;
    QString m_icpModel;

    QJsonObject json(const QStringList &arguments)
    {
        const Run run = leadstage(arguments);
        if (run.exitCode != 0)
            qFatal("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(u"demo.leadstage"_qs);
        const Run demo = leadstage({u"demo"_qs, u"--leads"_qs, u"1500"_qs, u"--seed"_qs, u"7"_qs, u"--out"_qs, m_demo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_demo = m_placement.place(m_demo); // tst_cli_threshold_on_server: the demo's copy on the server
        // Grades A and B keep their own threshold of 35 whatever the MQL threshold.
        ScoringModel icp = ScoringModel::defaultModel().value();
        icp.thresholds.mqlIcp = 35;
        m_icpModel = m_dir.filePath(u"icp.json"_qs);
        QVERIFY(ModelJson::writeFile(m_icpModel, icp));
    }

    void currentIsEvaluatesFigures_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("as of the latest complete date") << QStringList{};
        QTest::newRow("sql at IQL entry, 90 days")
            << QStringList{u"--outcome"_qs, u"sql"_qs, u"--at-stage"_qs, u"iql"_qs, u"--horizon"_qs, u"90"_qs};
        QTest::newRow("an ICP threshold") << QStringList{u"--model"_qs, u"ICP"_qs};
    }
    void currentIsEvaluatesFigures()
    {
        QFETCH(QStringList, options);
        options.replaceInStrings(u"ICP"_qs, m_icpModel);
        const QJsonObject evaluated = json(QStringList{u"evaluate"_qs, m_demo, u"--format"_qs, u"json"_qs}
                                           + options)[u"models"_qs][0][u"atMqlThreshold"_qs]
                                          .toObject();
        const QJsonObject curve =
            json(QStringList{u"threshold"_qs, m_demo, u"--capacity"_qs, u"5"_qs, u"--format"_qs, u"json"_qs} + options);
        const QJsonObject current = curve[u"current"_qs].toObject();
        // At IQL entry few leads are MQL already: the demo's 1,500 leads have none.
        QVERIFY(evaluated[u"selected"_qs].toInteger() > 0 || options.contains(u"iql"_qs));
        QCOMPARE(current[u"selected"_qs].toInteger(), evaluated[u"selected"_qs].toInteger());
        QCOMPARE(current[u"selectedPositives"_qs].toInteger(), evaluated[u"selectedPositives"_qs].toInteger());
        QCOMPARE(current[u"mqlsPerMonth"_qs].toDouble(), evaluated[u"mqlsPerMonth"_qs].toDouble());
        QCOMPARE(curve[u"window"_qs][u"months"_qs].toInt(), 6);
        QCOMPARE(current[u"threshold"_qs].toInt(), 50);
        // Every row, ascending, recall never rising.
        const QJsonArray rows = curve[u"rows"_qs].toArray();
        QVERIFY(rows.size() > 5);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(rows[i][u"threshold"_qs].toInt() > rows[i - 1][u"threshold"_qs].toInt());
            QVERIFY(rows[i][u"recall"_qs].toDouble() <= rows[i - 1][u"recall"_qs].toDouble());
        }
    }

    void tableMarksCurrentAndProposed()
    {
        const QStringList arguments{u"threshold"_qs, m_demo, u"--capacity"_qs, u"12"_qs, u"--catch"_qs, u"50%"_qs};
        const QJsonObject proposal =
            json(arguments + QStringList{u"--format"_qs, u"json"_qs})[u"proposal"_qs].toObject();
        const int proposed = proposal[u"threshold"_qs].toInt();
        QVERIFY(proposed > 0);
        const Run run = leadstage(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Asked      at most 12 MQLs a month; catch at least 50.0 % of the outcomes"_qs),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Proposed   %1: "_qs.arg(proposed)), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"← proposed"_qs), qPrintable(run.out));
        QVERIFY2(run.out.contains(proposal[u"explanation"_qs].toString()), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Current    50: "_qs), qPrintable(run.out));
    }

    // The written model back-tests to the proposal's figures.
    void applyToWritesWhatEvaluateReads()
    {
        const QString out = m_dir.filePath(u"proposed.json"_qs);
        const QJsonObject curve = json(
            {u"threshold"_qs, m_demo, u"--capacity"_qs, u"14"_qs, u"--format"_qs, u"json"_qs, u"--apply-to"_qs, out});
        const QJsonObject proposal = curve[u"proposal"_qs].toObject();
        QCOMPARE(proposal[u"verdict"_qs].toString(), u"capacity"_qs);
        const int proposed = proposal[u"threshold"_qs].toInt();
        QVERIFY(proposed != 50);
        const ScoringModel written = ModelJson::read(readAll(out)).value();
        QCOMPARE(written.thresholds.mql, proposed);
        const QJsonObject evaluated = json({u"evaluate"_qs, m_demo, u"--model"_qs, out, u"--format"_qs,
                                            u"json"_qs})[u"models"_qs][0][u"atMqlThreshold"_qs]
                                          .toObject();
        const QJsonObject figures = proposal[u"figures"_qs].toObject();
        QCOMPARE(evaluated[u"selected"_qs].toInteger(), figures[u"selected"_qs].toInteger());
        QCOMPARE(evaluated[u"mqlsPerMonth"_qs].toDouble(), figures[u"mqlsPerMonth"_qs].toDouble());
        QVERIFY(figures[u"mqlsPerMonth"_qs].toDouble() <= 14);
    }

    void nothingToApplyWritesNothing()
    {
        const QString out = m_dir.filePath(u"none.json"_qs);
        const Run run = leadstage({u"threshold"_qs, m_demo, u"--capacity"_qs, u"0.01"_qs, u"--apply-to"_qs, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no threshold to apply"_qs), qPrintable(run.err));
        QVERIFY(run.out.contains(u"Proposed   none"_qs));
        QVERIFY(!QFile::exists(out));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no constraint") << QStringList{} << u"give --capacity N"_qs;
        QTest::newRow("capacity 0") << QStringList{u"--capacity"_qs, u"0"_qs} << u"--capacity must be"_qs;
        QTest::newRow("catch above 1") << QStringList{u"--catch"_qs, u"1.5"_qs} << u"--catch must be"_qs;
        QTest::newRow("catch not a number") << QStringList{u"--catch"_qs, u"most"_qs} << u"--catch must be"_qs;
        QTest::newRow("months 0") << QStringList{u"--capacity"_qs, u"5"_qs, u"--months"_qs, u"0"_qs}
                                  << u"--months must be"_qs;
        QTest::newRow("at MQL entry") << QStringList{u"--capacity"_qs, u"5"_qs, u"--at-stage"_qs, u"mql"_qs}
                                      << u"moves with the threshold"_qs;
        QTest::newRow("two models") << QStringList{u"--capacity"_qs, u"5"_qs,       u"--model"_qs,
                                                   u"1"_qs,          u"--model"_qs, u"1"_qs}
                                    << u"give one --model"_qs;
        QTest::newRow("csv") << QStringList{u"--capacity"_qs, u"5"_qs, u"--format"_qs, u"csv"_qs}
                             << u"--format must be table or json"_qs;
    }
    void refusals()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        verifyBadArguments(QStringList{u"threshold"_qs, m_demo} + options, expected);
    }
};

QTEST_GUILESS_MAIN(TestThresholdCommand)
#include "tst_cli_threshold.moc"
