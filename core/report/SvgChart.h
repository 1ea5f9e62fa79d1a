#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace LeadStage {

// A report chart drawn as SVG from its table's cells, for the HTML report inline and
// the PDF report through QSvgRenderer — so both show the same drawing. Only what SVG
// Tiny 1.2 renderers draw correctly: rect, line, polyline, circle and text with
// presentation attributes, no CSS, fonts named "DejaVu Sans". Byte-identical for the
// same input. The chart's title is not drawn: the renderer puts it above as a heading.
namespace SvgChart {

// The value axis: ticks from `low` to `high` every `step`, in the series' unit
// (fractions stay 0..1). `decimals` is what the tick labels need in the shown unit
// (percent for fractions).
struct ValueAxis
{
    double low = 0;
    double high = 1;
    double step = 1;
    int decimals = 0;

    std::vector<double> ticks() const;
};

// A "nice" axis (steps of 1, 2 or 5 × 10ⁿ, whole numbers for counts) that holds zero,
// `low` and `high` in at most `maxIntervals` steps.
ValueAxis valueAxis(double low, double high, ValueKind kind, int maxIntervals);

// Width of `text` in DejaVu Sans at `fontSize` px, from the font's advance widths:
// core cannot ask QtGui, and the layout only needs to keep labels apart.
double textWidth(QStringView text, double fontSize);

// A standalone SVG document (no XML declaration, so it is also valid inside HTML5)
// of `width` × `height` px. A chart with nothing to show (no rows, every value null)
// is a frame with `emptyText` in it, never axes made up from nothing.
QByteArray render(const ReportDocument &document, const ReportChart &chart, double width, double height,
                  const QString &emptyText = {});

} // namespace SvgChart
} // namespace LeadStage
