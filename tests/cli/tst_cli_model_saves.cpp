// A model version is stored only together with a finished rescore: `score --model`,
// `model activate` and a first `score` that saves the default model each write the
// version, the active mark and lead_state in one transaction. A rescore that fails in
// its last step, or a process killed in the middle of it, leaves `model list` and
// lead_state exactly as they were; a model past the limits is refused before anything.

#include "store/Statement.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

#include "LeadstageProcess.h"

using namespace LeadStage;
using namespace LeadstageProcess;

namespace {

void execute(const QString &workspace, const char *sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadWrite, Workspace::Missing::Fail});
    if (!opened)
        qFatal("%s", qPrintable(opened.error().toString()));
    if (Status status = (*opened)->database().exec(sql); !status)
        qFatal("%s: %s", sql, qPrintable(status.error().toString()));
}

QString queried(const QString &workspace, const char *sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        qFatal("%s", qPrintable(opened.error().toString()));
    auto query = (*opened)->database().prepare(sql);
    if (!query)
        qFatal("%s: %s", sql, qPrintable(query.error().toString()));
    auto row = query->step();
    if (!row || !*row)
        qFatal("%s: no row", sql);
    return query->text(0);
}

// What a failed or killed rescore must not change: the versions, the active one, and
// every lead_state row (its scores, stage and the model it was written under).
QString savedState(const QString &workspace)
{
    const Run list = leadstage({u"model"_qs, u"list"_qs, workspace});
    if (list.exitCode != 0)
        qFatal("model list: %s", qPrintable(list.err));
    return list.out
           + queried(workspace, "SELECT count(*) || ' rows, model ' || group_concat(DISTINCT model_id)"
                                " || ', ' || total(engagement) || ', ' || group_concat(stage, '')"
                                " FROM (SELECT * FROM lead_state ORDER BY lead_id)");
}

// The default model renamed and with IQL at 30: a new model for `score --model`.
QByteArray tunedModel(const QString &workspace)
{
    const Run exported = leadstage({u"model"_qs, u"export"_qs, workspace});
    QJsonObject model = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    model[u"name"_qs] = u"Tuned"_qs;
    QJsonObject thresholds = model[u"thresholds"_qs].toObject();
    thresholds[u"iql"_qs] = 30;
    model[u"thresholds"_qs] = thresholds;
    return QJsonDocument(model).toJson();
}

// The disk filling up while lead_state is written, as near as a test can get: the
// rescore fails at its last step, after the version would have been stored.
constexpr const char *failingWrite = "CREATE TRIGGER fail_write BEFORE INSERT ON lead_state"
                                     " BEGIN SELECT RAISE(ABORT, 'lead_state cannot take this row'); END";

// Takes seconds of CPU at the first lead_state row, so the process can be killed mid-write.
constexpr const char *slowWrite =
    "CREATE TRIGGER slow_write AFTER INSERT ON lead_state WHEN NEW.lead_id = (SELECT min(id) FROM leads)"
    " BEGIN SELECT count(*) FROM events a, events b, events c; END";

double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_qs.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields 14 and 15 (user and system time, in clock ticks) follow the ')' of the name.
    const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

class CliModelSavesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.leadstage"_qs);
        const Run demo =
            leadstage({u"demo"_qs, u"--leads"_qs, u"300"_qs, u"--seed"_qs, u"9"_qs, u"--out"_qs, m_template});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_model = m_dir.filePath(u"tuned.json"_qs);
        writeFile(m_model, tunedModel(m_template));
    }

    void failedRescoreSavesNothing_data()
    {
        QTest::addColumn<QString>("setup"); // "tuned imported", "no models" or nothing
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("score --model") << QString() << QStringList{u"score"_qs, u"WS"_qs, u"--model"_qs, u"MODEL"_qs};
        QTest::newRow("score --model --per-lead")
            << QString()
            << QStringList{u"score"_qs, u"WS"_qs, u"--model"_qs, u"MODEL"_qs, u"--per-lead"_qs, u"PERLEAD"_qs};
        QTest::newRow("model activate") << u"tuned imported"_qs
                                        << QStringList{u"model"_qs, u"activate"_qs, u"WS"_qs, u"2"_qs};
        QTest::newRow("first score saves the default") << u"no models"_qs << QStringList{u"score"_qs, u"WS"_qs};
    }

    void failedRescoreSavesNothing()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, arguments);
        const QString workspace = copyOfTemplate(QString::fromUtf8(QTest::currentDataTag()));
        const QString perLead = m_dir.filePath(u"per-lead.csv"_qs);
        if (setup == u"tuned imported")
            QCOMPARE(leadstage({u"model"_qs, u"import"_qs, workspace, m_model}).exitCode, 0);
        if (setup == u"no models")
            execute(workspace, "DELETE FROM lead_state; DELETE FROM models");
        execute(workspace, failingWrite);
        const QString before = savedState(workspace);

        arguments.replaceInStrings(u"PERLEAD"_qs, perLead).replaceInStrings(u"MODEL"_qs, m_model);
        arguments.replace(arguments.indexOf(u"WS"_qs), workspace);
        const Run run = leadstage(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"lead_state cannot take this row"_qs), qPrintable(run.err)); // the real cause
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(savedState(workspace), before);
        QVERIFY(!QFile::exists(perLead));
    }

    void killedRescoreSavesNothing()
    {
        const QString workspace = copyOfTemplate(u"killed"_qs);
        execute(workspace, slowWrite);
        const QString before = savedState(workspace);
        QProcess process;
        process.start(QStringLiteral(LEADSTAGE_BINARY), {u"score"_qs, workspace, u"--model"_qs, m_model});
        QVERIFY(process.waitForStarted());
        // Reading and scoring 300 leads takes a few milliseconds of CPU: past a second
        // the process is inside the slow lead_state write, the new version inserted.
        QTRY_VERIFY_WITH_TIMEOUT(cpuSeconds(process.processId()) > 1.0, 60000);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QCOMPARE(queried(workspace, "PRAGMA integrity_check"), u"ok"_qs);
        QCOMPARE(savedState(workspace), before);
    }

    void aModelPastTheLimitsIsRefusedBeforeAnything_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("a name of 1 MB") << u"name"_qs << QJsonValue(QString(1 << 20, u'n'))
                                        << u"name: must be at most 200 characters long, not 1048576"_qs;
        QTest::newRow("an empty name") << u"name"_qs << QJsonValue(u""_qs) << u"name: must not be empty"_qs;
        QTest::newRow("a trigger count of 2^30")
            << u"triggers"_qs
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"id"_qs, u"many"_qs}, {u"activity"_qs, u"pricing_page_visit"_qs}, {u"count"_qs, 1 << 30}}})
            << u"triggers[0].count: must be at most 1000000000, not 1073741824"_qs;
    }

    void aModelPastTheLimitsIsRefusedBeforeAnything()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, refusal);
        const QString workspace = copyOfTemplate(u"limits"_qs);
        const QString before = savedState(workspace);
        QJsonObject model = QJsonDocument::fromJson(readAll(m_model)).object();
        model[key] = value;
        const QString path = m_dir.filePath(u"past-limits.json"_qs);
        writeFile(path, QJsonDocument(model).toJson());
        for (const QStringList &arguments : {QStringList{u"model"_qs, u"import"_qs, workspace, path},
                                             QStringList{u"score"_qs, workspace, u"--model"_qs, path}}) {
            const Run run = leadstage(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(path + u": "_qs + refusal), qPrintable(run.err.left(400)));
            QCOMPARE(run.err.count(u'\n'), 1);
            QVERIFY(run.err.size() < 400);
        }
        QCOMPARE(savedState(workspace), before);
    }

    void activateRescoresWithTheVersion()
    {
        const QString workspace = copyOfTemplate(u"activate"_qs);
        QCOMPARE(leadstage({u"model"_qs, u"import"_qs, workspace, m_model}).exitCode, 0);
        const Run run = leadstage({u"model"_qs, u"activate"_qs, workspace, u"2"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"Tuned v1 (id 2) is now active; 300 leads ("_qs), qPrintable(run.out));
        QCOMPARE(queried(workspace, "SELECT group_concat(DISTINCT model_id) FROM lead_state"), u"2"_qs);
    }

private:
    QString copyOfTemplate(const QString &name)
    {
        const QString path = m_dir.filePath(QString(name).replace(u' ', u'_') + u".leadstage"_qs);
        QFile::remove(path);
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template workspace");
        return path;
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_model;
};

QTEST_GUILESS_MAIN(CliModelSavesTest)
#include "tst_cli_model_saves.moc"
