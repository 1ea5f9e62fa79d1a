#include "HtmlReport.h"

#include "MarkupText.h"
#include "ReportManifest.h"
#include "ReportSeal.h"
#include "SvgChart.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace LeadStage {

namespace {

// Charts are drawn for the width of an A4 or Letter page's text and scale with it.
constexpr double chartWidth = 680;
constexpr double chartHeight = 280;

// A clean consultancy look: one typeface, navy for structure, colour only where it
// means something (the band position), tables with rules and zebra rows.
constexpr const char *styleSheet = R"css(
:root { --ink: #1f2937; --muted: #6b7280; --rule: #e5e7eb; --accent: #1e3a8a; --zebra: #f6f7f9;
  --within: #15803d; --outside: #b45309; --unknown: #9ca3af; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 860px; padding: 32px 28px 48px; color: var(--ink); background: #fff;
  font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-size: 15px; line-height: 1.5; }
header.title-block { border-top: 6px solid var(--accent); padding-top: 28px; margin-bottom: 32px; }
header.title-block h1 { font-size: 2.1em; line-height: 1.2; margin: 0 0 6px; color: var(--accent); font-weight: 700; }
header.title-block .subtitle { font-size: 1.2em; margin: 0 0 4px; }
header.title-block .date-line { color: var(--muted); margin: 0; }
nav.contents { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: 12px 0 16px; margin-bottom: 36px; }
nav.contents h2 { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0 0 8px; border: 0; padding: 0; }
nav.contents ol { margin: 0; padding-left: 1.4em; }
nav.contents a { color: var(--accent); text-decoration: none; }
nav.contents a:hover { text-decoration: underline; }
section { margin-bottom: 40px; }
h2 { font-size: 1.5em; color: var(--accent); margin: 0 0 16px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05em; margin: 24px 0 8px; }
p { margin: 0 0 12px; }
.kpis { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin: 16px 0 24px; }
.kpi { border: 1px solid var(--rule); border-top: 4px solid var(--unknown); border-radius: 4px; padding: 10px 12px; }
.kpi p { margin: 0; }
.kpi .kpi-title { font-size: 0.8em; color: var(--muted); line-height: 1.3; min-height: 2.6em; }
.kpi .kpi-value { font-size: 1.6em; font-weight: 700; margin: 4px 0; font-variant-numeric: tabular-nums; }
.kpi .kpi-period, .kpi .kpi-change { font-size: 0.8em; }
.kpi .kpi-band { font-size: 0.8em; font-weight: 600; margin-top: 6px; color: var(--unknown); }
.kpi.within { border-top-color: var(--within); }
.kpi.within .kpi-band { color: var(--within); }
.kpi.below, .kpi.above { border-top-color: var(--outside); }
.kpi.below .kpi-band, .kpi.above .kpi-band { color: var(--outside); }
figure.chart { margin: 16px 0 24px; }
figure.chart figcaption { font-weight: 700; margin-bottom: 6px; }
figure.chart svg { display: block; width: 100%; height: auto; }
/* The charts name DejaVu Sans, the font the PDF embeds; Verdana has nearly its widths. */
figure.chart svg text { font-family: "DejaVu Sans", Verdana, sans-serif; }
.table-block { margin: 16px 0 24px; }
.table-scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 0.88em; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 8px; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--accent); font-weight: 700; vertical-align: bottom; }
tbody tr:nth-child(even) { background: var(--zebra); }
tbody tr { border-bottom: 1px solid var(--rule); }
th.num, td.num { text-align: right; }
td.num { white-space: nowrap; }
td.key { font-weight: 600; }
p.note { font-size: 0.82em; color: var(--muted); margin-top: 6px; }
footer { margin-top: 48px; padding-top: 10px; border-top: 1px solid var(--rule); font-size: 0.8em; color: var(--muted); }
@media (max-width: 640px) { .kpis { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header.title-block { margin-top: 30mm; }
  section { break-before: page; }
  h2, h3, figcaption { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .kpi, .kpis, figure.chart { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  nav.contents a { color: var(--ink); }
  footer { break-before: avoid; }
}
)css";

QByteArray pageRule(PaperSize paper)
{
    return QByteArray("@page { size: ") + (paper == PaperSize::A4 ? "A4" : "letter")
           + "; margin: 18mm 16mm 20mm 16mm; }\n";
}

// The exact value as JSON text: 310, 0.2171875, null, "n/a".
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

const char *positionClass(const std::optional<BandPosition> &position)
{
    if (!position)
        return "unknown";
    switch (*position) {
    case BandPosition::Below:
        return "below";
    case BandPosition::Within:
        return "within";
    case BandPosition::Above:
        return "above";
    }
    return "unknown";
}

void writeKpis(QByteArray &html, const std::vector<ReportKpi> &kpis)
{
    html += "<div class=\"kpis\">\n";
    for (const ReportKpi &kpi : kpis) {
        html += QByteArray("<div class=\"kpi ") + positionClass(kpi.position) + "\">\n";
        const std::pair<const char *, const QString *> lines[] = {{"kpi-title", &kpi.title},
                                                                  {"kpi-value", &kpi.value},
                                                                  {"kpi-period", &kpi.period},
                                                                  {"kpi-change", &kpi.change},
                                                                  {"kpi-band", &kpi.band}};
        for (const auto &[className, text] : lines) {
            if (!text->isEmpty())
                html += QByteArray("<p class=\"") + className + "\">" + markupText(*text) + "</p>\n";
        }
        html += "</div>\n";
    }
    html += "</div>\n";
}

void writeTable(QByteArray &html, const ReportTable &table)
{
    html += "<div class=\"table-block\">\n";
    if (!table.title.isEmpty())
        html += "<h3>" + markupText(table.title) + "</h3>\n";
    html += "<div class=\"table-scroll\">\n<table id=\"" + markupText(table.key) + "\">\n<thead>\n<tr>";
    for (const ReportColumn &column : table.columns) {
        const bool number = column.kind != ValueKind::Text;
        html += (number ? "<th scope=\"col\" class=\"num\" data-key=\"" : "<th scope=\"col\" data-key=\"")
                + markupText(column.key) + "\">" + markupText(column.title) + "</th>";
    }
    html += "</tr>\n</thead>\n<tbody>\n";
    for (const auto &row : table.rows) {
        html += "<tr>";
        for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
            const ReportCell &cell = row[c];
            const bool key = int(c) < table.keyColumns;
            if (table.columns[c].kind != ValueKind::Text) {
                html += QByteArray(key ? "<td class=\"num key\"" : "<td class=\"num\"") + " data-value=\""
                        + markupText(QString::fromUtf8(jsonText(cell.value))) + "\">" + markupText(cell.text) + "</td>";
            } else {
                html += QByteArray(key ? "<td class=\"key\">" : "<td>") + markupText(cell.text) + "</td>";
            }
        }
        html += "</tr>\n";
    }
    html += "</tbody>\n</table>\n</div>\n";
    if (!table.note.isEmpty())
        html += "<p class=\"note\">" + markupText(table.note) + "</p>\n";
    html += "</div>\n";
}

void writeChart(QByteArray &html, const ReportDocument &document, const ReportChart &chart)
{
    html += "<figure class=\"chart\" id=\"chart-" + markupText(chart.key) + "\">\n";
    if (!chart.title.isEmpty())
        html += "<figcaption>" + markupText(chart.title) + "</figcaption>\n";
    // The document carries no sentence for an empty chart; a dash says "nothing" in any language.
    html += SvgChart::render(document, chart, chartWidth, chartHeight, u"–"_qs);
    html += "</figure>\n";
}

void writeSection(QByteArray &html, const ReportDocument &document, const ReportSection &section)
{
    html += "<section id=\"section-" + markupText(section.key) + "\">\n<h2>" + markupText(section.title) + "</h2>\n";
    for (const ReportBlock &block : section.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Paragraph:
            html += "<p>" + markupText(block.text) + "</p>\n";
            break;
        case ReportBlock::Kind::Kpis:
            writeKpis(html, block.kpis);
            break;
        case ReportBlock::Kind::Table:
            if (block.index >= 0 && block.index < int(document.tables.size()))
                writeTable(html, document.tables[std::size_t(block.index)]);
            break;
        case ReportBlock::Kind::Chart:
            if (block.index >= 0 && block.index < int(document.charts.size()))
                writeChart(html, document, document.charts[std::size_t(block.index)]);
            break;
        }
    }
    html += "</section>\n";
}

} // namespace

