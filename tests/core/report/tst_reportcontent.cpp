#include "report/QuarterTables.h"
#include "report/ReportRequest.h"
#include "report/ReportSummary.h"
#include "report/ReportVerification.h"

#include <QJsonArray>
#include <QTest>

using namespace LeadStage;

// The report's own arithmetic and words, worked out by hand: stage-to-stage shares,
// the quarter names, the summary's sentences, and what verify calls moved.
class TestReportContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quartersAreNamedAsAnalystsWriteThem_data();
    void quartersAreNamedAsAnalystsWriteThem();
    void theLastCompleteQuarterEndsByTheAnalysisDate_data();
    void theLastCompleteQuarterEndsByTheAnalysisDate();
    void aRequestSurvivesItsManifest();
    void stageConversionIsTheShareOfTheStageBefore_data();
    void stageConversionIsTheShareOfTheStageBefore();
    void theSummarySaysWhatTheNumbersSay();
    void theSummaryIsInTheReportsLanguageFormat();
    void verifyNamesEveryMovedNumberAndWhy();
    void verifyOfAnUnchangedReportHolds();
};

namespace {

Period quarter(int year, int q)
{
    return Period(Bucket::Quarter, year * 4 + q - 1);
}

std::int64_t utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

// Figures of three quarters: 1,412 IQLs now, 1,261 before, 1,500 a year earlier.
QuarterFigures handMadeFigures()
{
    QuarterFigures figures;
    figures.asOf = utc(2026, 1, 15);
    figures.quarters = {quarter(2025, 4), quarter(2025, 3), quarter(2024, 4)};
    const int iqls[] = {1412, 1261, 1500};
    for (int column = 0; column < 3; ++column) {
        FunnelReport &report = figures.byQuarter[column];
        report.summary.iqls = iqls[column];
        report.summary.iqlsPerMonth = iqls[column] / 3.0;
        CohortRow cohort;
        cohort.period = figures.quarters[column];
        cohort.size = iqls[column];
        report.cohorts.push_back(cohort);
    }
    figures.byQuarter[0].cohorts[0].rate = 0.2;
    figures.byQuarter[0].cohorts[0].provisional = true;
    figures.byQuarter[1].cohorts[0].rate = 0.188;
    figures.byQuarter[0].timeToMql.overall.count = 250;
    figures.byQuarter[0].timeToMql.overall.median = 74.04;
    figures.byQuarter[0].summary.engagementRate = 0.4;
    figures.byQuarter[0].stages.leads = 3000;
    figures.byQuarter[0].stages.everReached[std::size_t(Stage::MQL)] = 300;
    figures.byQuarter[0].stages.everReached[std::size_t(Stage::Customer)] = 12;
    QualityTable sources;
    sources.dimension = Dimension::Source;
    sources.rows.push_back({1, u"Google"_qs, 706, 0, 0, 0, std::nullopt, std::nullopt, std::nullopt, false});
    figures.byQuarter[0].quality.push_back(sources);
    return figures;
}

QJsonObject manifestWith(const QJsonArray &funnelRows, const QJsonArray &imports, const QString &modelHash)
{
    return QJsonObject{
        {u"numbers"_qs,
         QJsonObject{{u"funnelByStage"_qs,
                      QJsonObject{{u"columns"_qs, QJsonArray{u"stage"_qs, u"reached"_qs}}, {u"rows"_qs, funnelRows}}}}},
        {u"basis"_qs,
         QJsonObject{
             {u"imports"_qs, imports},
             {u"model"_qs,
              QJsonObject{{u"name"_qs, u"Default"_qs}, {u"id"_qs, 3}, {u"version"_qs, 2}, {u"sha256"_qs, modelHash}}},
             {u"analysisDate"_qs, u"2025-12-31T23:59:58Z"_qs}}}};
}

} // namespace

void TestReportContent::quartersAreNamedAsAnalystsWriteThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label"); // empty: refused
    QTest::newRow("compact") << u"2025Q4"_qs << u"2025-Q4"_qs;
    QTest::newRow("dashed") << u"2025-Q1"_qs << u"2025-Q1"_qs;
    QTest::newRow("lower case") << u"2024q2"_qs << u"2024-Q2"_qs;
    QTest::newRow("spaces around") << u" 2025Q3 "_qs << u"2025-Q3"_qs;
    QTest::newRow("fifth quarter") << u"2025Q5"_qs << QString();
    QTest::newRow("a month") << u"2025-10"_qs << QString();
    QTest::newRow("two-digit year") << u"25Q4"_qs << QString();
}

