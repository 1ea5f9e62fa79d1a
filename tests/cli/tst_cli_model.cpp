// `leadstage model diff` end to end: two versions of a demo workspace's model, named
// by id, NAME, NAME@N, "active" or a model file, printed as the readable diff; wrong
// references are refused with the reason, and the workspace is not touched.

#include "LeadstageProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace LeadstageProcess;

namespace {

// The changes from the default model to tuned.json, after the heading line.
const QString tunedChanges = u"Rules\n"
                             "  - blog_subscribe: Blog subscription (Content, info): blog_subscribe, 5 points, once\n"
                             "  ~ whitepaper_download: points 10 → 15, cap none → 30\n"
                             "Thresholds\n"
                             "  ~ iql 25 → 30\n"
                             "Decay\n"
                             "  ~ graceMonths 3 → 2\n"_qs;

} // namespace

class CliModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listShowsTheComment();
    void diffPrintsTheChanges_data();
    void diffPrintsTheChanges();
    void diffOfAVersionWithItselfSaysSo();
    void diffLeavesTheWorkspaceAlone();
    void wrongReferencesAreRefused_data();
    void wrongReferencesAreRefused();
    void helpListsDiff();

private:
    QTemporaryDir m_dir;
    QString m_workspace, m_tuned;
};

void CliModelTest::initTestCase()
{
    m_workspace = m_dir.filePath(u"models.leadstage"_qs);
    QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"300"_qs, u"--out"_qs, m_workspace}).exitCode, 0);
    const QString exported = m_dir.filePath(u"default.json"_qs);
    QCOMPARE(leadstage({u"model"_qs, u"export"_qs, m_workspace, u"--out"_qs, exported}).exitCode, 0);
    QJsonObject model = QJsonDocument::fromJson(readAll(exported)).object();
    QJsonArray rules = model[u"rules"_qs].toArray();
    rules.removeAt(0); // blog_subscribe
    QJsonObject whitepaper = rules[0].toObject();
    whitepaper[u"points"_qs] = 15;
    whitepaper[u"cap"_qs] = 30;
    rules[0] = whitepaper;
    model[u"rules"_qs] = rules;
    QJsonObject thresholds = model[u"thresholds"_qs].toObject();
    thresholds[u"iql"_qs] = 30;
    model[u"thresholds"_qs] = thresholds;
    QJsonObject decay = model[u"decay"_qs].toObject();
    decay[u"graceMonths"_qs] = 2;
    model[u"decay"_qs] = decay;
    m_tuned = m_dir.filePath(u"tuned.json"_qs);
    writeFile(m_tuned, QJsonDocument(model).toJson());
    const Run imported = leadstage(
        {u"model"_qs, u"import"_qs, m_workspace, m_tuned, u"--comment"_qs, u"IQL 30, whitepaper 15 capped"_qs});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"as Default v2 (id 2)"_qs), qPrintable(imported.out));
}

void CliModelTest::listShowsTheComment()
{
    const Run list = leadstage({u"model"_qs, u"list"_qs, m_workspace});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].endsWith(u"yes     The built-in default model"_qs));
    QVERIFY(lines[2].endsWith(u"IQL 30, whitepaper 15 capped"_qs));
}

void CliModelTest::diffPrintsTheChanges_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("reversed");
    QTest::newRow("two ids") << u"1"_qs << u"2"_qs << u"From Default v1 (id 1) to Default v2 (id 2): 4 changes"_qs
                             << false;
    QTest::newRow("NAME@N and NAME (its latest)")
        << u"Default@1"_qs << u"Default"_qs << u"From Default v1 (id 1) to Default v2 (id 2): 4 changes"_qs << false;
    QTest::newRow("active and a version")
        << u"active"_qs << u"Default@2"_qs
        << u"From the active model, Default v1 (id 1) to Default v2 (id 2): 4 changes"_qs << false;
    QTest::newRow("a version and a model file")
        << u"1"_qs << u"TUNED"_qs << u"From Default v1 (id 1) to TUNED: 4 changes"_qs << false;
    QTest::newRow("backwards") << u"2"_qs << u"1"_qs << u"From Default v2 (id 2) to Default v1 (id 1): 4 changes"_qs
                               << true;
}

