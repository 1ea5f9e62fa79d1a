#pragma once

#include "common/CsvWriter.h"
#include "report/ReportDocument.h"
#include "report/ReportSeal.h"

#include <QJsonArray>

// A small hand-made ReportDocument for the renderers' tests: every block kind, a
// table long enough to break across a page, a null value, a text cell that needs the
// formula escape, a chart with a band and a gap.
namespace LeadStage::SampleReport {

inline ReportCell count(int value)
{
    return {value, QString::number(value)};
}

inline ReportCell fraction(std::optional<double> value)
{
    if (!value)
        return {QJsonValue(QJsonValue::Null), u"–"_qs};
    return {*value, QString::number(*value * 100.0, 'f', 1) + u" %"_qs};
}

inline ReportCell text(const QString &value)
{
    return {value, CsvWriter::safeText(value)};
}

inline ReportDocument make(int sourceRows = 60)
{
    ReportDocument document;
    document.language = u"en"_qs;
    document.title = u"Quarterly funnel report"_qs;
    document.subtitle = u"2025-Q4 · sample.leadstage"_qs;
    document.dateLine = u"Figures as known on 2026-01-15"_qs;
    document.footer = u"LeadStage · sample"_qs;
    document.pageText = u"Page %1 of %2"_qs;
    document.contentsTitle = u"Contents"_qs;
    document.documentTime = 1768435200; // 2026-01-15 00:00 UTC

    ReportTable generation;
    generation.key = u"generationByMonth"_qs;
    generation.title = u"IQL generation by month"_qs;
    generation.columns = {{u"month"_qs, u"Month"_qs, ValueKind::Text},
                          {u"iqls"_qs, u"IQLs"_qs, ValueKind::Count},
                          {u"mqls"_qs, u"MQLs"_qs, ValueKind::Count}};
    const int iqls[] = {310, 355, 402, 0, 388, 470};
    for (int m = 0; m < 6; ++m)
        generation.rows.push_back(
            {text(u"2025-%1"_qs.arg(7 + m, 2, 10, QChar(u'0'))), count(iqls[m]), count(iqls[m] / 5)});
    generation.note = u"A month with no IQLs is a row of zero."_qs;

    ReportTable sources;
    sources.key = u"qualityBySource"_qs;
    sources.title = u"Source quality"_qs;
    sources.columns = {{u"source"_qs, u"Source"_qs, ValueKind::Text},
                       {u"iqls"_qs, u"IQLs"_qs, ValueKind::Count},
                       {u"mqlRate"_qs, u"IQL → MQL"_qs, ValueKind::Fraction}};
    sources.rows.push_back({text(u"=HYPERLINK(\"http://x\")"_qs), count(12), fraction(0.25)});
    sources.rows.push_back({text(u"Nobody"_qs), count(0), fraction(std::nullopt)});
    for (int i = 0; i < sourceRows; ++i)
        sources.rows.push_back({text(u"Source %1"_qs.arg(i + 1)), count(1000 - i * 7), fraction(0.10 + i * 0.002)});

    ReportTable conversion;
    conversion.key = u"cohortConversion"_qs;
    conversion.title = u"IQL → MQL conversion by cohort"_qs;
    conversion.columns = {{u"cohort"_qs, u"Cohort"_qs, ValueKind::Text},
                          {u"rate"_qs, u"Converted within 180 days"_qs, ValueKind::Fraction}};
    const std::optional<double> rates[] = {0.18, 0.22, std::nullopt, 0.27};
    for (int q = 0; q < 4; ++q)
        conversion.rows.push_back({text(u"2025-Q%1"_qs.arg(q + 1)), fraction(rates[q])});

    document.tables = {generation, sources, conversion};

    ReportChart bars;
    bars.key = u"generationByMonth"_qs;
    bars.title = u"IQL generation by month"_qs;
    bars.kind = ReportChart::Kind::Bars;
    bars.tableKey = generation.key;
    bars.categoryColumn = 0;
    bars.seriesColumns = {1, 2};
    bars.band = ReferenceBands::of(IqlMetric::Generation);
    bars.valueAxisTitle = u"leads"_qs;
    ReportChart lines;
    lines.key = u"cohortConversion"_qs;
    lines.title = u"IQL → MQL conversion by cohort"_qs;
    lines.kind = ReportChart::Kind::Lines;
    lines.tableKey = conversion.key;
    lines.categoryColumn = 0;
    lines.seriesColumns = {1};
    lines.band = ReferenceBands::of(IqlMetric::Conversion);
    lines.valueAxisTitle = u"share of the cohort"_qs;
    document.charts = {bars, lines};

    ReportSection summary{u"summary"_qs, u"Summary"_qs, {}};
    summary.blocks.push_back({ReportBlock::Kind::Paragraph,
                              u"IQL generation rose 12 % to 1,412; conversion stayed inside its band."_qs,
                              {},
                              -1});
    ReportBlock kpis{ReportBlock::Kind::Kpis, {}, {}, -1};
    kpis.kpis = {
        {u"IQL generation"_qs, u"1,412 IQLs"_qs, u"2025-Q4"_qs, u"+152 vs 2025-Q3"_qs,
         u"Within band 300–500 IQLs / month"_qs, BandPosition::Within},
        {u"IQL → MQL conversion (180 days)"_qs, u"21.7 %"_qs, u"2025-Q2"_qs, u"+1.2 pp vs 2025-Q1"_qs,
         u"Within band 15–25 %"_qs, BandPosition::Within},
        {u"Time to MQL"_qs, u"74.0 days"_qs, u"2025-Q4"_qs, u"−4.5 days vs 2025-Q3"_qs, u"Below band 90–180 days"_qs,
         BandPosition::Below},
        {u"Engagement rate"_qs, u"–"_qs, u"no whole month yet"_qs, u"no previous period"_qs, QString(), std::nullopt}};
    summary.blocks.push_back(kpis);
    ReportSection trends{u"iqlMetrics"_qs, u"IQL metrics"_qs, {}};
    trends.blocks.push_back({ReportBlock::Kind::Chart, {}, {}, 0});
    trends.blocks.push_back({ReportBlock::Kind::Table, {}, {}, 0});
    trends.blocks.push_back({ReportBlock::Kind::Chart, {}, {}, 1});
    trends.blocks.push_back({ReportBlock::Kind::Table, {}, {}, 2});
    ReportSection quality{u"sources"_qs, u"Sources, campaigns and verticals"_qs, {}};
    quality.blocks.push_back({ReportBlock::Kind::Table, {}, {}, 1});
    document.sections = {summary, trends, quality};

    document.manifest = QJsonObject{{u"kind"_qs, u"leadstage-quarterly-report"_qs},
                                    {u"version"_qs, 1},
                                    {u"request"_qs, QJsonObject{{u"quarter"_qs, u"2025-Q4"_qs}}},
                                    {u"seal"_qs, QString::fromLatin1(ReportSeal::placeholder())}};
    return document;
}

} // namespace LeadStage::SampleReport