void TestReportContent::quartersAreNamedAsAnalystsWriteThem()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    const auto named = ReportRequest::quarterNamed(text);
    QCOMPARE(named.has_value(), !label.isEmpty());
    if (named)
        QCOMPARE(named->label(), label);
}

void TestReportContent::theLastCompleteQuarterEndsByTheAnalysisDate_data()
{
    QTest::addColumn<qint64>("asOf");
    QTest::addColumn<QString>("quarter");
    QTest::newRow("mid-January") << qint64(utc(2026, 1, 15)) << u"2025-Q4"_qs;
    QTest::newRow("the quarter's last second") << qint64(utc(2026, 1, 1) - 1) << u"2025-Q4"_qs;
    QTest::newRow("one second earlier") << qint64(utc(2026, 1, 1) - 2) << u"2025-Q3"_qs;
    QTest::newRow("the next quarter's first second") << qint64(utc(2026, 1, 1)) << u"2025-Q4"_qs;
    QTest::newRow("end of March") << qint64(utc(2025, 3, 31, 12)) << u"2024-Q4"_qs;
}

void TestReportContent::theLastCompleteQuarterEndsByTheAnalysisDate()
{
    QFETCH(qint64, asOf);
    QFETCH(QString, quarter);
    QCOMPARE(ReportRequest::lastCompleteQuarter(asOf).label(), quarter);
}

void TestReportContent::aRequestSurvivesItsManifest()
{
    ReportRequest request;
    request.quarter = quarter(2025, 2);
    request.language = u"de"_qs;
    request.asOf = utc(2025, 9, 30, 23);
    request.filter.sources = {u"Google"_qs, u"=cmd"_qs};
    request.filter.grades = {Grade::A, Grade::C};
    auto back = ReportRequest::fromJson(request.toJson());
    QVERIFY(back);
    QCOMPARE(back->quarter, request.quarter);
    QCOMPARE(back->language, request.language);
    QCOMPARE(back->asOf, request.asOf);
    QCOMPARE(back->filter.sources, request.filter.sources);
    QVERIFY(back->filter.grades == request.filter.grades);
    QVERIFY(!ReportRequest::fromJson(QJsonObject{{u"quarter"_qs, u"2025Q9"_qs}}));
}

void TestReportContent::stageConversionIsTheShareOfTheStageBefore_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<double>("share"); // -1: none
    // 1,000 leads; 400 IQL, 100 MQL, 20 PQL, 40 SQL, 10 opportunities, 4 customers.
    QTest::newRow("Lead has none") << int(Stage::Lead) << -1.0;
    QTest::newRow("IQL of leads") << int(Stage::IQL) << 0.4;
    QTest::newRow("MQL of IQL") << int(Stage::MQL) << 0.25;
    QTest::newRow("PQL of IQL") << int(Stage::PQL) << 0.05;
    QTest::newRow("SQL of MQL") << int(Stage::SQL) << 0.4;
    QTest::newRow("Opportunity of SQL") << int(Stage::Opportunity) << 0.25;
    QTest::newRow("Customer of Opportunity") << int(Stage::Customer) << 0.4;
}

void TestReportContent::stageConversionIsTheShareOfTheStageBefore()
{
    QFETCH(int, stage);
    QFETCH(double, share);
    StageCounts stages;
    stages.leads = 1000;
    stages.everReached = {1000, 400, 100, 20, 40, 10, 4};
    const auto conversion = QuarterTables::stageConversion(stages, Stage(stage));
    QCOMPARE(conversion.has_value(), share >= 0);
    if (conversion)
        QCOMPARE(*conversion, share);
    StageCounts nobody;
    QVERIFY(!QuarterTables::stageConversion(nobody, Stage::MQL));
}

