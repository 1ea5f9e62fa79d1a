// `leadstage metrics` as the real binary on a small demo workspace: every format
// under several filters against FunnelMetrics computed here, the notes on filters
// that select nothing, wrong arguments (exit 2) and unreadable workspaces (exit 1).

#include "common/TimeFormat.h"
#include "metrics/DashboardFormat.h"
#include "metrics/DashboardTime.h"
#include "metrics/FunnelMetrics.h"
#include "metrics/KpiText.h"
#include "metrics/SnapshotLoader.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "../core/ServerPlacement.h"
#include "LeadstageProcess.h"

using namespace LeadStage;
using namespace LeadstageProcess;

namespace {

// One output table as rows of column → exact value, written the way CSV writes
// numbers (shortest round-trip text), so JSON and CSV are checked by one function.
using Row = QMap<QString, QString>;
using Tables = QMap<QString, QList<Row>>;

QString exact(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString exact(std::optional<double> value)
{
    return value ? exact(*value) : QString();
}

QString exact(bool value)
{
    return value ? u"true"_qs : u"false"_qs;
}

QString exactValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return exact(value.toBool());
    case QJsonValue::Double:
        return exact(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

Tables tablesOfJson(const QJsonObject &json)
{
    Tables tables;
    const QJsonObject all = json.value(u"tables"_qs).toObject();
    for (auto table = all.begin(); table != all.end(); ++table) {
        QList<Row> rows;
        for (const QJsonValue &value : table->toObject().value(u"rows"_qs).toArray()) {
            const QJsonObject object = value.toObject();
            Row row;
            for (auto cell = object.begin(); cell != object.end(); ++cell)
                if (cell.key() != u"texts")
                    row.insert(cell.key(), exactValue(*cell));
            rows << row;
        }
        tables.insert(table.key(), rows);
    }
    return tables;
}

// RFC 4180 cells; a leading apostrophe (formula escape) is kept, as a spreadsheet would show it.
QStringList csvCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            cell += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

// Sections: "section,KEY", a header line of column keys, then rows up to a blank line.
Tables tablesOfCsv(const QString &csv, QMap<QString, QStringList> *about = nullptr)
{
    Tables tables;
    const QStringList sections = csv.split(u"\r\n\r\n"_qs, Qt::SkipEmptyParts);
    for (const QString &section : sections) {
        const QStringList lines = section.split(u"\r\n"_qs, Qt::SkipEmptyParts);
        if (lines.size() < 2)
            continue;
        const QString key = csvCells(lines[0]).value(1);
        const QStringList header = csvCells(lines[1]);
        QList<Row> rows;
        for (qsizetype i = 2; i < lines.size(); ++i) {
            const QStringList cells = csvCells(lines[i]);
            if (key == u"about" && about)
                (*about)[cells.value(0)] << cells.value(1);
            Row row;
            for (qsizetype c = 0; c < header.size(); ++c)
                row.insert(header[c], cells.value(c));
            rows << row;
        }
        tables.insert(key, rows);
    }
    return tables;
}

QString kpiKey(IqlMetric metric)
{
    const QString keys[] = {u"generation"_qs, u"conversion"_qs, u"timeToMql"_qs, u"engagement"_qs};
    return keys[int(metric)];
}

QString bandKey(std::optional<BandPosition> band)
{
    if (!band)
        return {};
    return *band == BandPosition::Below ? u"below"_qs : *band == BandPosition::Within ? u"within"_qs : u"above"_qs;
}

// Every number of the report, in the tables of the output.
void verifyTables(const Tables &tables, const FunnelReport &report)
{
    const QList<Row> kpis = tables.value(u"kpis"_qs);
    QCOMPARE(int(kpis.size()), 4);
    for (int m = 0; m < 4; ++m) {
        const KpiFigure figure = KpiFigure::of(report, IqlMetric(m));
        const Row &row = kpis[m];
        QCOMPARE(row.value(u"metric"_qs), kpiKey(IqlMetric(m)));
        QCOMPARE(row.value(u"period"_qs), figure.period ? figure.period->label() : QString());
        QCOMPARE(row.value(u"value"_qs), exact(figure.value));
        QCOMPARE(row.value(u"previousPeriod"_qs), figure.previousPeriod ? figure.previousPeriod->label() : QString());
        QCOMPARE(row.value(u"previous"_qs), exact(figure.previous));
        QCOMPARE(row.value(u"band"_qs), bandKey(figure.band));
    }

    const QList<Row> generation = tables.value(u"generation"_qs);
    QCOMPARE(generation.size(), qsizetype(report.generation.size()));
    for (std::size_t i = 0; i < report.generation.size(); ++i) {
        QCOMPARE(generation[qsizetype(i)].value(u"period"_qs), report.generation[i].period.label());
        QCOMPARE(generation[qsizetype(i)].value(u"iqls"_qs), exact(double(report.generation[i].iqls)));
    }

    const QList<Row> cohorts = tables.value(u"cohorts"_qs);
    QCOMPARE(cohorts.size(), qsizetype(report.cohorts.size()));
    for (std::size_t i = 0; i < report.cohorts.size(); ++i) {
        const CohortRow &cohort = report.cohorts[i];
        const Row &row = cohorts[qsizetype(i)];
        QCOMPARE(row.value(u"cohort"_qs), cohort.period.label());
        QCOMPARE(row.value(u"iqls"_qs), exact(double(cohort.size)));
        QCOMPARE(row.value(u"converted"_qs), exact(double(cohort.converted)));
        QCOMPARE(row.value(u"rate"_qs), exact(cohort.rate));
        QCOMPARE(row.value(u"provisional"_qs), exact(cohort.provisional));
    }

    const DurationStats &stats = report.timeToMql.overall;
    const Row overall = tables.value(u"timeToMql"_qs).value(0);
    QCOMPARE(overall.value(u"mqls"_qs), exact(double(stats.count)));
    QCOMPARE(overall.value(u"mean"_qs), exact(stats.mean));
    QCOMPARE(overall.value(u"minimum"_qs), exact(stats.minimum));
    QCOMPARE(overall.value(u"lowerQuartile"_qs), exact(stats.lowerQuartile));
    QCOMPARE(overall.value(u"median"_qs), exact(stats.median));
    QCOMPARE(overall.value(u"upperQuartile"_qs), exact(stats.upperQuartile));
    QCOMPARE(overall.value(u"maximum"_qs), exact(stats.maximum));
    const QList<Row> byPeriod = tables.value(u"timeToMqlByPeriod"_qs);
    QCOMPARE(byPeriod.size(), qsizetype(report.timeToMql.perPeriod.size()));
    for (std::size_t i = 0; i < report.timeToMql.perPeriod.size(); ++i) {
        QCOMPARE(byPeriod[qsizetype(i)].value(u"mqls"_qs), exact(double(report.timeToMql.perPeriod[i].days.count)));
        QCOMPARE(byPeriod[qsizetype(i)].value(u"median"_qs), exact(report.timeToMql.perPeriod[i].days.median));
    }
    const QList<Row> histogram = tables.value(u"timeToMqlHistogram"_qs);
    QCOMPARE(int(histogram.size()), TimeToMqlHistogram::binCount);
    for (int bin = 0; bin < TimeToMqlHistogram::binCount; ++bin) {
        QCOMPARE(histogram[bin].value(u"bin"_qs), TimeToMqlHistogram::binLabel(bin));
        QCOMPARE(histogram[bin].value(u"mqls"_qs), exact(double(report.timeToMql.histogram.counts[std::size_t(bin)])));
    }

    const QList<Row> engagement = tables.value(u"engagement"_qs);
    QCOMPARE(engagement.size(), qsizetype(report.engagement.size()));
    for (std::size_t i = 0; i < report.engagement.size(); ++i) {
        const EngagementPoint &point = report.engagement[i];
        const Row &row = engagement[qsizetype(i)];
        QCOMPARE(row.value(u"month"_qs), point.month.label());
        QCOMPARE(row.value(u"iqls"_qs), exact(double(point.iqls)));
        QCOMPARE(row.value(u"engaged"_qs), exact(double(point.engaged)));
        QCOMPARE(row.value(u"rate"_qs), exact(point.rate));
        QCOMPARE(row.value(u"partial"_qs), exact(point.partial));
    }

    const QList<Row> stages = tables.value(u"stages"_qs);
    QCOMPARE(int(stages.size()), 7);
    for (int stage = 0; stage < 7; ++stage) {
        QCOMPARE(stages[stage].value(u"stage"_qs), stageName(Stage(stage)));
        QCOMPARE(stages[stage].value(u"current"_qs), exact(double(report.stages.current[std::size_t(stage)])));
        QCOMPARE(stages[stage].value(u"everReached"_qs), exact(double(report.stages.everReached[std::size_t(stage)])));
    }

    const QString qualityKeys[] = {u"qualityBySource"_qs, u"qualityByCampaign"_qs, u"qualityByIndustry"_qs};
    QCOMPARE(report.quality.size(), std::size_t(3));
    for (std::size_t t = 0; t < 3; ++t) {
        const QList<Row> rows = tables.value(qualityKeys[t]);
        QCOMPARE(rows.size(), qsizetype(report.quality[t].rows.size()));
        for (std::size_t i = 0; i < report.quality[t].rows.size(); ++i) {
            const QualityRow &quality = report.quality[t].rows[i];
            const Row &row = rows[qsizetype(i)];
            QCOMPARE(row.value(u"value"_qs), quality.value);
            QCOMPARE(row.value(u"iqls"_qs), exact(double(quality.iqls)));
            QCOMPARE(row.value(u"converted"_qs), exact(double(quality.converted)));
            QCOMPARE(row.value(u"mqlRate"_qs), exact(quality.mqlRate));
            QCOMPARE(row.value(u"customers"_qs), exact(double(quality.customers)));
            QCOMPARE(row.value(u"customerRate"_qs), exact(quality.customerRate));
            QCOMPARE(row.value(u"medianDaysToMql"_qs), exact(quality.medianDaysToMql));
            QCOMPARE(row.value(u"provisional"_qs), exact(quality.provisional));
        }
    }
}

// The table format: the KPI texts of the tiles, and every generation bar as a line.
void verifyText(const QString &out, const FunnelReport &report)
{
    for (int m = 0; m < 4; ++m) {
        // The table format names the KPIs briefly; the JSON carries the tiles' titles.
        const QString names[] = {u"IQL generation"_qs, u"IQL → MQL (180 d)"_qs, u"Time to MQL"_qs, u"Engagement"_qs};
        const KpiText text = KpiText::of(KpiFigure::of(report, IqlMetric(m)));
        const QRegularExpression line(
            u"^"_qs + QRegularExpression::escape(names[m]) + u" +"_qs + QRegularExpression::escape(text.period)
                + u" +"_qs + QRegularExpression::escape(text.value) + u" +"_qs + QRegularExpression::escape(text.change)
                + u" +"_qs + QRegularExpression::escape(text.band) + u"$"_qs,
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(out).hasMatch(), qPrintable(text.title + u" / "_qs + text.value));
    }
    const QString generation = out.section(u"\nIQL generation per "_qs, 1).section(u"\n\n"_qs, 0, 0);
    for (const GenerationPoint &point : report.generation) {
        const QRegularExpression line(u"^%1 +%2$"_qs.arg(point.period.label(), DashboardFormat::count(point.iqls)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(generation).hasMatch(), qPrintable(point.period.label()));
    }
    // The title quotes the workspace as it was given (a server's address is long); the tables fit.
    for (const QString &line : out.split(u'\n').mid(1))
        QVERIFY2(line.size() <= 120, qPrintable(line));
}

} // namespace

Q_DECLARE_METATYPE(LeadStage::MetricsFilter)
Q_DECLARE_METATYPE(LeadStage::Bucket)
Q_DECLARE_METATYPE(std::optional<std::int64_t>)

class TestCliMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LeadStage::Testing::ServerPlacement m_placement;
    QString m_demo;
    std::unique_ptr<MetricsSnapshot> m_snapshot;

    QString value(Dimension dimension, std::uint32_t id) const { return m_snapshot->dictionary(dimension).at(id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.leadstage"_qs);
        const Run demo = leadstage({u"demo"_qs, u"--leads"_qs, u"3000"_qs, u"--seed"_qs, u"7"_qs, u"--out"_qs, m_demo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_demo = m_placement.place(m_demo); // tst_cli_metrics_on_server: the demo's copy on the server
        auto workspace = Workspace::open(m_demo, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace.ok());
        auto snapshot = SnapshotLoader((*workspace)->database()).load();
        QVERIFY(snapshot.ok());
        m_snapshot = std::make_unique<MetricsSnapshot>(std::move(*snapshot));
        QVERIFY(m_snapshot->dictionary(Dimension::Source).size() > 3);
    }

    void outputMatchesFunnelMetrics_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<MetricsFilter>("filter");
        QTest::addColumn<Bucket>("bucket");
        QTest::addColumn<std::optional<std::int64_t>>("asOf");

        const QString source = value(Dimension::Source, 1), other = value(Dimension::Source, 2);
        const QString industry = value(Dimension::Industry, 1), campaign = value(Dimension::Campaign, 3);
        const QString country = value(Dimension::Country, 1);
        struct Case
        {
            const char *name;
            QStringList arguments;
            MetricsFilter filter;
            Bucket bucket = Bucket::Month;
            std::optional<std::int64_t> asOf;
        };
        MetricsFilter sources, industryByQuarter, range, gradeAndCountry, campaignAsOf;
        sources.sources = {source, other};
        industryByQuarter.industries = {industry};
        range.from = DashboardTime::startOf(QDate(2024, 3, 15));
        range.to = DashboardTime::endOf(QDate(2025, 6, 10));
        gradeAndCountry.grades = {Grade::A, Grade::B};
        gradeAndCountry.countries = {country};
        campaignAsOf.campaigns = {campaign};
        const std::int64_t asOf = *DashboardTime::endOf(QDate(2025, 9, 30)) - 1;
        const Case cases[] = {
            {"no filter", {}, {}},
            {"two sources", {u"--source"_qs, source, u"--source"_qs, other}, sources},
            {"industry by quarter",
             {u"--industry"_qs, industry, u"--by"_qs, u"quarter"_qs},
             industryByQuarter,
             Bucket::Quarter},
            {"date range", {u"--from"_qs, u"2024-03-15"_qs, u"--to"_qs, u"2025-06-10"_qs}, range},
            {"grades and country",
             {u"--grade"_qs, u"A"_qs, u"--grade"_qs, u"b"_qs, u"--country"_qs, country},
             gradeAndCountry},
            {"campaign as of",
             {u"--campaign"_qs, campaign, u"--as-of"_qs, u"2025-09-30"_qs},
             campaignAsOf,
             Bucket::Month,
             asOf},
        };
        for (const char *format : {"json", "csv", "table"})
            for (const Case &c : cases)
                QTest::addRow("%s, %s", format, c.name)
                    << QString::fromLatin1(format) << c.arguments << c.filter << c.bucket << c.asOf;
    }

    void outputMatchesFunnelMetrics()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, arguments);
        QFETCH(MetricsFilter, filter);
        QFETCH(Bucket, bucket);
        QFETCH(std::optional<std::int64_t>, asOf);

        const FunnelReport report = FunnelMetrics(*m_snapshot, filter, bucket, asOf).compute();
        QVERIFY(report.summary.iqls > 0);
        const Run run = leadstage(QStringList{u"metrics"_qs, m_demo, u"--format"_qs, format} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());

        if (format == u"json") {
            QJsonParseError error;
            const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(json.value(u"format"_qs).toString(), u"leadstage-metrics"_qs);
            QCOMPARE(json.value(u"version"_qs).toInt(), 1);
            QCOMPARE(json.value(u"selectedLeads"_qs).toInt(), report.selectedLeads);
            QCOMPARE(json.value(u"bucket"_qs).toString(), bucket == Bucket::Month ? u"month"_qs : u"quarter"_qs);
            QCOMPARE(int(json.value(u"notes"_qs).toArray().size()), 0);
            verifyTables(tablesOfJson(json), report);
            // The display texts ride along, as the tiles show them.
            const QJsonObject kpi = json[u"tables"_qs][u"kpis"_qs][u"rows"_qs][1].toObject();
            const KpiText text = KpiText::of(KpiFigure::of(report, IqlMetric::Conversion));
            QCOMPARE(kpi[u"title"_qs].toString(), text.title);
            QCOMPARE(kpi[u"texts"_qs][u"value"_qs].toString(), text.value);
            QCOMPARE(kpi[u"texts"_qs][u"change"_qs].toString(), text.change);
            QCOMPARE(kpi[u"texts"_qs][u"band"_qs].toString(), text.band);
        } else if (format == u"csv") {
            QMap<QString, QStringList> about;
            verifyTables(tablesOfCsv(run.out, &about), report);
            QCOMPARE(about.value(u"selectedLeads"_qs), QStringList{QString::number(report.selectedLeads)});
            QVERIFY(!about.contains(u"note"_qs));
        } else {
            verifyText(run.out, report);
        }
    }

    void csvEscapesFormulaCells()
    {
        // Every text cell goes through the escaper of DESIGN §7: a filter value that
        // reads like a formula comes back as text, with its apostrophe.
        const Run run = leadstage({u"metrics"_qs, m_demo, u"--format"_qs, u"csv"_qs, u"--source"_qs,
                                   u"=HYPERLINK(1)"_qs, u"--campaign"_qs, u"-1+2"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"\r\nsource,\"'=HYPERLINK(1)\"\r\n"_qs), qPrintable(run.out.left(600)));
        QVERIFY2(run.out.contains(u"\r\ncampaign,\"'-1+2\"\r\n"_qs), qPrintable(run.out.left(600)));
        for (const QString &line : run.out.split(u"\r\n"_qs))
            for (const QString &cell : csvCells(line))
                QVERIFY2(cell.isEmpty() || !QStringView(u"=+@").contains(cell.front()), qPrintable(line));
    }

    void unknownValueSaysSo_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << u"table"_qs;
        QTest::newRow("csv") << u"csv"_qs;
        QTest::newRow("json") << u"json"_qs;
    }

    void unknownValueSaysSo()
    {
        QFETCH(QString, format);
        const Run run =
            leadstage({u"metrics"_qs, m_demo, u"--source"_qs, u"No Such Source"_qs, u"--format"_qs, format});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"No lead has the source 'No Such Source'"_qs), qPrintable(run.out.left(600)));
        QVERIFY(run.out.contains(u"No lead matches the filter"_qs));
        if (format == u"json") {
            const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
            QCOMPARE(json.value(u"selectedLeads"_qs).toInt(), 0);
            QCOMPARE(int(json.value(u"notes"_qs).toArray().size()), 2);
            MetricsFilter filter;
            filter.sources = {u"No Such Source"_qs};
            verifyTables(tablesOfJson(json), FunnelMetrics(*m_snapshot, filter, Bucket::Month).compute());
        }
    }

    void laterAsOfIsClampedWithANote()
    {
        const Run run = leadstage({u"metrics"_qs, m_demo, u"--as-of"_qs, u"2031-01-01"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"asOf"_qs).toString(), isoUtc(m_snapshot->asOf()));
        QCOMPARE(int(json.value(u"notes"_qs).toArray().size()), 1);
        QVERIFY(json.value(u"notes"_qs)[0].toString().contains(u"after the workspace's"_qs));
    }

    void wrongArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString demo = u"demo.leadstage"_qs; // never opened: the arguments fail first
        QTest::newRow("no workspace") << QStringList{u"metrics"_qs} << u"give one workspace file"_qs;
        QTest::newRow("two workspaces") << QStringList{u"metrics"_qs, demo, demo} << u"give one workspace file"_qs;
        QTest::newRow("bad from date") << QStringList{u"metrics"_qs, demo, u"--from"_qs, u"2025-02-30"_qs}
                                       << u"--from expects a date as YYYY-MM-DD, not '2025-02-30'"_qs;
        QTest::newRow("to not a date") << QStringList{u"metrics"_qs, demo, u"--to"_qs, u"June"_qs}
                                       << u"--to expects a date as YYYY-MM-DD, not 'June'"_qs;
        QTest::newRow("from after to") << QStringList{u"metrics"_qs,    demo,       u"--from"_qs,
                                                      u"2025-06-01"_qs, u"--to"_qs, u"2025-05-31"_qs}
                                       << u"--from 2025-06-01 is after --to 2025-05-31"_qs;
        QTest::newRow("unknown grade") << QStringList{u"metrics"_qs, demo, u"--grade"_qs, u"E"_qs}
                                       << u"--grade expects A, B, C or D, not 'E'"_qs;
        QTest::newRow("unknown bucket") << QStringList{u"metrics"_qs, demo, u"--by"_qs, u"week"_qs}
                                        << u"--by expects month or quarter, not 'week'"_qs;
        QTest::newRow("unknown format") << QStringList{u"metrics"_qs, demo, u"--format"_qs, u"xml"_qs}
                                        << u"--format expects table, csv or json, not 'xml'"_qs;
        QTest::newRow("bad as-of") << QStringList{u"metrics"_qs, demo, u"--as-of"_qs, u"soon"_qs}
                                   << u"--as-of expects a date"_qs;
        QTest::newRow("unknown option") << QStringList{u"metrics"_qs, demo, u"--bucket"_qs, u"month"_qs}
                                        << u"Unknown option"_qs;
    }

    void wrongArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        verifyBadArguments(arguments, expected);
    }

    void unreadableWorkspaces_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // empty: no file; "sqlite": a database of invoices
        QTest::newRow("missing") << u"missing.leadstage"_qs << QByteArray();
        QTest::newRow("not SQLite") << u"notes.leadstage"_qs << QByteArray("these are my notes, not a workspace\n");
        QTest::newRow("another program's SQLite") << u"invoices.leadstage"_qs << QByteArray("sqlite");
    }

    void unreadableWorkspaces()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(file);
        if (content == "sqlite") {
            auto database = Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            QVERIFY(database.ok());
            QVERIFY(database->exec("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)").ok());
        } else if (!content.isEmpty()) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        const auto opened = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(!opened.ok());
        const Run run = leadstage({u"metrics"_qs, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"leadstage metrics: "_qs + opened.error().toString() + u'\n');
        QVERIFY(run.out.isEmpty());
    }

    void helpNamesEveryOption()
    {
        const Run run = leadstage({u"metrics"_qs, u"--help"_qs});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--from", "--to", "--by", "--source", "--campaign", "--industry", "--country",
                                   "--grade", "--as-of", "--format"})
            QVERIFY2(run.out.contains(QString::fromLatin1(option)), option);
        QVERIFY(leadstage({u"--help"_qs}).out.contains(u"metrics"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_cli_metrics.moc"
