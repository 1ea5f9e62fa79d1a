#include "ReportSummary.h"

#include "QuarterTables.h"
#include "metrics/ReferenceBands.h"
#include "tuning/ModelEvaluation.h"

#include <cmath>

namespace LeadStage {

namespace {

QString bandClause(const ReportLanguage &language, IqlMetric metric, std::optional<double> value, const QString &range)
{
    const auto position = ReferenceBands::position(metric, value);
    if (!position)
        return {};
    switch (*position) {
    case BandPosition::Below:
        return language.text(QT_TRANSLATE_NOOP("Report", "below its band of %1")).arg(range);
    case BandPosition::Within:
        return language.text(QT_TRANSLATE_NOOP("Report", "inside its band of %1")).arg(range);
    case BandPosition::Above:
        return language.text(QT_TRANSLATE_NOOP("Report", "above its band of %1")).arg(range);
    }
    return {};
}

// The band as the sentences name it ("300–500 a month", "15–25 %", "90–180 days"), from
// ReferenceBands, so the words follow the bands the figures are judged against.
QString bandRange(const ReportLanguage &language, IqlMetric metric)
{
    const ReferenceBand &band = ReferenceBands::of(metric);
    switch (metric) {
    case IqlMetric::Generation:
        return language.text(QT_TRANSLATE_NOOP("Report", "%1–%2 a month"))
            .arg(language.count(std::int64_t(band.low)), language.count(std::int64_t(band.high)));
    case IqlMetric::TimeToMql:
        return language.text(QT_TRANSLATE_NOOP("Report", "%1–%2 days"))
            .arg(language.count(std::int64_t(band.low)), language.count(std::int64_t(band.high)));
    case IqlMetric::Conversion:
    case IqlMetric::Engagement:
        break;
    }
    return language.locale().toString(band.low * 100.0, 'g', 4) + u"–"_qs
           + language.locale().toString(band.high * 100.0, 'g', 4) + u" %"_qs;
}

// A change is "unchanged" below half a unit of what is shown, so the words never
// contradict the rounded numbers beside them.
bool sameShown(double a, double b, double unit)
{
    return std::abs(a - b) < unit / 2.0;
}

} // namespace

QStringList ReportSummary::sentences(const QuarterFigures &figures, const ReportLanguage &language,
                                     const EvaluatedModel *backTest)
{
    QStringList sentences;
    for (QString sentence : {generation(figures, language), conversion(figures, language), timeToMql(figures, language),
                             engagement(figures, language), funnel(figures, language), topSource(figures, language)}) {
        if (!sentence.isEmpty())
            sentences << sentence;
    }
    if (backTest)
        sentences << model(*backTest, language);
    return sentences;
}

QString ReportSummary::generation(const QuarterFigures &figures, const ReportLanguage &language)
{
    const FunnelReport &now = figures.byQuarter[QuarterFigures::This];
    const FunnelReport &before = figures.byQuarter[QuarterFigures::Previous];
    const FunnelReport &yearEarlier = figures.byQuarter[QuarterFigures::YearEarlier];
    const QString quarter = figures.quarters[QuarterFigures::This].label();
    const QString previous = figures.quarters[QuarterFigures::Previous].label();
    const int iqls = now.summary.iqls;
    const int iqlsBefore = before.summary.iqls;
    QString sentence;
    if (iqlsBefore == 0) {
        sentence = language.text(QT_TRANSLATE_NOOP("Report", "%1 leads became IQL in %2; %3 had none."))
                       .arg(language.count(iqls), quarter, previous);
    } else if (iqls == iqlsBefore) {
        sentence = language.text(QT_TRANSLATE_NOOP("Report", "IQL generation stayed at %1 in %2, as in %3."))
                       .arg(language.count(iqls), quarter, previous);
    } else {
        const double change = double(iqls - iqlsBefore) / double(iqlsBefore);
        const char *pattern = iqls > iqlsBefore
                                  ? QT_TRANSLATE_NOOP("Report", "IQL generation rose %1 to %2 in %3 (%4 in %5).")
                                  : QT_TRANSLATE_NOOP("Report", "IQL generation fell %1 to %2 in %3 (%4 in %5).");
        sentence = language.text(pattern).arg(language.percent(std::abs(change)), language.count(iqls), quarter,
                                              language.count(iqlsBefore), previous);
    }
    if (yearEarlier.summary.iqls > 0) {
        const double change = double(iqls - yearEarlier.summary.iqls) / double(yearEarlier.summary.iqls);
        sentence += u' '
                    + language.text(QT_TRANSLATE_NOOP("Report", "Against %1 a year earlier that is %2."))
                          .arg(language.count(yearEarlier.summary.iqls), language.signedPercent(change));
    }
    if (now.summary.iqlsPerMonth) {
        const QString range = bandRange(language, IqlMetric::Generation);
        sentence += u' '
                    + language.text(QT_TRANSLATE_NOOP("Report", "%1 IQLs a month is %2."))
                          .arg(language.decimal(now.summary.iqlsPerMonth, 1),
                               bandClause(language, IqlMetric::Generation, now.summary.iqlsPerMonth, range));
    }
    return sentence;
}

QString ReportSummary::conversion(const QuarterFigures &figures, const ReportLanguage &language)
{
    const CohortRow *now = QuarterTables::cohortOf(figures.byQuarter[QuarterFigures::This]);
    const CohortRow *before = QuarterTables::cohortOf(figures.byQuarter[QuarterFigures::Previous]);
    const QString quarter = figures.quarters[QuarterFigures::This].label();
    if (!now || !now->rate)
        return language.text(QT_TRANSLATE_NOOP("Report", "No lead became IQL in %1, so it has no conversion."))
            .arg(quarter);
    const QString range = bandRange(language, IqlMetric::Conversion);
    const QString band = bandClause(language, IqlMetric::Conversion, now->rate, range);
    QString sentence;
    if (before && before->rate && sameShown(*now->rate, *before->rate, 0.001)) {
        sentence = language.text(QT_TRANSLATE_NOOP("Report", "IQL → MQL conversion of the %1 cohort stayed at %2, %3."))
                       .arg(quarter, language.fraction(now->rate), band);
    } else if (before && before->rate) {
        const char *pattern =
            *now->rate > *before->rate
                ? QT_TRANSLATE_NOOP("Report", "IQL → MQL conversion of the %1 cohort rose to %2 (%3), %4.")
                : QT_TRANSLATE_NOOP("Report", "IQL → MQL conversion of the %1 cohort fell to %2 (%3), %4.");
        sentence = language.text(pattern).arg(quarter, language.fraction(now->rate),
                                              language.signedPoints(*now->rate - *before->rate), band);
    } else {
        sentence = language.text(QT_TRANSLATE_NOOP("Report", "IQL → MQL conversion of the %1 cohort is %2, %3."))
                       .arg(quarter, language.fraction(now->rate), band);
    }
    if (now->provisional)
        sentence += u' '
                    + language.text(QT_TRANSLATE_NOOP("Report", "The cohort is still provisional: some of its "
                                                                "leads have had less than 180 days to convert."));
    return sentence;
}

QString ReportSummary::timeToMql(const QuarterFigures &figures, const ReportLanguage &language)
{
    const DurationStats &days = figures.byQuarter[QuarterFigures::This].timeToMql.overall;
    if (!days.median)
        return {};
    const QString range = bandRange(language, IqlMetric::TimeToMql);
    return language.text(QT_TRANSLATE_NOOP("Report", "The %1 leads that became MQL took a median of %2 from IQL, %3."))
        .arg(language.count(days.count), language.days(days.median),
             bandClause(language, IqlMetric::TimeToMql, days.median, range));
}

QString ReportSummary::engagement(const QuarterFigures &figures, const ReportLanguage &language)
{
    const auto rate = figures.byQuarter[QuarterFigures::This].summary.engagementRate;
    if (!rate)
        return {};
    const QString range = bandRange(language, IqlMetric::Engagement);
    return language.text(QT_TRANSLATE_NOOP("Report", "Each month %1 of the IQLs engaged on average, %2."))
        .arg(language.fraction(rate), bandClause(language, IqlMetric::Engagement, rate, range));
}

QString ReportSummary::funnel(const QuarterFigures &figures, const ReportLanguage &language)
{
    const StageCounts &stages = figures.byQuarter[QuarterFigures::This].stages;
    if (stages.leads == 0)
        return {};
    return language
        .text(
            QT_TRANSLATE_NOOP("Report", "Of the %1 leads created in %2, %3 reached MQL and %4 became customers by %5."))
        .arg(language.count(stages.leads), figures.quarters[QuarterFigures::This].label(),
             language.count(QuarterTables::reached(stages, Stage::MQL)),
             language.count(QuarterTables::reached(stages, Stage::Customer)), language.date(figures.asOf));
}

QString ReportSummary::topSource(const QuarterFigures &figures, const ReportLanguage &language)
{
    const FunnelReport &now = figures.byQuarter[QuarterFigures::This];
    for (const QualityTable &table : now.quality) {
        if (table.dimension != Dimension::Source || table.rows.empty() || now.summary.iqls == 0)
            continue;
        const QualityRow &top = table.rows.front();
        if (top.value.isEmpty())
            return {};
        return language.text(QT_TRANSLATE_NOOP("Report", "Most IQLs came from %1: %2, %3 of the quarter's."))
            .arg(top.value, language.count(top.iqls), language.fraction(double(top.iqls) / double(now.summary.iqls)));
    }
    return {};
}

QString ReportSummary::model(const EvaluatedModel &backTest, const ReportLanguage &language)
{
    const AucEstimate &auc = backTest.figures.auc;
    if (!auc.hasAuc())
        return {};
    return language
        .text(QT_TRANSLATE_NOOP("Report", "Back-tested as of %1, the model ranks a lead that went on to %2 within %3 "
                                          "days above one that did not with a probability of %4 (AUC)."))
        .arg(language.date(backTest.population.request.asOf), language.outcome(backTest.population.request))
        .arg(backTest.population.request.horizonDays)
        .arg(language.decimal(auc.auc, 3));
}

} // namespace LeadStage
