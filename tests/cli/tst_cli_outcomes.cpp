// Outcomes as real exports carry them (DESIGN §4), end to end through the real
// binary: a lead table with a 0/1 "Converted" column and no dates, an MQL list
// joined by id to a won-deals file, and a HubSpot contacts export with "Became a …
// Date" columns — the rows that land, the rows refused with their exact messages,
// and what `leadstage metrics` then says, with and without --compare-recorded.

#include "LeadstageProcess.h"
#include "explore/LeadDetailLoader.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using namespace LeadstageProcess;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(LEADSTAGE_OUTCOME_FIXTURES "/") + QString::fromUtf8(name);
}

// The query's rows, its `columns` joined by '|', rows by ';'.
QString rows(const QString &workspace, int columns, const char *sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return opened.error().toString();
    auto query = (*opened)->database().prepare(sql);
    if (!query)
        return query.error().toString();
    QStringList all;
    while (*query->step()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (query->isNull(c) ? u"-"_qs : query->text(c));
        all << cells.join(u'|');
    }
    return all.join(u';');
}

// The lead detail's field (the explorer's detail pane) with this label; "-" when none.
QString detailField(const QString &workspace, std::int64_t leadId, const QString &label)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return opened.error().toString();
    auto detail = LeadDetailLoader((*opened)->database()).load(leadId);
    if (!detail)
        return detail.error().toString();
    for (const auto &[name, value] : detail->fields)
        if (name == label)
            return value;
    return u"-"_qs;
}

QJsonObject metricsJson(const QString &workspace, const QStringList &more = {})
{
    const Run run = leadstage(QStringList{u"metrics"_qs, workspace, u"--format"_qs, u"json"_qs} + more);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// "Lead:3/6 …": current / ever reached per stage of the stages table.
QString stageCounts(const QJsonObject &metrics)
{
    QStringList counts;
    for (const QJsonValue &row : metrics[u"tables"_qs][u"stages"_qs][u"rows"_qs].toArray())
        counts << u"%1:%2/%3"_qs.arg(row[u"stage"_qs].toString())
                      .arg(row[u"current"_qs].toInt())
                      .arg(row[u"everReached"_qs].toInt());
    return counts.join(u' ');
}

// "MQL crm/model/both/modelOnly/crmOnly/undated …" of the recordedStages table.
QString comparison(const QJsonObject &metrics)
{
    QStringList rows;
    for (const QJsonValue &row : metrics[u"tables"_qs][u"recordedStages"_qs][u"rows"_qs].toArray())
        rows << u"%1 %2/%3/%4/%5/%6/%7"_qs.arg(row[u"stage"_qs].toString())
                    .arg(row[u"crm"_qs].toInt())
                    .arg(row[u"model"_qs].toInt())
                    .arg(row[u"agreeing"_qs].toInt())
                    .arg(row[u"modelOnly"_qs].toInt())
                    .arg(row[u"crmOnly"_qs].toInt())
                    .arg(row[u"crmUndated"_qs].toInt());
    return rows.join(u", "_qs);
}

void verifyLines(const QString &output, const QStringList &lines)
{
    for (const QString &line : lines)
        QVERIFY2(output.contains(line + u'\n'), qPrintable(u"missing: "_qs + line + u"\nin:\n"_qs + output));
}

const QString undatedNote = u"leads with undated outcomes (a yes/no column, no date): counted in the stage counts and "
                            "IQL → customer, left out of every figure that needs an outcome's date."_qs;

} // namespace

class TestCliOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The public lead-scoring dataset's shape: "Converted" 0/1 and no date at all.
    void convertedColumnWithoutDates()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        const Run run = leadstage({u"import"_qs, workspace, u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                                   fixture("converted-leads.csv"), u"--mapping"_qs, fixture("converted-mapping.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        verifyLines(run.out, {u"  read 7, inserted 6, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 1"_qs,
                              u"  converted-leads.csv:7:4: customer_flag: 'converted' is not a yes/no value (1/0, "
                              "true/false, yes/no, won/lost)"_qs});
        // 1, TRUE and " yes " say yes; 0, no and an empty cell say nothing.
        QCOMPARE(rows(workspace, 3,
                      "SELECT l.external_id, o.customer_at, o.customer_undated FROM outcomes o "
                      "JOIN leads l ON l.id = o.lead_id WHERE o.customer_undated = 1 ORDER BY l.id"),
                 u"2a272436|-|1;8cc8c611|-|1;0cc2df48|-|1"_qs);
        QCOMPARE(rows(workspace, 1, "SELECT count(*) FROM lead_state WHERE stage = 'Customer'"), u"3"_qs);
        const QJsonObject metrics = metricsJson(workspace);
        QCOMPARE(stageCounts(metrics), u"Lead:3/6 IQL:0/0 MQL:0/0 PQL:0/0 SQL:0/0 Opportunity:0/0 Customer:3/3"_qs);
        QCOMPARE(metrics[u"undatedOutcomes"_qs].toObject(), (QJsonObject{{u"counted"_qs, 3}, {u"leftOut"_qs, 0}}));
        QVERIFY(metrics[u"notes"_qs].toArray().contains(QJsonValue(u"3 "_qs + undatedNote)));
        QCOMPARE(detailField(workspace, 2, u"Outcomes without a date"_qs), u"Customer"_qs);
        QCOMPARE(detailField(workspace, 1, u"Outcomes without a date"_qs), u"-"_qs);
        // Re-importing the same flags changes nothing.
        const Run again =
            leadstage({u"import"_qs, workspace, u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                       fixture("converted-leads.csv"), u"--mapping"_qs, fixture("converted-mapping.json")});
        verifyLines(again.out,
                    {u"  read 7, inserted 0, updated 0, unchanged 6, skipped 0, duplicates 0, rejected 1"_qs});
    }

    // A list of MQLs (a yes/no column: recorded stages) and the won deals, joined by id.
    void mqlListAndWonDeals()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        const Run run = leadstage({u"import"_qs, workspace, u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                                   fixture("mql-list.csv"), u"--outcomes"_qs, fixture("won-deals.csv"), u"--mapping"_qs,
                                   fixture("mql-won-mapping.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        verifyLines(run.out,
                    {u"  read 5, inserted 4, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 1"_qs,
                     u"  mql-list.csv:6:4: recorded_mql_flag: 'y' is not a yes/no value (1/0, true/false, yes/no, "
                     "won/lost)"_qs,
                     u"  read 5, inserted 3, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 2"_qs,
                     u"  won-deals.csv:5:1: no lead has the CRM id or e-mail 'L9'; import the lead first, or let the "
                     "import create missing leads (--create-missing-leads)"_qs,
                     u"  won-deals.csv:6:2: customer_flag: 'pending' is not a yes/no value (1/0, true/false, yes/no, "
                     "won/lost)"_qs});
        QCOMPARE(rows(workspace, 3,
                      "SELECT l.external_id, r.stage, r.at FROM recorded_stages r "
                      "JOIN leads l ON l.id = r.lead_id ORDER BY l.id"),
                 u"L1|MQL|-;L2|MQL|-;L3|MQL|-;L4|MQL|-"_qs);
        QCOMPARE(rows(workspace, 3,
                      "SELECT l.external_id, o.customer_undated, o.revenue FROM outcomes o "
                      "JOIN leads l ON l.id = o.lead_id ORDER BY l.id"),
                 u"L1|1|12000.0;L2|0|-;L3|1|8000.0"_qs);
        const QJsonObject metrics = metricsJson(workspace, {u"--compare-recorded"_qs});
        QCOMPARE(stageCounts(metrics), u"Lead:2/4 IQL:0/0 MQL:0/0 PQL:0/0 SQL:0/0 Opportunity:0/0 Customer:2/2"_qs);
        // The CRM says four MQLs, the model (no events) none; the customers are the outcomes.
        QCOMPARE(comparison(metrics),
                 u"MQL 4/0/0/0/4/4, SQL 0/0/0/0/0/0, Opportunity 0/0/0/0/0/0, Customer 0/2/0/2/0/0"_qs);
        QCOMPARE(metrics[u"tables"_qs][u"recordedStages"_qs][u"title"_qs].toString(),
                 u"Recorded (CRM) vs computed stages (4 leads, 4 with a recorded stage, 4 placed differently)"_qs);
        const Run text = leadstage({u"metrics"_qs, workspace, u"--compare-recorded"_qs});
        verifyLines(text.out, {u"Note: 2 "_qs + undatedNote,
                               u"MQL            4      0     0           0         4            4"_qs});
    }

    // HubSpot's lifecycle dates land as recorded stages through the recognised preset.
    void hubspotLifecycleDates()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        const Run run = leadstage({u"import"_qs, workspace, u"--leads"_qs, fixture("hubspot-lifecycle.csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"(preset hubspot, import 1)"_qs), qPrintable(run.out));
        verifyLines(run.out, {u"  read 5, inserted 4, updated 0, unchanged 0, skipped 0, duplicates 0, rejected 1"_qs,
                              u"  hubspot-lifecycle.csv:5:6: recorded_mql_at: month 13 does not exist (read as ISO "
                              "8601 (YYYY-MM-DD, optional time and zone))"_qs});
        QCOMPARE(rows(workspace, 3,
                      "SELECT l.external_id, r.stage, date(r.at, 'unixepoch') FROM recorded_stages r "
                      "JOIN leads l ON l.id = r.lead_id ORDER BY l.id, r.stage"),
                 u"101|Customer|2025-04-15;101|MQL|2025-02-01;101|SQL|2025-03-01;102|MQL|2025-02-20;"
                 "105|MQL|2025-02-10;105|SQL|2025-02-28"_qs);
        QCOMPARE(detailField(workspace, 1, u"Stages the CRM recorded"_qs),
                 u"MQL 2025-02-01\nSQL 2025-03-01\nCustomer 2025-04-15"_qs);
        // Recorded stages never touch the computed ones: no outcome was imported.
        QCOMPARE(rows(workspace, 1, "SELECT count(*) FROM outcomes"), u"0"_qs);
        QCOMPARE(rows(workspace, 1, "SELECT group_concat(DISTINCT stage) FROM lead_state"), u"Lead"_qs);
        // The recorded dates reach the analysis date: the latest (Apr 15) counts.
        const QJsonObject metrics = metricsJson(workspace, {u"--compare-recorded"_qs});
        QCOMPARE(metrics[u"asOf"_qs].toString(), u"2025-04-15T00:00:00Z"_qs);
        QCOMPARE(comparison(metrics),
                 u"MQL 3/0/0/0/3/0, SQL 2/0/0/0/2/0, Opportunity 0/0/0/0/0/0, Customer 1/0/0/0/1/0"_qs);
        // At an earlier date only what the CRM had recorded by then.
        const QJsonObject march = metricsJson(workspace, {u"--compare-recorded"_qs, u"--as-of"_qs, u"2025-02-28"_qs});
        QCOMPARE(comparison(march),
                 u"MQL 3/0/0/0/3/0, SQL 1/0/0/0/1/0, Opportunity 0/0/0/0/0/0, Customer 0/0/0/0/0/0"_qs);
    }

    void compareRecordedWithoutRecordedStagesSaysSo()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                            fixture("converted-leads.csv"), u"--mapping"_qs, fixture("converted-mapping.json")})
                     .exitCode,
                 0);
        const QJsonObject metrics = metricsJson(workspace, {u"--compare-recorded"_qs});
        QVERIFY(metrics[u"notes"_qs].toArray().contains(
            u"No lead has a stage recorded by the CRM: import its lifecycle dates or flags (recorded_mql_at, "
            "recorded_sql_flag …; the HubSpot, Salesforce and Marketo presets map them) to compare."_qs));
        // Without the option the table is not there.
        QVERIFY(!metricsJson(workspace)[u"tables"_qs].toObject().contains(u"recordedStages"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliOutcomes)
#include "tst_cli_outcomes.moc"
