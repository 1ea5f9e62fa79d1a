#include "SvgChart.h"

#include "MarkupText.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace LeadStage::SvgChart {

namespace {

// Series colours: the stage hues of ui/common/StageColors (IQL blue, MQL violet, SQL
// orange, customer green, …) — dark enough to tell apart in greyscale print.
constexpr std::array<const char *, 7> seriesColours = {"#2563eb", "#7c3aed", "#ea580c", "#16a34a",
                                                       "#64748b", "#ca8a04", "#c026d3"};
constexpr const char *inkColour = "#374151";
constexpr const char *softInkColour = "#6b7280";
constexpr const char *gridColour = "#e5e7eb";
constexpr const char *axisColour = "#9ca3af";
constexpr const char *bandFill = "#e3f2e6";
constexpr const char *bandInk = "#2f6b3c";

constexpr double tickFont = 10;
constexpr double labelFont = 10;
constexpr double lineHeight = 1.17; // DejaVu Sans' ascent + descent per px of size

// DejaVu Sans advance widths of ASCII 32..126 in 1/1000 em.
constexpr std::array<short, 95> asciiAdvance = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};

double advance(char16_t c)
{
    if (c >= 32 && c < 127)
        return asciiAdvance[c - 32] / 1000.0;
    if (c == 0x2013 || c == 0x202f)
        return c == 0x2013 ? 0.5 : 0.2;
    if (c >= 0x2e80) // CJK and wider scripts: a full em
        return 1.0;
    return 0.84; // arrows, minus, accented capitals: the widest of the common ones
}

// Coordinates with one decimal at most, "-0" never: the same numbers give the same bytes.
QByteArray number(double value)
{
    if (std::abs(value) < 0.05)
        return "0";
    QByteArray text = QByteArray::number(value, 'f', 1);
    if (text.endsWith(".0"))
        text.chop(2);
    return text;
}

// One <text> element; `extra` holds further attributes (a rotation).
QByteArray textElement(double x, double y, double size, const char *anchor, const char *fill, QStringView text,
                       const QByteArray &extra = {})
{
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" font-family=\"DejaVu Sans\" font-size=\""
           + number(size) + "\" text-anchor=\"" + anchor + "\" fill=\"" + fill + "\"" + extra + ">" + markupText(text)
           + "</text>\n";
}

QByteArray rectElement(double x, double y, double w, double h, const char *fill)
{
    return "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(w) + "\" height=\"" + number(h)
           + "\" fill=\"" + fill + "\"/>\n";
}

QByteArray lineElement(double x1, double y1, double x2, double y2, const char *stroke)
{
    return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
           + "\" stroke=\"" + stroke + "\" stroke-width=\"1\"/>\n";
}

QByteArray documentStart(const ReportChart &chart, double width, double height)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + number(width) + "\" height=\""
           + number(height) + "\" viewBox=\"0 0 " + number(width) + " " + number(height)
           + "\" role=\"img\" aria-label=\"" + markupText(chart.title) + "\">\n";
}

std::optional<double> numberIn(const ReportCell &cell)
{
    if (!cell.value.isDouble())
        return std::nullopt;
    return cell.value.toDouble();
}

// "21.7 %" → " %": how this report writes a rate after its number, so tick labels
// read like the table's cells.
QString percentSuffix(const ReportTable &table, const std::vector<int> &columns)
{
    for (const auto &row : table.rows) {
        for (const int column : columns) {
            const ReportCell &cell = row[std::size_t(column)];
            if (!numberIn(cell))
                continue;
            qsizetype last = cell.text.size();
            while (last > 0 && !cell.text[last - 1].isDigit())
                --last;
            if (last > 0 && last < cell.text.size())
                return cell.text.mid(last);
        }
    }
    return u" %"_qs;
}

QString tickText(const QLocale &locale, double value, const ValueAxis &axis, ValueKind kind, const QString &suffix)
{
    if (kind == ValueKind::Fraction)
        return locale.toString(value * 100.0, 'f', axis.decimals) + suffix;
    return locale.toString(value, 'f', axis.decimals);
}

struct Layout
{
    double left = 0, top = 0, right = 0, bottom = 0; // the plot area
    double y(double value, const ValueAxis &axis) const
    {
        return bottom - (value - axis.low) / (axis.high - axis.low) * (bottom - top);
    }
};

// How category labels go under the plot: every `every`-th one, turned by 45° when
// they are too wide to stand side by side.
struct CategoryLabels
{
    bool rotated = false;
    int every = 1;
    double height = 0; // room they take below the plot
};

// How long a label turned by 45° may be when it ends at `x`: it runs down to the left,
// and its glyphs stand up to a line's height beside the baseline.
double turnedRoomAt(double x)
{
    return std::max(0.0, (x - 2 - labelFont * 0.8) / M_SQRT1_2);
}

