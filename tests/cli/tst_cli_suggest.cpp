// `leadstage suggest` end to end on a demo workspace: the JSON holds exactly what the
// core's SuggestedPoints computes on the same file, the table says the same, the
// suggestions point the way the demo generator's buyers behave (intent before buying,
// nurture reading without it), --out writes a model `evaluate --model` reads and whose
// back-test agrees, --new-field-rules adds candidates, and refusals say what to do.

#include "../core/ServerPlacement.h"
#include "LeadstageProcess.h"

#include "scoring/EventColumnsLoader.h"
#include "scoring/ModelInForce.h"
#include "scoring/ModelJson.h"
#include "store/Workspace.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/SuggestedPoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace LeadStage;
using namespace LeadstageProcess;

class TestSuggestCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LeadStage::Testing::ServerPlacement m_placement;
    QString m_demo;
    QJsonObject m_printed; // `suggest --format json` with the defaults

    QJsonObject suggestion(const QString &id) const
    {
        for (const QJsonValue &value : m_printed[u"suggestions"_qs].toArray())
            if (value[u"id"_qs].toString() == id)
                return value.toObject();
        qFatal("no suggestion %s", qPrintable(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(u"demo.leadstage"_qs);
        const Run demo =
            leadstage({u"demo"_qs, u"--leads"_qs, u"30000"_qs, u"--seed"_qs, u"7"_qs, u"--out"_qs, m_demo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_demo = m_placement.place(m_demo); // tst_cli_suggest_on_server: the demo's copy on the server
        const Run run = leadstage({u"suggest"_qs, m_demo, u"--format"_qs, u"json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(!m_printed.isEmpty());
    }

    void jsonIsTheCoresAnswer()
    {
        auto workspace = Workspace::open(m_demo, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace.ok());
        EventColumnsLoader loader((*workspace)->database());
        const std::int64_t dataEnd = loader.defaultAsOf().value();
        const ScoringInput input = loader.loadAll().value();
        const ModelInForce active = ModelInForce::read((*workspace)->database()).value();
        BackTestRequest request;
        request.asOf = ModelEvaluation::defaultAsOf(dataEnd, request.horizonDays);
        const auto core = SuggestedPoints::compute(active.model, input, request, dataEnd);
        QVERIFY(core.ok());
        QJsonObject expected = SuggestedPoints::toJson(*core);
        expected.insert(u"model"_qs, QString(u"the active model, "_qs + active.describe()));
        QCOMPARE(m_printed, expected);
        QCOMPARE(m_printed[u"suggestions"_qs].toArray().size(), qsizetype(active.model.rules.size() - 4 + 1));
        QCOMPARE(m_printed[u"split"_qs][u"fittedAsOf"_qs].toString(), u"2025-01-04T23:59:59Z"_qs);
    }

    void theTableSaysTheSame()
    {
        const Run run = leadstage({u"suggest"_qs, m_demo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Split      fitted as of 2025-01-04"_qs));
        for (const char *key : {"currentAuc", "acceptedAuc", "regressionAuc"})
            QVERIFY(run.out.contains(QString::number(m_printed[QLatin1StringView(key)][u"auc"_qs].toDouble(), 'f', 3)));
        const QJsonObject roi = suggestion(u"roi_calculator"_qs);
        const QRegularExpression line(u"\\nroi_calculator +20 +%1 "_qs.arg(roi[u"suggestedPoints"_qs].toInt()));
        QVERIFY2(run.out.contains(line), qPrintable(run.out));
    }

    // The generator's buyers show intent (comparison sheet, ROI calculator, product
    // webinar) before they buy; nurture reading (e-mail opens, blog reads) comes to every
    // engaged lead alike. Whole points lose less than 0.02 of validation AUC.
    void suggestionsFollowTheDemosBuyers()
    {
        int weakest = 1000;
        for (const char *intent : {"comparison_download", "roi_calculator", "product_webinar"}) {
            const QJsonObject s = suggestion(QLatin1StringView(intent));
            QVERIFY2(s[u"suggestedPoints"_qs].toInt() > 2 * s[u"currentPoints"_qs].toInt(), intent);
            QVERIFY(s[u"low"_qs].toDouble() > 0);
            weakest = std::min(weakest, s[u"suggestedPoints"_qs].toInt());
        }
        for (const QJsonValue &value : m_printed[u"suggestions"_qs].toArray()) {
            const QString id = value[u"id"_qs].toString();
            if (id != u"comparison_download" && id != u"roi_calculator" && id != u"product_webinar")
                QVERIFY2(value[u"suggestedPoints"_qs].toInt() < weakest, qPrintable(id));
        }
        for (const char *nurture : {"email_open", "blog_read"})
            QVERIFY2(suggestion(QLatin1StringView(nurture))[u"suggestedPoints"_qs].toInt() < 0, nurture);
        const double accepted = m_printed[u"acceptedAuc"_qs][u"auc"_qs].toDouble();
        QVERIFY(m_printed[u"regressionAuc"_qs][u"auc"_qs].toDouble() - accepted < 0.02);
        QVERIFY(accepted > m_printed[u"currentAuc"_qs][u"auc"_qs].toDouble() + 0.03);
    }

    void theWrittenModelIsEvaluated()
    {
        const QString out = m_dir.filePath(u"suggested.json"_qs);
        const Run run = leadstage({u"suggest"_qs, m_demo, u"--out"_qs, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Wrote the model with every suggestion accepted to "_qs + out));
        const auto model = ModelJson::readFile(out);
        QVERIFY(model.ok());
        for (const ScoringRule &rule : model->rules)
            if (rule.track != Track::Product)
                QCOMPARE(rule.points, suggestion(rule.id)[u"suggestedPoints"_qs].toInt());
        QCOMPARE(model->decay.pointsPerMonth, -suggestion(u"decay"_qs)[u"suggestedPoints"_qs].toInt());

        const Run evaluated = leadstage(
            {u"evaluate"_qs, m_demo, u"--model"_qs, u"active"_qs, u"--model"_qs, out, u"--format"_qs, u"json"_qs});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
        const QJsonArray models = QJsonDocument::fromJson(evaluated.out.toUtf8())[u"models"_qs].toArray();
        QCOMPARE(models.size(), 2);
        // The active model's back-test is the validation window: the same AUC.
        QCOMPARE(std::round(models[0][u"auc"_qs][u"auc"_qs].toDouble() * 1e4) / 1e4,
                 m_printed[u"currentAuc"_qs][u"auc"_qs].toDouble());
        // The engine's replay of the accepted model agrees with the features' arithmetic
        // but for decay taking what is left and caps cutting (docs/evaluation.md).
        const double replayed = models[1][u"auc"_qs][u"auc"_qs].toDouble();
        QVERIFY2(std::abs(replayed - m_printed[u"acceptedAuc"_qs][u"auc"_qs].toDouble()) < 0.02,
                 qPrintable(QString::number(replayed)));
    }

    // A snapshot scores every lead at the analysis date: the leads' created dates split
    // them, and the output says the figures are optimistic.
    void snapshotSplitsByCreatedDate()
    {
        const Run run = leadstage({u"suggest"_qs, m_demo, u"--snapshot"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject split = QJsonDocument::fromJson(run.out.toUtf8()).object()[u"split"_qs].toObject();
        QVERIFY2(split[u"method"_qs].toString().startsWith(u"leads in the order of their created dates"_qs),
                 qPrintable(split[u"method"_qs].toString()));
        QCOMPARE(split[u"fittedCases"_qs].toInteger() + split[u"validatedCases"_qs].toInteger(), 30000);
        QCOMPARE(split[u"fittedCases"_qs].toInteger(), 20000);
        const Run table = leadstage({u"suggest"_qs, m_demo, u"--snapshot"_qs});
        QVERIFY2(table.out.contains(u"\nNote       optimistic: "_qs), qPrintable(table.out));
        QVERIFY2(table.out.contains(u"Outcome    customer (or a later stage) at any time, snapshot"_qs),
                 qPrintable(table.out));
    }

    void newFieldRulesAreCandidates()
    {
        const Run run = leadstage({u"suggest"_qs, m_demo, u"--new-field-rules"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray suggestions = QJsonDocument::fromJson(run.out.toUtf8())[u"suggestions"_qs].toArray();
        QStringList candidates;
        for (const QJsonValue &value : suggestions)
            if (value[u"kind"_qs] == u"newFieldRule"_qs) {
                candidates << value[u"id"_qs].toString();
                QCOMPARE(value[u"rule"_qs][u"points"_qs].toInt(), value[u"suggestedPoints"_qs].toInt());
                QCOMPARE(value[u"currentPoints"_qs].toInt(), 0);
                QVERIFY(value[u"support"_qs].toInt() >= 30);
            }
        QVERIFY2(candidates.contains(u"new-industry-software"_qs), qPrintable(candidates.join(u' ')));
        QVERIFY(std::any_of(candidates.begin(), candidates.end(),
                            [](const QString &id) { return id.startsWith(u"new-employees-from-"_qs); }));
        QVERIFY(std::any_of(candidates.begin(), candidates.end(),
                            [](const QString &id) { return id.startsWith(u"new-totalvisits-from-"_qs); }));
        QVERIFY(candidates.size() <= 5 * 4 + 3 + 10 * 5);
    }

    void refusals()
    {
        // Before the demo's first outcomes: nothing to fit.
        const Run early = leadstage({u"suggest"_qs, m_demo, u"--as-of"_qs, u"2024-03-01"_qs});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(u"too few outcomes to suggest points: the fitted window (as of 2023-09-03) holds 0 "
                                    "positive leads"_qs)
                     && early.err.contains(u"at least 20 are needed"_qs) && early.err.contains(u"--as-of"_qs),
                 qPrintable(early.err));
        verifyBadArguments({u"suggest"_qs, m_demo, u"--format"_qs, u"csv"_qs},
                           u"--format must be table or json, not 'csv'"_qs);
        verifyBadArguments({u"suggest"_qs, m_demo, u"--model"_qs, u"active"_qs, u"--model"_qs, u"active"_qs},
                           u"give one --model"_qs);
        verifyBadArguments({u"suggest"_qs, m_demo, u"--at-stage"_qs, u"sql"_qs}, u"--at-stage must be iql or mql"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSuggestCommand)
#include "tst_cli_suggest.moc"
