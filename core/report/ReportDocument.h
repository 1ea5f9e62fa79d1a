#pragma once

#include "metrics/ReferenceBands.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// How a value is written, and in XLSX its number format. Fractions are rates (0.213 =
// 21.3 %); days and points are decimals with one place; counts are whole numbers.
enum class ValueKind : std::uint8_t { Text, Count, Fraction, Days, Points, Decimal };

struct ReportColumn
{
    QString key;   // stable, language-free: the manifest's and CSV's name for it
    QString title; // in the report's language
    ValueKind kind = ValueKind::Text;
};

// The exact value (number, text, bool or null for "nothing to show") and the text the
// report prints for it, already formatted in the report's language and escaped against
// formula injection (CsvWriter::safeText) — renderers write `text`, XLSX writes `value`.
struct ReportCell
{
    QJsonValue value;
    QString text;
};

// One table of the report: a sheet in XLSX, a file in CSV, a table in PDF and HTML.
struct ReportTable
{
    QString key;   // "stages", "qualityBySource": file and sheet name, manifest key
    QString title; // translated
    QString note;  // a sentence under the table (what it covers, marks); may be empty
    std::vector<ReportColumn> columns;
    std::vector<std::vector<ReportCell>> rows; // one cell per column
    int keyColumns = 1;                        // leading columns that name the row

    int columnIndex(QStringView key) const; // -1 when absent
};

// A chart drawn from one table's columns, so the XLSX's native chart and the PDF's and
// HTML's drawings show the same cells: categories from one column, one series per
// other column. Null values are gaps, never zero.
struct ReportChart
{
    enum class Kind : std::uint8_t { Bars, StackedBars, Lines };

    QString key;   // "generationByMonth"
    QString title; // translated
    Kind kind = Kind::Bars;
    QString tableKey;
    int categoryColumn = 0;
    std::vector<int> seriesColumns; // each column's title names its series; all of one ValueKind
    // The reference band (DESIGN §5) shaded behind the series, in the series' unit.
    std::optional<ReferenceBand> band;
    QString valueAxisTitle; // "IQLs", "share of the cohort", "days"
};

// One of the four IQL metrics as a tile: the texts the dashboard's KPI tile shows.
struct ReportKpi
{
    QString title;  // "IQL → MQL conversion (180 days)"
    QString value;  // "21.7 %"
    QString period; // "2025-Q4"
    QString change; // "+1.2 pp vs 2025-Q3"
    QString band;   // "Within band 15–25 %"
    std::optional<BandPosition> position;
};

struct ReportBlock
{
    enum class Kind : std::uint8_t { Paragraph, Kpis, Table, Chart };

    Kind kind = Kind::Paragraph;
    QString text;                // Paragraph
    std::vector<ReportKpi> kpis; // Kpis
    int index = -1;              // Table: into ReportDocument::tables; Chart: into charts
};

struct ReportSection
{
    QString key;   // "summary", "funnel", "iqlMetrics", "sources", "model", "basis"
    QString title; // translated
    std::vector<ReportBlock> blocks;
};

// The quarterly funnel report as data (DESIGN §7, issue 18): every text in the report's
// language, every number exact and formatted, in reading order. The renderers (PDF,
// XLSX, HTML, CSV) only lay it out: they compute nothing and format nothing.
struct ReportDocument
{
    QString language;      // "en", "de"
    QString title;         // "Quarterly funnel report"
    QString subtitle;      // "2025-Q4 · acme.leadstage"
    QString dateLine;      // "Figures as known on 2026-01-15"
    QString footer;        // left of the page number: "LeadStage 0.9 · report 3f9a…"
    QString pageText;      // "Page %1 of %2"
    QString contentsTitle; // "Contents"
    // Every date the document carries (XLSX properties, PDF metadata) is this one — the
    // analysis date — never the clock, so reruns are identical.
    std::int64_t documentTime = 0;
    std::vector<ReportSection> sections;
    std::vector<ReportTable> tables;
    std::vector<ReportChart> charts;
    // ReportManifest: the basis and every number, embedded machine-readable in each format.
    QJsonObject manifest;

    const ReportTable *table(QStringView key) const; // nullptr when absent
};

} // namespace LeadStage