CategoryLabels categoryLabelsFor(const std::vector<QString> &labels, double plotLeft, double plotWidth,
                                 double maxHeight)
{
    CategoryLabels result;
    const double slot = plotWidth / double(std::max<std::size_t>(labels.size(), 1));
    double widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, textWidth(label, labelFont));
    const double gap = 6;
    const double textHeight = labelFont * lineHeight;
    if (widest + gap <= slot) {
        result.height = textHeight + 4;
        return result;
    }
    // Labels that count — months, quarters, ranges like "60–89", deciles — stay side by
    // side and are thinned: the reader fills in the ones between. Names (stages,
    // sources) are turned instead, so each bar keeps its name.
    const bool counting = std::all_of(labels.begin(), labels.end(),
                                      [](const QString &label) { return !label.isEmpty() && label.front().isDigit(); });
    if (counting) {
        result.every = int(std::ceil((widest + gap) / slot));
        result.height = textHeight + 4;
        return result;
    }
    result.rotated = true;
    // Turned by 45°, neighbours' baselines are slot × sin 45° apart.
    result.every = std::max(1, int(std::ceil(textHeight / (slot * M_SQRT1_2))));
    // Room for the longest label shown, as far as it can run down to the left.
    double longest = 0;
    for (std::size_t i = 0; i < labels.size(); i += std::size_t(result.every)) {
        const double x = plotLeft + slot * (double(i) + 0.5);
        longest = std::max(longest, std::min(textWidth(labels[i], labelFont), turnedRoomAt(x + 3)));
    }
    result.height = std::min(longest * M_SQRT1_2 + textHeight + 4, maxHeight);
    return result;
}

QString elided(const QString &text, double width, double size)
{
    if (textWidth(text, size) <= width)
        return text;
    QString cut = text;
    while (!cut.isEmpty() && textWidth(QString(cut + u'…'), size) > width)
        cut.chop(1);
    return cut + u'…';
}

QByteArray emptyChart(const ReportChart &chart, double width, double height, const QString &emptyText)
{
    QByteArray svg = documentStart(chart, width, height);
    svg += "<rect x=\"0.5\" y=\"0.5\" width=\"" + number(width - 1) + "\" height=\"" + number(height - 1)
           + "\" fill=\"none\" stroke=\"" + gridColour + "\" stroke-width=\"1\"/>\n";
    svg += textElement(width / 2, height / 2 + 4, 11, "middle", softInkColour, emptyText);
    svg += "</svg>\n";
    return svg;
}

} // namespace

std::vector<double> ValueAxis::ticks() const
{
    std::vector<double> result;
    const int count = int(std::lround((high - low) / step));
    // Rounded to a billionth, so the fifth tick of 0.005 is 0.025 and not 0.025000000000000001.
    for (int i = 0; i <= count; ++i)
        result.push_back(std::round((low + i * step) * 1e9) / 1e9);
    return result;
}

ValueAxis valueAxis(double low, double high, ValueKind kind, int maxIntervals)
{
    // Fractions get their steps in percent (5 %, not 0.05), then go back to 0..1.
    const double scale = kind == ValueKind::Fraction ? 100.0 : 1.0;
    double from = std::min(0.0, low) * scale;
    double to = std::max(0.0, high) * scale;
    if (to - from <= 0)
        to = from + (kind == ValueKind::Fraction ? 10.0 : 1.0);
    const double smallest = kind == ValueKind::Count                                 ? 1.0
                            : kind == ValueKind::Fraction || kind == ValueKind::Days ? 0.1
                                                                                     : 0.01;
    const double rough = std::max((to - from) / std::max(maxIntervals, 1), smallest);
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough * (1 - 1e-9))
            break;
    }
    if (step < smallest)
        step = smallest;
    ValueAxis axis;
    const double first = std::floor(from / step + 1e-9);
    const double last = std::ceil(to / step - 1e-9);
    // Tick values are whole multiples of the step, rounded to the step's decimals so
    // 0.1 × 3 is 0.3 and not 0.30000000000000004.
    axis.decimals = std::max(0, -int(std::floor(std::log10(step) + 1e-9)));
    const double rounding = std::pow(10.0, axis.decimals);
    axis.low = std::round(first * step * rounding) / rounding / scale;
    axis.high = std::round(last * step * rounding) / rounding / scale;
    axis.step = step / scale;
    return axis;
}

double textWidth(QStringView text, double fontSize)
{
    double em = 0;
    for (const QChar c : text)
        em += advance(c.unicode());
    return em * fontSize;
}

