// The scoring commands end to end: `score`, `explain` and `model` run as the real
// binary against demo workspaces and a hand-made one (DESIGN §3's worked examples).

#include "store/Statement.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "../core/EitherStoreSql.h"
#include "../core/ServerPlacement.h"
#include "LeadstageProcess.h"

#include <deque>

using namespace LeadStage;

using namespace LeadstageProcess;

namespace {

// A per-lead CSV as rows of cells, keyed by lead_id (no cell of the demo needs quoting).
struct PerLead
{
    QStringList header;
    QMap<QString, QStringList> rows;
    int rowCount = 0;

    static PerLead read(const QString &path)
    {
        PerLead table;
        const QStringList lines = QString::fromUtf8(readAll(path)).split(u'\n', Qt::SkipEmptyParts);
        table.header = lines.value(0).split(u',');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(u',');
            table.rows.insert(cells.value(0), cells);
            ++table.rowCount;
        }
        return table;
    }

    int column(const QString &name) const { return int(header.indexOf(name)); }

    QMap<QString, int> countOf(const QString &name) const
    {
        QMap<QString, int> counts;
        for (const QStringList &row : rows)
            ++counts[row.value(column(name))];
        return counts;
    }
};

// "  IQL   1,234   30.8" lines of `score`'s table, by name, for the given names.
QMap<QString, int> printedCounts(const QString &out, const QStringList &names)
{
    QMap<QString, int> counts;
    for (const QString &name : names) {
        const QRegularExpression line(u"^  %1 +([0-9,]+) +[0-9.]+$"_qs.arg(name), QRegularExpression::MultilineOption);
        const auto match = line.match(out);
        counts.insert(name, match.hasMatch() ? match.captured(1).remove(u',').toInt() : -1);
    }
    return counts;
}

// `explain`'s Totals block as field -> value ("-" when never reached).
QMap<QString, QString> explainedTotals(const QString &out)
{
    QMap<QString, QString> totals;
    const QStringList tokens = out.section(u"\nTotals\n"_qs, 1).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < tokens.size(); i += 2)
        totals.insert(tokens[i].trimmed(), tokens[i + 1].trimmed());
    return totals;
}

const QStringList stageNames{u"Lead"_qs, u"IQL"_qs, u"MQL"_qs, u"PQL"_qs, u"SQL"_qs, u"Opportunity"_qs, u"Customer"_qs};
const QStringList gradeNames{u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs};
const QString perLeadHeader = u"lead_id,stage,engagement,info,intent,product,fit,grade,iql_at,mql_at,pql_at,health"_qs;

std::int64_t utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

// DESIGN §3's worked examples 1 and 3 as a workspace built through core, closed
// again before the binary opens it.
void buildWorkedExamples(const QString &path)
{
    auto workspace = Workspace::create(path);
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().toString()));
    Database &database = (*workspace)->database();
    auto lead = database.prepare(
        "INSERT INTO leads (id, external_id, email, industry, created_at) VALUES (?1, ?2, ?3, 'Retail', ?4)");
    auto event = database.prepare("INSERT INTO events (lead_id, occurred_at, activity_id, id)"
                                  " VALUES (?1, ?2, (SELECT id FROM activity_types WHERE key = ?3),"
                                  " (SELECT coalesce(max(id), 0) + 1 FROM events))");
    QVERIFY(lead && event);
    const auto addLead = [&](int id, const QString &externalId, const QString &email) {
        lead->bind(1, id).bind(2, externalId).bind(3, email).bind(4, utc("2025-01-01T00:00:00Z"));
        QVERIFY(lead->run());
    };
    const auto addEvent = [&](int leadId, const char *at, const QString &activity) {
        event->bind(1, leadId).bind(2, utc(at)).bind(3, activity);
        QVERIFY(event->run());
    };
    addLead(1, u"WX-1"_qs, u"ann@example.com"_qs);
    addEvent(1, "2025-01-01T00:00:00Z", u"whitepaper_download"_qs);
    addEvent(1, "2025-01-10T00:00:00Z", u"ebook_download"_qs);
    addEvent(1, "2025-02-01T00:00:00Z", u"roi_calculator"_qs);
    addEvent(1, "2025-02-02T00:00:00Z", u"webinar_attended"_qs);
    addLead(3, u"WX-3"_qs, u"cleo@example.com"_qs);
    addEvent(3, "2025-01-01T00:00:00Z", u"ebook_download"_qs);
    addEvent(3, "2025-01-01T00:00:00Z", u"webinar_attended"_qs);
    // A lead without a CRM id: exports name it by e-mail.
    lead->bind(1, 4).bindNull(2).bind(3, u"dan@example.com"_qs).bind(4, utc("2025-01-01T00:00:00Z"));
    QVERIFY(lead->run());
    addEvent(4, "2025-01-20T15:00:00Z", u"comparison_download"_qs);
}

} // namespace

class TestScoringCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demoFile = m_dir.filePath(u"demo.leadstage"_qs);
        const Run demo =
            leadstage({u"demo"_qs, u"--leads"_qs, u"400"_qs, u"--seed"_qs, u"4"_qs, u"--out"_qs, m_demoFile});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_demo = placed(m_demoFile);
        m_perLead = m_dir.filePath(u"per-lead.csv"_qs);
        m_score = leadstage({u"score"_qs, m_demo, u"--per-lead"_qs, m_perLead});
        QVERIFY2(m_score.exitCode == 0, qPrintable(m_score.err));
    }

    void helpDescribesTheCommands()
    {
        const Run top = leadstage({u"--help"_qs});
        for (const char *name : {"score", "explain", "model"})
            QVERIFY(top.out.contains(QString::fromLatin1(name)));
        const Run score = leadstage({u"score"_qs, u"--help"_qs});
        QCOMPARE(score.exitCode, 0);
        QVERIFY(score.out.contains(u"23:59:59 UTC"_qs));
        QVERIFY(score.out.contains(u"becomes the active model"_qs));
        QVERIFY(score.out.contains(u"lead_id, stage, engagement"_qs));
        const Run model = leadstage({u"model"_qs, u"--help"_qs});
        QCOMPARE(model.exitCode, 0);
        QVERIFY(model.out.contains(u"leadstage model export FILE.leadstage [--id N] [--out m.json]"_qs));
        const Run list = leadstage({u"model"_qs, u"list"_qs, u"--help"_qs});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"Usage: leadstage model list FILE.leadstage"_qs));
    }

    void scoreCountsEveryLeadOnceAndMatchesThePerLeadTable()
    {
        const QMap<QString, int> stages = printedCounts(m_score.out, stageNames);
        int sum = 0;
        for (const int count : stages) {
            QVERIFY(count >= 0);
            sum += count;
        }
        QCOMPARE(sum, 400);
        const QMap<QString, int> grades = printedCounts(m_score.out, gradeNames);
        QCOMPARE(grades[u"A"_qs] + grades[u"B"_qs] + grades[u"C"_qs] + grades[u"D"_qs], 400);
        QVERIFY(m_score.out.contains(u"Model     Default v1 (id 1)"_qs));
        QVERIFY(m_score.out.contains(QRegularExpression(u"As of     2025-\\d\\d-\\d\\dT"_qs)));
        QVERIFY(m_score.out.contains(
            QRegularExpression(u"Timings   load \\d+ ms, score \\d+ ms, write lead_state \\d+ ms"_qs)));

        const PerLead table = PerLead::read(m_perLead);
        QCOMPARE(table.header.join(u','), perLeadHeader);
        QCOMPARE(table.rowCount, 400);
        QCOMPARE(table.rows.size(), 400); // lead ids are unique
        const QMap<QString, int> csvStages = table.countOf(u"stage"_qs);
        for (const QString &stage : stageNames)
            QCOMPARE(csvStages.value(stage), stages[stage]);
        const QMap<QString, int> csvGrades = table.countOf(u"grade"_qs);
        for (const QString &grade : gradeNames)
            QCOMPARE(csvGrades.value(grade), grades[grade]);
        const QStringList first = table.rows.first();
        QCOMPARE(first.size(), 12);
        const int iql = table.column(u"iql_at"_qs);
        for (const QStringList &row : table.rows)
            QVERIFY(
                row[iql].isEmpty()
                || QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_qs).match(row[iql]).hasMatch());
    }

    void aDamagedPackedCopyIsSaidAndRewritten_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("table");
        QTest::newRow("events") << u"events"_qs << u"event_blocks"_qs;
        QTest::newRow("leads") << u"leads"_qs << u"lead_blocks"_qs;
    }

    // The demo's rescore left the events and the leads packed (event_blocks, lead_blocks);
    // a damaged block is said, the rows are read instead, the copy is written anew and
    // the scores are the same.
    void aDamagedPackedCopyIsSaidAndRewritten()
    {
        QFETCH(QString, what);
        QFETCH(QString, table);
        const QString copyFile = m_dir.filePath(u"damaged-%1.leadstage"_qs.arg(what));
        QVERIFY(QFile::copy(m_demoFile, copyFile));
        const QString copy = placed(copyFile);
        if (copy != copyFile) // a copy to a server leaves the packed copies out: a rescore writes them
            QCOMPARE(leadstage({u"score"_qs, copy}).exitCode, 0);
        {
            auto workspace = Workspace::open(copy, {});
            QVERIFY(workspace);
            Database &database = (*workspace)->database();
            // The table's name is the test's own constant.
            auto blocks = database.prepare("SELECT count(*) FROM " + table.toStdString());
            QVERIFY(blocks && blocks->step().value());
            QVERIFY(blocks->int64(0) > 0);
            blocks->reset();
            QVERIFY(LeadStage::Testing::EitherStoreSql::exec(
                database,
                u"UPDATE %1 SET data = x'01ff' WHERE first_lead = (SELECT max(first_lead) FROM %1)"_qs.arg(table)));
        }
        const QString perLead = m_dir.filePath(u"damaged-%1.csv"_qs.arg(what));
        const Run run = leadstage({u"score"_qs, copy, u"--per-lead"_qs, perLead});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString note = u"Note      the packed copy of the %1 (%2) did not decode: the %1 were read instead, and "
                             "the copy was written anew."_qs.arg(what, table);
        QVERIFY2(run.out.contains(note), qPrintable(run.out));
        QCOMPARE(run.out.count(u"Note "_qs), 1);
        QCOMPARE(PerLead::read(perLead).rows, PerLead::read(m_perLead).rows);
        const Run again = leadstage({u"score"_qs, copy});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(!again.out.contains(u"Note "_qs));
    }

    void asOfCutsOffLaterEvents()
    {
        const QString early = m_dir.filePath(u"early.csv"_qs);
        const Run run = leadstage({u"score"_qs, m_demo, u"--as-of"_qs, u"2024-06-30"_qs, u"--per-lead"_qs, early});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"As of     2024-06-30T23:59:59Z"_qs));
        const PerLead before = PerLead::read(early), all = PerLead::read(m_perLead);
        QCOMPARE(before.rowCount, 400);
        const auto reached = [](const PerLead &table) {
            int count = 0;
            for (const QStringList &row : table.rows)
                count += row[table.column(u"iql_at"_qs)].isEmpty() ? 0 : 1;
            return count;
        };
        QVERIFY2(reached(before) < reached(all), qPrintable(u"%1 vs %2"_qs.arg(reached(before)).arg(reached(all))));
        for (const QStringList &row : before.rows)
            QVERIFY(row[before.column(u"iql_at"_qs)] <= u"2024-06-30T23:59:59Z"_qs);
        // The date given is kept: a plain rescore and explain use it too.
        const Run again = leadstage({u"score"_qs, m_demo});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"As of     2024-06-30T23:59:59Z"_qs), qPrintable(again.out));
        const Run explained = leadstage({u"explain"_qs, m_demo, before.rows.firstKey()});
        QVERIFY2(explained.out.contains(u"As of     2024-06-30T23:59:59Z"_qs),
                 qPrintable(explained.out + explained.err));
        // Back to the latest moment of the data, so the other tests see the full data.
        const Run latest = leadstage({u"score"_qs, m_demo, u"--as-of"_qs, u"latest"_qs});
        QCOMPARE(latest.exitCode, 0);
        QVERIFY2(latest.out.contains(u"the chosen date is forgotten"_qs), qPrintable(latest.out));
    }

    void explainEndsWithThePerLeadTotals()
    {
        const PerLead table = PerLead::read(m_perLead);
        // The first leads that reached each stage, and one that decayed: the ledger must
        // reconcile for each of them.
        QStringList leads;
        for (const QString &stage : {u"IQL"_qs, u"MQL"_qs, u"PQL"_qs, u"Lead"_qs, u"Customer"_qs})
            for (const QStringList &row : table.rows)
                if (row[table.column(u"stage"_qs)] == stage) {
                    leads << row[0];
                    break;
                }
        QVERIFY(leads.size() >= 3);
        for (const QString &lead : leads) {
            const Run run = leadstage({u"explain"_qs, m_demo, lead});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QMap<QString, QString> totals = explainedTotals(run.out);
            const QStringList &row = table.rows[lead];
            for (qsizetype column = 1; column < table.header.size(); ++column) {
                const QString expected = row[column].isEmpty() ? u"-"_qs : row[column];
                QVERIFY2(totals.value(table.header[column]) == expected,
                         qPrintable(u"%1 %2: %3 vs %4"_qs.arg(lead, table.header[column],
                                                              totals.value(table.header[column]), expected)));
            }
        }
    }

    void explainPrintsTheWorkedExampleLedger()
    {
        const QString path = workedExamples();
        const QByteArray before = readAll(m_workedFile);
        const Run run = leadstage({u"explain"_qs, path, u"WX-1"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // DESIGN §3, worked example 1: 10, 25 (IQL on Jan 10), 45 with intent, 60 (MQL on Feb 2).
        const QString expected = uR"(Lead      WX-1 (row id 1, ann@example.com)
Model     Default (built-in, not saved in the workspace yet)
As of     2025-02-02T00:00:00Z

time                  what                                                    points    info  intent product   decay  engagement
2025-01-01T00:00:00Z  rule whitepaper_download: Industry report / whitepaper     +10      10       0       0       0          10
2025-01-10T00:00:00Z  rule ebook_download: Ebook or comprehensive guide          +15      25       0       0       0          25
2025-01-10T00:00:00Z  stage: reached IQL                                                  25       0       0       0          25
2025-02-01T00:00:00Z  rule roi_calculator: ROI calculator                        +20      25      20       0       0          45
2025-02-02T00:00:00Z  rule webinar_attended: Attended live                       +15      40      20       0       0          60
2025-02-02T00:00:00Z  stage: reached MQL                                                  40      20       0       0          60

Totals
  stage MQL  engagement 60  info 40  intent 20  product 0  fit 0  grade D
  iql_at 2025-01-10T00:00:00Z  mql_at 2025-02-02T00:00:00Z  pql_at -  health active
)"_qs;
        QCOMPARE(run.out, expected);
        QCOMPARE(readAll(m_workedFile), before); // explain opens read-only
    }

    void explainShowsTheDecaySteps()
    {
        // DESIGN §3, worked example 3: 30 on Jan 1, decay steps on May 1, May 31 and Jun 30.
        const Run run =
            leadstage({u"explain"_qs, workedExamples(), u"cleo@example.com"_qs, u"--as-of"_qs, u"2025-07-01"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString ledger =
            uR"(time                  what                                               points    info  intent product   decay  engagement
2025-01-01T00:00:00Z  rule ebook_download: Ebook or comprehensive guide     +15      15       0       0       0          15
2025-01-01T00:00:00Z  rule webinar_attended: Attended live                  +15      30       0       0       0          30
2025-01-01T00:00:00Z  stage: reached IQL                                             30       0       0       0          30
2025-05-01T00:00:00Z  decay: 4 months without activity                       -5      30       0       0       5          25
2025-05-31T00:00:00Z  decay: 5 months without activity                       -5      30       0       0      10          20
2025-06-30T00:00:00Z  decay: 6 months without activity                       -5      30       0       0      15          15
)"_qs;
        QVERIFY2(run.out.contains(u"As of     2025-07-01T23:59:59Z\n\n"_qs + ledger), qPrintable(run.out));
    }

    void explainAtADateCutsOffLaterChanges_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("engagement");
        QTest::addColumn<QString>("iqlAt");
        QTest::newRow("example 3 on May 15")
            << u"WX-3"_qs << u"2025-05-15"_qs << u"25"_qs << u"2025-01-01T00:00:00Z"_qs;
        QTest::newRow("example 3 on Jun 1") << u"WX-3"_qs << u"2025-06-01"_qs << u"20"_qs << u"2025-01-01T00:00:00Z"_qs;
        QTest::newRow("example 3 on Jul 1") << u"WX-3"_qs << u"2025-07-01"_qs << u"15"_qs << u"2025-01-01T00:00:00Z"_qs;
        QTest::newRow("example 1 before the ebook") << u"WX-1"_qs << u"2025-01-09"_qs << u"10"_qs << u"-"_qs;
        // A date means the end of that day: the 15:00 event counts.
        QTest::newRow("the day of an afternoon event")
            << u"dan@example.com"_qs << u"2025-01-20"_qs << u"25"_qs << u"2025-01-20T15:00:00Z"_qs;
        QTest::newRow("the day before it") << u"DAN@example.com "_qs << u"2025-01-19"_qs << u"0"_qs << u"-"_qs;
        QTest::newRow("an exact time") << u"dan@example.com"_qs << u"2025-01-20T14:59:59Z"_qs << u"0"_qs << u"-"_qs;
    }

    void explainAtADateCutsOffLaterChanges()
    {
        QFETCH(QString, lead);
        QFETCH(QString, asOf);
        QFETCH(QString, engagement);
        QFETCH(QString, iqlAt);
        const Run run = leadstage({u"explain"_qs, workedExamples(), lead, u"--as-of"_qs, asOf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QMap<QString, QString> totals = explainedTotals(run.out);
        QCOMPARE(totals.value(u"engagement"_qs), engagement);
        QCOMPARE(totals.value(u"iql_at"_qs), iqlAt);
    }

    void aWorkspaceWithoutModelsUsesTheBuiltInDefault()
    {
        const QString path = workedExamples();
        const Run list = leadstage({u"model"_qs, u"list"_qs, path});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"No saved models"_qs));
        const Run show = leadstage({u"model"_qs, u"show"_qs, path});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QVERIFY(shown[u"id"_qs].isNull());
        QCOMPARE(shown[u"model"_qs][u"name"_qs].toString(), u"Default"_qs);
        // Exported without an id by e-mail-only leads: the per-lead id falls back to the e-mail.
        const QString copyFile = m_dir.filePath(u"worked-scored.leadstage"_qs);
        QVERIFY(QFile::copy(m_workedFile, copyFile));
        const QString copy = placed(copyFile);
        const QString csv = m_dir.filePath(u"worked.csv"_qs);
        QCOMPARE(leadstage({u"score"_qs, copy, u"--per-lead"_qs, csv}).exitCode, 0);
        const PerLead table = PerLead::read(csv);
        QCOMPARE(table.rows.keys(), (QStringList{u"WX-1"_qs, u"WX-3"_qs, u"dan@example.com"_qs}));
        QCOMPARE(table.rows[u"WX-1"_qs].join(u','),
                 u"WX-1,MQL,60,40,20,0,0,D,2025-01-10T00:00:00Z,2025-02-02T00:00:00Z,,active"_qs);
        QVERIFY(leadstage({u"model"_qs, u"list"_qs, copy}).out.contains(u"The built-in default model"_qs));
    }

    void unknownLeadIsAClearError()
    {
        const Run run = leadstage({u"explain"_qs, m_demo, u"nobody@nowhere.example"_qs});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no lead has the external id or e-mail 'nobody@nowhere.example'"_qs),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(m_demo));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void importRefusesABadModelWithItsJsonPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("points not a number")
            << QByteArray(R"({"format":"leadstage-model","version":1,"name":"Bad","rules":[{"id":"a","label":"A",)"
                          R"("category":"C","track":"info","activity":"email_open","points":"ten","pays":"each"}]})")
            << u"bad.json: rules[0].points: expected a number"_qs;
        QTest::newRow("unknown key") << QByteArray(
            R"({"format":"leadstage-model","version":1,"name":"Bad","rules":[],"triggers":[],)"
            R"("thresholds":{"iql":25,"mql":50},"colour":"red"})")
                                     << u"bad.json: colour: unknown key"_qs;
        QTest::newRow("not JSON") << QByteArray("{ rules: ") << u"bad.json: model: not valid JSON"_qs;
    }

    void importRefusesABadModelWithItsJsonPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString bad = m_dir.filePath(u"bad.json"_qs);
        writeFile(bad, json);
        const QByteArray before = readAll(m_demo);
        const Run run = leadstage({u"model"_qs, u"import"_qs, m_demo, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        const Run list = leadstage({u"model"_qs, u"list"_qs, m_demo});
        QCOMPARE(list.out.count(u'\n'), 2); // header and version 1 only
    }

    void importListActivateExportRoundTrips()
    {
        const QString file = m_dir.filePath(u"models.leadstage"_qs);
        QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"60"_qs, u"--out"_qs, file}).exitCode, 0);
        const QString path = placed(file);
        QCOMPARE(leadstage({u"score"_qs, path}).exitCode, 0); // the default is saved and active now

        // Export the active model (the default), change it, import it.
        const QString exported = m_dir.filePath(u"default.json"_qs);
        QCOMPARE(leadstage({u"model"_qs, u"export"_qs, path, u"--out"_qs, exported}).exitCode, 0);
        QJsonObject model = QJsonDocument::fromJson(readAll(exported)).object();
        QCOMPARE(model[u"name"_qs].toString(), u"Default"_qs);
        QJsonObject thresholds = model[u"thresholds"_qs].toObject();
        thresholds[u"iql"_qs] = 30;
        model[u"thresholds"_qs] = thresholds;
        const QString tuned = m_dir.filePath(u"tuned.json"_qs);
        writeFile(tuned, QJsonDocument(model).toJson());

        const Run imported = leadstage({u"model"_qs, u"import"_qs, path, tuned, u"--comment"_qs, u"IQL at 30"_qs});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto match = QRegularExpression(u"as Default v2 \\(id (\\d+)\\)"_qs).match(imported.out);
        QVERIFY2(match.hasMatch(), qPrintable(imported.out));
        const QString id = match.captured(1);
        const Run list = leadstage({u"model"_qs, u"list"_qs, path});
        QVERIFY2(list.out.contains(QRegularExpression(u"^ +%1  Default +2  \\S+Z +\\S+ +IQL at 30$"_qs.arg(id),
                                                      QRegularExpression::MultilineOption)),
                 qPrintable(list.out));
        QVERIFY(list.out.contains(
            QRegularExpression(u"^ +\\d+  Default +1  \\S+ +\\S+ +yes +"_qs, QRegularExpression::MultilineOption)));

        QCOMPARE(leadstage({u"model"_qs, u"activate"_qs, path, id}).exitCode, 0);
        const Run show = leadstage({u"model"_qs, u"show"_qs, path});
        const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(shown[u"id"_qs].toInteger(), id.toLongLong());
        QCOMPARE(shown[u"active"_qs].toBool(), true);
        QCOMPARE(shown[u"comment"_qs].toString(), u"IQL at 30"_qs);
        QCOMPARE(shown[u"model"_qs].toObject(), model);
        const Run back = leadstage({u"model"_qs, u"export"_qs, path, u"--id"_qs, id});
        QCOMPARE(QJsonDocument::fromJson(back.out.toUtf8()).object(), model);
        const Run rescored = leadstage({u"score"_qs, path});
        QVERIFY(rescored.out.contains(u"Model     Default v2 (id %1)"_qs.arg(id)));
    }

    void scoreWithAModelFileSavesAndActivatesItOnce()
    {
        const QString file = m_dir.filePath(u"scoremodel.leadstage"_qs);
        QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"60"_qs, u"--out"_qs, file}).exitCode, 0);
        const QString path = placed(file);
        const QString exported = m_dir.filePath(u"for-score.json"_qs);
        QCOMPARE(leadstage({u"model"_qs, u"export"_qs, path, u"--out"_qs, exported}).exitCode, 0);
        QJsonObject model = QJsonDocument::fromJson(readAll(exported)).object();
        model[u"name"_qs] = u"Strict"_qs;
        writeFile(exported, QJsonDocument(model).toJson());
        for (int run = 0; run < 2; ++run) {
            const Run scored = leadstage({u"score"_qs, path, u"--model"_qs, exported});
            QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
            QVERIFY(scored.out.contains(QRegularExpression(u"Model     Strict v1 \\(id \\d+\\)"_qs)));
        }
        // Saved once, and the one active version.
        const Run list = leadstage({u"model"_qs, u"list"_qs, path});
        QCOMPARE(list.out.count(u"Strict"_qs), 1);
        QVERIFY(list.out.contains(QRegularExpression(u"Strict +1  \\S+ +\\S+ +yes"_qs)));
    }

    void aRuleOnAFieldNoLeadHasIsWarnedOf()
    {
        QVERIFY2(!m_score.err.contains(u"warning"_qs), qPrintable(m_score.err)); // the default model's fields exist
        const QString file = m_dir.filePath(u"absentfield.leadstage"_qs);
        QCOMPARE(leadstage({u"demo"_qs, u"--leads"_qs, u"60"_qs, u"--out"_qs, file}).exitCode, 0);
        const QString path = placed(file);
        const QString exported = m_dir.filePath(u"absentfield.json"_qs);
        QCOMPARE(leadstage({u"model"_qs, u"export"_qs, path, u"--out"_qs, exported}).exitCode, 0);
        QJsonObject model = QJsonDocument::fromJson(readAll(exported)).object();
        QJsonArray rules = model[u"rules"_qs].toArray();
        rules.append(QJsonObject{{u"id"_qs, u"visits"_qs},
                                 {u"label"_qs, u"Many visits"_qs},
                                 {u"track"_qs, u"info"_qs},
                                 {u"points"_qs, 5},
                                 {u"field"_qs, u"PageViews"_qs},
                                 {u"op"_qs, u">="_qs},
                                 {u"value"_qs, 5}});
        model[u"rules"_qs] = rules;
        writeFile(exported, QJsonDocument(model).toJson());
        const Run scored = leadstage({u"score"_qs, path, u"--model"_qs, exported});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err)); // a warning, not a refusal
        const QString expected = u"leadstage score: warning: rules[%1].condition.field: rule \"Many visits\": no lead "
                                 "in this workspace has a value in \"PageViews\", so it scores 0 for every lead. "
                                 "Check the spelling against the lead fields and the extra columns the import kept, "
                                 "or import a file with that column.\n"_qs.arg(rules.size() - 1);
        QVERIFY2(scored.err.contains(expected), qPrintable(scored.err));
    }

    void badArgumentsGetOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString file = u"x.leadstage"_qs;
        QTest::newRow("score without file") << QStringList{u"score"_qs} << u"give one workspace file"_qs;
        QTest::newRow("score month 13") << QStringList{u"score"_qs, file, u"--as-of"_qs, u"2025-13-01"_qs}
                                        << u"--as-of expects a date as YYYY-MM-DD"_qs;
        QTest::newRow("score European date")
            << QStringList{u"score"_qs, file, u"--as-of"_qs, u"31.12.2025"_qs} << u"not '31.12.2025'"_qs;
        QTest::newRow("score February 30")
            << QStringList{u"score"_qs, file, u"--as-of"_qs, u"2025-02-30"_qs} << u"--as-of expects a date"_qs;
        QTest::newRow("explain without lead")
            << QStringList{u"explain"_qs, file} << u"a lead's external id or e-mail"_qs;
        QTest::newRow("explain bad date")
            << QStringList{u"explain"_qs, file, u"WX-1"_qs, u"--as-of"_qs, u"yesterday"_qs}
            << u"--as-of expects a date"_qs;
        QTest::newRow("model without subcommand") << QStringList{u"model"_qs} << u"give a subcommand"_qs;
        QTest::newRow("model unknown subcommand")
            << QStringList{u"model"_qs, u"delete"_qs, file} << u"unknown subcommand 'delete'"_qs;
        QTest::newRow("activate without id") << QStringList{u"model"_qs, u"activate"_qs, file}
                                             << u"expected: leadstage model activate FILE.leadstage ID"_qs;
        QTest::newRow("export bad id") << QStringList{u"model"_qs, u"export"_qs, m_demo, u"--id"_qs, u"two"_qs}
                                       << u"--id expects a model id"_qs;
        QTest::newRow("activate id zero")
            << QStringList{u"model"_qs, u"activate"_qs, m_demo, u"0"_qs} << u"ID must be a model id"_qs;
    }

    void badArgumentsGetOneLineAndExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        verifyBadArguments(arguments, expected);
    }

    void failuresNameTheFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString missing = u"/nonexistent/missing.leadstage"_qs;
        QTest::newRow("score missing workspace") << QStringList{u"score"_qs, missing} << missing;
        QTest::newRow("explain missing workspace") << QStringList{u"explain"_qs, missing, u"a@b.c"_qs} << missing;
        QTest::newRow("list missing workspace") << QStringList{u"model"_qs, u"list"_qs, missing} << missing;
        QTest::newRow("missing model file")
            << QStringList{u"score"_qs, u"DEMO"_qs, u"--model"_qs, u"/nonexistent/m.json"_qs}
            << u"/nonexistent/m.json: cannot be read"_qs;
        QTest::newRow("unwritable per-lead")
            << QStringList{u"score"_qs, u"DEMO"_qs, u"--per-lead"_qs, u"/nonexistent/out.csv"_qs}
            << u"/nonexistent/out.csv: cannot be written"_qs;
        QTest::newRow("unknown model id")
            << QStringList{u"model"_qs, u"export"_qs, u"DEMO"_qs, u"--id"_qs, u"99"_qs} << u"no model with id 99"_qs;
        QTest::newRow("activate unknown id")
            << QStringList{u"model"_qs, u"activate"_qs, u"DEMO"_qs, u"99"_qs} << u"no model with id 99"_qs;
    }

    void failuresNameTheFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        arguments.replaceInStrings(QRegularExpression(u"^DEMO$"_qs), m_demo);
        const Run run = leadstage(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

private:
    // The hand-made workspace, built on first use and only read afterwards.
    QString workedExamples()
    {
        if (m_worked.isEmpty()) {
            m_workedFile = m_dir.filePath(u"worked.leadstage"_qs);
            buildWorkedExamples(m_workedFile);
            m_worked = placed(m_workedFile);
        }
        return m_worked;
    }

    // A workspace file to work on: itself, or (tst_cli_scoring_on_server) its copy on
    // the test server, a schema each.
    QString placed(const QString &file) { return m_placements.emplace_back().place(file); }

    QTemporaryDir m_dir;
    std::deque<LeadStage::Testing::ServerPlacement> m_placements;
    QString m_demoFile;
    QString m_demo;
    QString m_workedFile;
    QString m_worked;
    QString m_perLead;
    Run m_score;
};

QTEST_GUILESS_MAIN(TestScoringCommands)
#include "tst_cli_scoring.moc"