QByteArray HtmlReport::manifestStart()
{
    return QByteArrayLiteral("<script type=\"application/json\" id=\"leadstage-manifest\">");
}

QByteArray HtmlReport::manifestEnd()
{
    return QByteArrayLiteral("</script>");
}

QByteArray HtmlReport::render(const ReportDocument &document, PaperSize paper)
{
    QByteArray html;
    html.reserve(64 * 1024);
    html += "<!DOCTYPE html>\n<html lang=\"" + markupText(document.language) + "\">\n<head>\n";
    html += "<meta charset=\"utf-8\" />\n";
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n";
    html += "<meta name=\"generator\" content=\"LeadStage\" />\n";
    html += "<title>" + markupText(document.title);
    if (!document.subtitle.isEmpty())
        html += " · " + markupText(document.subtitle);
    html += "</title>\n<style>\n" + pageRule(paper) + styleSheet + "</style>\n";
    html += manifestStart() + ReportManifest::embeddable(document.manifest) + manifestEnd() + "\n";
    html += "</head>\n<body>\n";

    html += "<header class=\"title-block\">\n<h1>" + markupText(document.title) + "</h1>\n";
    if (!document.subtitle.isEmpty())
        html += "<p class=\"subtitle\">" + markupText(document.subtitle) + "</p>\n";
    if (!document.dateLine.isEmpty())
        html += "<p class=\"date-line\">" + markupText(document.dateLine) + "</p>\n";
    html += "</header>\n";

    if (!document.sections.empty()) {
        html += "<nav class=\"contents\">\n<h2>" + markupText(document.contentsTitle) + "</h2>\n<ol>\n";
        for (const ReportSection &section : document.sections)
            html +=
                "<li><a href=\"#section-" + markupText(section.key) + "\">" + markupText(section.title) + "</a></li>\n";
        html += "</ol>\n</nav>\n";
    }

    html += "<main>\n";
    for (const ReportSection &section : document.sections)
        writeSection(html, document, section);
    html += "</main>\n";
    if (!document.footer.isEmpty())
        html += "<footer>\n<p>" + markupText(document.footer) + "</p>\n</footer>\n";
    html += "</body>\n</html>\n";

    // Without a placeholder in the manifest the file is simply unsealed: verify says "missing".
    ReportSeal::seal(html);
    return html;
}

Result<QJsonObject> HtmlReport::readManifest(const QByteArray &bytes)
{
    const qsizetype start = bytes.indexOf(manifestStart());
    const qsizetype from = start + manifestStart().size();
    const qsizetype end = start < 0 ? -1 : bytes.indexOf(manifestEnd(), from);
    if (end < 0)
        return Error{QCoreApplication::translate("ReportError", "the file holds no LeadStage report manifest"),
                     {},
                     0,
                     0,
                     QCoreApplication::translate("ReportError", "Choose an HTML report that LeadStage wrote.")};
    return ReportManifest::parse(QByteArrayView(bytes).sliced(from, end - from));
}

} // namespace LeadStage