void TestReportContent::theSummarySaysWhatTheNumbersSay()
{
    const QStringList sentences = ReportSummary::sentences(handMadeFigures(), ReportLanguage(u"en"_qs), nullptr);
    // 1,412 / 1,261 − 1 = 11.97 % → "12 %"; 1,412 / 1,500 − 1 = −5.9 % → "−6 %"; 470.7 a month > 500? no: within.
    const QStringList expected = {
        u"IQL generation rose 12 % to 1,412 in 2025-Q4 (1,261 in 2025-Q3). Against 1,500 a year earlier that is "
        "\u22126 %. 470.7 IQLs a month is inside its band of 300–500 a month."_qs,
        u"IQL → MQL conversion of the 2025-Q4 cohort rose to 20.0 % (+1.2 pp), inside its band of 15–25 %. The "
        "cohort is still provisional: some of its leads have had less than 180 days to convert."_qs,
        u"The 250 leads that became MQL took a median of 74.0 days from IQL, below its band of 90–180 days."_qs,
        u"Each month 40.0 % of the IQLs engaged on average, inside its band of 35–50 %."_qs,
        u"Of the 3,000 leads created in 2025-Q4, 300 reached MQL and 12 became customers by 2026-01-15."_qs,
        u"Most IQLs came from Google: 706, 50.0 % of the quarter's."_qs};
    QCOMPARE(sentences, expected);
}

void TestReportContent::theSummaryIsInTheReportsLanguageFormat()
{
    // German numbers group with a dot and use a decimal comma; without a compiled-in
    // translation the words stay English, the numbers do not.
    const QStringList sentences = ReportSummary::sentences(handMadeFigures(), ReportLanguage(u"de"_qs), nullptr);
    QVERIFY2(sentences.first().contains(u"1.412"_qs), qPrintable(sentences.first()));
    QVERIFY2(sentences.first().contains(u"470,7"_qs), qPrintable(sentences.first()));
}

void TestReportContent::verifyNamesEveryMovedNumberAndWhy()
{
    const QJsonArray imports{QJsonObject{{u"id"_qs, 1},
                                         {u"file"_qs, u"leads.csv"_qs},
                                         {u"kind"_qs, u"leads"_qs},
                                         {u"rows"_qs, 100},
                                         {u"finished"_qs, u"2025-12-01T00:00:00Z"_qs}}};
    QJsonArray moreImports = imports;
    moreImports.append(QJsonObject{{u"id"_qs, 2},
                                   {u"file"_qs, u"events-jan.csv"_qs},
                                   {u"kind"_qs, u"events"_qs},
                                   {u"rows"_qs, 40},
                                   {u"finished"_qs, u"2026-01-20T00:00:00Z"_qs}});
    const QJsonObject reported =
        manifestWith(QJsonArray{QJsonArray{u"Lead"_qs, 100}, QJsonArray{u"MQL"_qs, 12}, QJsonArray{u"SQL"_qs, 3}},
                     imports, u"aa"_qs);
    const QJsonObject recomputed =
        manifestWith(QJsonArray{QJsonArray{u"Lead"_qs, 100}, QJsonArray{u"MQL"_qs, 15}, QJsonArray{u"Customer"_qs, 1}},
                     moreImports, u"bb"_qs);
    const auto verification = ReportVerification::compare(reported, recomputed, ReportSeal::State::Intact);
    QCOMPARE(verification.numbersChecked, 3);
    QCOMPARE(int(verification.moved.size()), 3); // MQL moved, SQL gone, Customer new
    QCOMPARE(verification.moved[0].row, u"MQL"_qs);
    QCOMPARE(verification.moved[0].was.toInt(), 12);
    QCOMPARE(verification.moved[0].now.toInt(), 15);
    QVERIFY(!verification.holds());
    QCOMPARE(verification.basisChanges.size(), 2);
    QVERIFY(verification.basisChanges[0].contains(u"import 2 (events-jan.csv"_qs));
    QVERIFY(verification.basisChanges[1].contains(u"Default v2 (id 3)"_qs));
    const QString text = verification.text();
    QVERIFY2(text.contains(u"3 of 3 numbers no longer match"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"funnelByStage / MQL / reached: 12 in the report, 15 now"_qs), qPrintable(text));
}

void TestReportContent::verifyOfAnUnchangedReportHolds()
{
    const QJsonObject manifest = manifestWith(QJsonArray{QJsonArray{u"Lead"_qs, 100}}, QJsonArray(), u"aa"_qs);
    const auto verification = ReportVerification::compare(manifest, manifest, ReportSeal::State::Intact);
    QVERIFY(verification.holds());
    QVERIFY(verification.text().contains(u"All 1 numbers still match"_qs));
    const auto edited = ReportVerification::compare(manifest, manifest, ReportSeal::State::Broken);
    QVERIFY(!edited.holds());
    QVERIFY(edited.text().contains(u"changed after LeadStage wrote it"_qs));
}

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