void CliModelTest::diffPrintsTheChanges()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, heading);
    QFETCH(bool, reversed);
    b.replace(u"TUNED"_qs, m_tuned);
    heading.replace(u"TUNED"_qs, m_tuned);
    const Run run = leadstage({u"model"_qs, u"diff"_qs, m_workspace, a, b});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QString expected =
        reversed ? u"Rules\n"
                   "  + blog_subscribe: Blog subscription (Content, info): blog_subscribe, 5 points, once\n"
                   "  ~ whitepaper_download: points 15 → 10, cap 30 → none\n"
                   "Thresholds\n"
                   "  ~ iql 30 → 25\n"
                   "Decay\n"
                   "  ~ graceMonths 2 → 3\n"_qs
                 : tunedChanges;
    QCOMPARE(run.out, heading + u'\n' + expected);
}

void CliModelTest::diffOfAVersionWithItselfSaysSo()
{
    const Run run = leadstage({u"model"_qs, u"diff"_qs, m_workspace, u"2"_qs, m_tuned});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Default v2 (id 2) and %1 are the same model: nothing differs.\n"_qs.arg(m_tuned));
}

void CliModelTest::diffLeavesTheWorkspaceAlone()
{
    const QByteArray before = hashOf(m_workspace);
    QCOMPARE(leadstage({u"model"_qs, u"diff"_qs, m_workspace, u"1"_qs, u"2"_qs}).exitCode, 0);
    QCOMPARE(hashOf(m_workspace), before);
}

void CliModelTest::wrongReferencesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString file = u"WORKSPACE"_qs;
    QTest::newRow("only one model") << QStringList{file, u"1"_qs} << 2
                                    << u"expected: leadstage model diff FILE.leadstage A B"_qs;
    QTest::newRow("unknown id") << QStringList{file, u"1"_qs, u"99"_qs} << 1 << u"no model with id 99"_qs;
    QTest::newRow("unknown name") << QStringList{file, u"Strict"_qs, u"1"_qs} << 1
                                  << u"no model 'Strict': not a model file, a model id, NAME@N or the name"_qs;
    QTest::newRow("unknown version of a name")
        << QStringList{file, u"1"_qs, u"Default@7"_qs} << 1 << u"no model 'Default@7'"_qs;
    QTest::newRow("missing model file") << QStringList{file, u"1"_qs, u"/nonexistent/m.json"_qs} << 1
                                        << u"/nonexistent/m.json: cannot be read"_qs;
    QTest::newRow("bad model file") << QStringList{file, u"1"_qs, u"BAD"_qs} << 1
                                    << u"bad.json: thresholds.iql: missing (expected a number)"_qs;
}

void CliModelTest::wrongReferencesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString bad = m_dir.filePath(u"bad.json"_qs);
    writeFile(bad, R"({"format":"leadstage-model","version":1,"name":"Bad","rules":[],"triggers":[],)"
                   R"("thresholds":{"mql":50}})");
    arguments.replaceInStrings(u"WORKSPACE"_qs, m_workspace);
    arguments.replaceInStrings(u"BAD"_qs, bad);
    const Run run = leadstage(QStringList{u"model"_qs, u"diff"_qs} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QCOMPARE(run.out, QString());
}

void CliModelTest::helpListsDiff()
{
    const Run overview = leadstage({u"model"_qs, u"--help"_qs});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(u"leadstage model diff FILE.leadstage A B"_qs));
    const Run help = leadstage({u"model"_qs, u"diff"_qs, u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"NAME@N (version N)"_qs));
}

QTEST_GUILESS_MAIN(CliModelTest)
#include "tst_cli_model.moc"