QByteArray render(const ReportDocument &document, const ReportChart &chart, double width, double height,
                  const QString &emptyText)
{
    const ReportTable *table = document.table(chart.tableKey);
    std::vector<int> series;
    if (table) {
        for (const int column : chart.seriesColumns)
            if (column >= 0 && column < int(table->columns.size()))
                series.push_back(column);
    }
    if (!table || series.empty() || chart.categoryColumn < 0 || chart.categoryColumn >= int(table->columns.size()))
        return emptyChart(chart, width, height, emptyText);

    const std::size_t n = table->rows.size();
    std::vector<QString> categories;
    std::vector<std::vector<std::optional<double>>> values(series.size(), std::vector<std::optional<double>>(n));
    double low = 0, high = 0;
    bool any = false;
    for (std::size_t r = 0; r < n; ++r) {
        const auto &row = table->rows[r];
        categories.push_back(row[std::size_t(chart.categoryColumn)].text);
        double positive = 0, negative = 0;
        for (std::size_t s = 0; s < series.size(); ++s) {
            const std::optional<double> value = numberIn(row[std::size_t(series[s])]);
            values[s][r] = value;
            if (!value)
                continue;
            any = true;
            if (chart.kind == ReportChart::Kind::StackedBars) {
                (*value >= 0 ? positive : negative) += *value;
            } else {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
        low = std::min(low, negative);
        high = std::max(high, positive);
    }
    if (!any)
        return emptyChart(chart, width, height, emptyText);
    if (chart.band) {
        low = std::min(low, chart.band->low);
        high = std::max(high, chart.band->high);
    }
    const ValueKind kind = table->columns[std::size_t(series.front())].kind;
    const QLocale locale(document.language);
    const QString suffix = kind == ValueKind::Fraction ? percentSuffix(*table, series) : QString();

    // The legend: each series (when more than one) and the band with its bounds
    // ("300–500", "15–25 %", no more decimals than the band states) — outside the plot,
    // where no bar can cover it.
    QString bandText;
    if (chart.band) {
        const double scale = kind == ValueKind::Fraction ? 100.0 : 1.0;
        const auto bound = [&](double value) {
            const double shown = value * scale;
            return locale.toString(shown, 'f', std::abs(shown - std::round(shown)) < 1e-9 ? 0 : 1);
        };
        bandText = bound(chart.band->low) + u'–' + bound(chart.band->high) + suffix;
    }
    struct LegendItem
    {
        QString text;
        const char *fill;
        const char *ink;
    };
    std::vector<LegendItem> legend;
    if (series.size() > 1) {
        for (std::size_t s = 0; s < series.size(); ++s)
            legend.push_back(
                {table->columns[std::size_t(series[s])].title, seriesColours[s % seriesColours.size()], inkColour});
    }
    if (!bandText.isEmpty())
        legend.push_back({bandText, bandFill, bandInk});
    double legendWidth = 0;
    for (const LegendItem &item : legend)
        legendWidth += 14 + textWidth(item.text, labelFont) + 12;
    legendWidth = std::max(0.0, legendWidth - 12);

    // Top rows: the value axis' title on the left, the legend on the right — or the
    // legend on a row of its own when both do not fit side by side.
    const double pad = 4;
    const double rowHeight = labelFont * lineHeight + 6;
    const double titleWidth = textWidth(chart.valueAxisTitle, labelFont);
    const bool legendOwnRow =
        legendWidth > 0 && !chart.valueAxisTitle.isEmpty() && titleWidth + 24 + legendWidth > width;
    double top = pad;
    if (!chart.valueAxisTitle.isEmpty() || legendWidth > 0)
        top += rowHeight * (legendOwnRow ? 2 : 1);

    const int maxIntervals = std::clamp(int((height - top - 30) / 34), 2, 8);
    const ValueAxis axis = valueAxis(low, high, kind, maxIntervals);
    const std::vector<double> ticks = axis.ticks();
    std::vector<QString> tickLabels;
    double tickWidth = 0;
    for (const double tick : ticks) {
        tickLabels.push_back(tickText(locale, tick, axis, kind, suffix));
        tickWidth = std::max(tickWidth, textWidth(tickLabels.back(), tickFont));
    }

    Layout plot;
    plot.left = pad + tickWidth + 6;
    plot.right = width - 10;
    plot.top = top + tickFont / 2;
    const CategoryLabels labels = categoryLabelsFor(categories, plot.left, plot.right - plot.left, height * 0.4);
    plot.bottom = height - labels.height - pad;
    const double slot = (plot.right - plot.left) / double(n);

    QByteArray svg = documentStart(chart, width, height);

    if (!chart.valueAxisTitle.isEmpty())
        svg += textElement(pad, pad + labelFont, labelFont, "start", inkColour, chart.valueAxisTitle);
    if (legendWidth > 0) {
        double x = legendOwnRow || chart.valueAxisTitle.isEmpty() ? pad : width - pad - legendWidth;
        const double y = pad + (legendOwnRow ? rowHeight : 0);
        for (const LegendItem &item : legend) {
            svg += rectElement(x, y + 1, 10, 10, item.fill);
            svg += textElement(x + 14, y + labelFont, labelFont, "start", item.ink, item.text);
            x += 14 + textWidth(item.text, labelFont) + 12;
        }
    }

    if (chart.band) {
        const double bandTop = plot.y(chart.band->high, axis);
        const double bandBottom = plot.y(chart.band->low, axis);
        svg += rectElement(plot.left, bandTop, plot.right - plot.left, bandBottom - bandTop, bandFill);
    }

    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const double y = plot.y(ticks[i], axis);
        if (ticks[i] != 0)
            svg += lineElement(plot.left, y, plot.right, y, gridColour);
        svg += textElement(plot.left - 6, y + tickFont * 0.35, tickFont, "end", softInkColour, tickLabels[i]);
    }

    svg += "<g id=\"series\">\n";
    const auto centre = [&](std::size_t r) { return plot.left + slot * (double(r) + 0.5); };
    if (chart.kind == ReportChart::Kind::Bars) {
        const double group = slot * 0.72;
        const double bar = std::min(group / double(series.size()), 36.0);
        for (std::size_t r = 0; r < n; ++r) {
            const double start = centre(r) - bar * double(series.size()) / 2;
            for (std::size_t s = 0; s < series.size(); ++s) {
                if (!values[s][r])
                    continue;
                const double y0 = plot.y(0, axis), y1 = plot.y(*values[s][r], axis);
                const double inset = series.size() > 1 && bar > 4 ? 0.5 : 0;
                svg += rectElement(start + bar * double(s) + inset, std::min(y0, y1), bar - 2 * inset,
                                   std::abs(y1 - y0), seriesColours[s % seriesColours.size()]);
            }
        }
    } else if (chart.kind == ReportChart::Kind::StackedBars) {
        const double bar = std::min(slot * 0.6, 48.0);
        for (std::size_t r = 0; r < n; ++r) {
            double positive = 0, negative = 0;
            for (std::size_t s = 0; s < series.size(); ++s) {
                if (!values[s][r])
                    continue;
                double &base = *values[s][r] >= 0 ? positive : negative;
                const double y0 = plot.y(base, axis), y1 = plot.y(base + *values[s][r], axis);
                base += *values[s][r];
                svg += rectElement(centre(r) - bar / 2, std::min(y0, y1), bar, std::abs(y1 - y0),
                                   seriesColours[s % seriesColours.size()]);
            }
        }
    } else {
        for (std::size_t s = 0; s < series.size(); ++s) {
            const char *colour = seriesColours[s % seriesColours.size()];
            // A null ends the line: each run of values is its own polyline.
            QByteArray points;
            int runLength = 0;
            const auto flush = [&] {
                if (runLength > 1)
                    svg += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"" + colour
                           + "\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n";
                points.clear();
                runLength = 0;
            };
            for (std::size_t r = 0; r < n; ++r) {
                if (!values[s][r]) {
                    flush();
                    continue;
                }
                if (runLength > 0)
                    points += ' ';
                points += number(centre(r)) + ',' + number(plot.y(*values[s][r], axis));
                ++runLength;
            }
            flush();
            for (std::size_t r = 0; r < n; ++r) {
                if (values[s][r])
                    svg += "<circle cx=\"" + number(centre(r)) + "\" cy=\"" + number(plot.y(*values[s][r], axis))
                           + "\" r=\"3\" fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n";
            }
        }
    }
    svg += "</g>\n";

    const double zero = plot.y(std::clamp(0.0, axis.low, axis.high), axis);
    svg += lineElement(plot.left, zero, plot.right, zero, axisColour);

    svg += "<g id=\"categories\">\n";
    const double labelTop = plot.bottom + labelFont + 3;
    const double rotatedRoom = (labels.height - labelFont * lineHeight) / M_SQRT1_2;
    for (std::size_t r = 0; r < n; r += std::size_t(labels.every)) {
        const double x = centre(r);
        if (labels.rotated) {
            // Turned labels run down to the left: cut them where the drawing ends.
            const QString text = elided(categories[r], std::min(rotatedRoom, turnedRoomAt(x + 3)), labelFont);
            svg += textElement(x + 3, labelTop - 3, labelFont, "end", inkColour, text,
                               " transform=\"rotate(-45 " + number(x + 3) + " " + number(labelTop - 3) + ")\"");
        } else {
            // A thinned label wider than its bar's slot may reach past the drawing's edge:
            // better left out than cut or moved off its bar.
            const double half = textWidth(categories[r], labelFont) / 2;
            if (x - half >= 0 && x + half <= width)
                svg += textElement(x, labelTop, labelFont, "middle", inkColour, categories[r]);
        }
    }
    svg += "</g>\n</svg>\n";
    return svg;
}

} // namespace LeadStage::SvgChart
