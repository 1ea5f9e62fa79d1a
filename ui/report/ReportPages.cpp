#include "ReportPages.h"

#include "report/SvgChart.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPen>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace LeadStage {

namespace {

// One family for every text, installed with the product (fonts-dejavu-core): the same
// glyphs and widths everywhere, and every character the report's languages need.
QString family()
{
    static const QString name = [] {
        const QString wanted = u"DejaVu Sans"_qs;
        if (!QFontDatabase::families().contains(wanted)) {
            for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"})
                QFontDatabase::addApplicationFont(u"/usr/share/fonts/truetype/dejavu/"_qs + QLatin1String(file));
        }
        return wanted;
    }();
    return name;
}

// The type scale in points. Whole numbers: Qt rounds a font's size to whole units of
// the painter's coordinates, which are points here, on every device alike.
namespace Size {
constexpr double title = 30;
constexpr double subtitle = 15;
constexpr double cover = 11;
constexpr double contentsEntry = 11;
constexpr double heading = 20;
constexpr double subheading = 12;
constexpr double body = 10;
constexpr double small = 8;
constexpr double kpiValue = 19;
constexpr double running = 8;
constexpr double cells[] = {9, 8, 7}; // a table too wide for one tries the next
} // namespace Size

namespace Colour {
const QColor ink(0x1a, 0x20, 0x2c);
const QColor muted(0x5a, 0x64, 0x73);
const QColor navy(0x1f, 0x3a, 0x5f);
const QColor accent(0x2c, 0x7a, 0x7b);
const QColor coverText(0xd6, 0xe0, 0xee);
const QColor rule(0xcb, 0xd2, 0xdb);
const QColor zebra(0xf2, 0xf4, 0xf7);
const QColor tile(0xf3, 0xf5, 0xf8);
const QColor within(0x2f, 0x85, 0x5a);
const QColor below(0xb7, 0x79, 0x1f);
const QColor above(0xc0, 0x56, 0x21);
const QColor noBand(0xa0, 0xae, 0xc0);
} // namespace Colour

QColor bandColour(std::optional<BandPosition> position)
{
    if (!position)
        return Colour::noBand;
    switch (*position) {
    case BandPosition::Below:
        return Colour::below;
    case BandPosition::Within:
        return Colour::within;
    case BandPosition::Above:
        return Colour::above;
    }
    return Colour::noBand;
}

constexpr double millimetre = 72.0 / 25.4;
constexpr double margin = 20 * millimetre;
constexpr double bodyTop = 70;    // under the running header
constexpr double bodyBottom = 62; // above the footer
constexpr double blockGap = 18;
constexpr double chartScale = 0.85;

// No hinting: glyph advances are the design's, the same at every size and resolution,
// so what is measured here at 72 dpi is what the PDF at 1200 dpi and a preview draw.
QFont fontOf(double size, bool bold)
{
    QFont font(family());
    font.setPointSizeF(size);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

// Greedy word wrap; a word wider than the line is broken between characters.
QStringList wrapped(const QString &text, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        const QString tried = line.isEmpty() ? word : line + u' ' + word;
        if (metrics.horizontalAdvance(tried) <= width) {
            line = tried;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line.clear();
        while (metrics.horizontalAdvance(word) > width && word.size() > 1) {
            qsizetype fit = 1;
            while (fit < word.size() && metrics.horizontalAdvance(word.left(fit + 1)) <= width)
                ++fit;
            lines << word.left(fit);
            word = word.mid(fit);
        }
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

double longestWord(const QString &text, const QFontMetricsF &metrics)
{
    double longest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

// "(continued)" after a table's title on the pages it continues on. The document has no
// text for it yet, so the report's language picks it; English for any other.
QString continuedText(const QString &language)
{
    if (language.startsWith(u"de"))
        return u"(Fortsetzung)"_qs;
    return u"(continued)"_qs;
}

} // namespace

// Font metrics at 72 dpi, where one pixel is one point.
class ReportPages::Measure
{
public:
    Measure()
        : m_device(1, 1, QImage::Format_ARGB32)
    {
        const int dotsPerMetre = qRound(72 / 0.0254);
        m_device.setDotsPerMeterX(dotsPerMetre);
        m_device.setDotsPerMeterY(dotsPerMetre);
    }

    const QFontMetricsF &of(double size, bool bold)
    {
        const auto key = std::make_pair(size, bold);
        auto found = m_metrics.find(key);
        if (found == m_metrics.end())
            found = m_metrics.emplace(key, QFontMetricsF(fontOf(size, bold), &m_device)).first;
        return found->second;
    }

    double width(const QString &text, double size, bool bold) { return of(size, bold).horizontalAdvance(text); }

private:
    QImage m_device;
    std::map<std::pair<double, bool>, QFontMetricsF> m_metrics;
};

// The cursor that places blocks down the pages' body, starting a page when one is full.
struct ReportPages::Flow
{
    ReportPages &pages;
    Measure &measure;
    QRectF body;
    double y = 0;
    std::size_t current = 0; // the page written on

    std::vector<Mark> &page() { return pages.m_pages[current]; }
    void newPage()
    {
        pages.m_pages.emplace_back();
        current = pages.m_pages.size() - 1;
        y = body.top();
    }
    double room() const { return body.bottom() - y; }
    bool atTop() const { return y <= body.top(); }
    // Starts a page unless `height` fits here; at a page's top it fits however tall.
    void keep(double height)
    {
        if (height > room() && !atTop())
            newPage();
    }
    void gap(double height)
    {
        if (!atTop())
            y += height;
    }

    void text(double x, double baseline, const QString &text, double size, bool bold, const QColor &colour)
    {
        const QFontMetricsF &metrics = measure.of(size, bold);
        Mark mark;
        mark.kind = Mark::Kind::Text;
        mark.rect = QRectF(x, baseline, metrics.horizontalAdvance(text), metrics.height());
        mark.text = text;
        mark.size = size;
        mark.bold = bold;
        mark.color = colour;
        page().push_back(std::move(mark));
    }
    void rightText(double right, double baseline, const QString &text, double size, bool bold, const QColor &colour)
    {
        this->text(right - measure.width(text, size, bold), baseline, text, size, bold, colour);
    }
    void fill(const QRectF &rect, const QColor &colour)
    {
        Mark mark;
        mark.kind = Mark::Kind::Fill;
        mark.rect = rect;
        mark.color = colour;
        page().push_back(std::move(mark));
    }
    void line(const QLineF &line, const QColor &colour, double width)
    {
        Mark mark;
        mark.kind = Mark::Kind::Line;
        mark.line = line;
        mark.color = colour;
        mark.width = width;
        page().push_back(std::move(mark));
    }

    // Lines of text at `size`, each line a step of `leading`, breaking across pages.
    void lines(const QStringList &lines, double size, bool bold, const QColor &colour, double leading)
    {
        const QFontMetricsF &metrics = measure.of(size, bold);
        for (const QString &line : lines) {
            keep(leading);
            text(body.left(), y + (leading - metrics.height()) / 2 + metrics.ascent(), line, size, bold, colour);
            y += leading;
        }
    }

    double headingHeight(double size) { return measure.of(size, true).height() * 1.25; }
    void heading(const QString &title, double size, const QColor &colour)
    {
        const QFontMetricsF &metrics = measure.of(size, true);
        for (const QString &line : wrapped(title, metrics, body.width())) {
            text(body.left(), y + metrics.ascent(), line, size, true, colour);
            y += metrics.height() * 1.25;
        }
    }

    void section(const ReportSection &section);
    void paragraph(const QString &text);
    void kpis(const std::vector<ReportKpi> &kpis);
    void table(const ReportTable &table, const QString &continued);
    void chart(const ReportChart &chart, int index);
};

void ReportPages::Flow::section(const ReportSection &section)
{
    newPage();
    heading(section.title, Size::heading, Colour::navy);
    y += 2;
    line(QLineF(body.left(), y, body.left() + 42, y), Colour::accent, 2.5);
    y += 22;
    bool first = true;
    for (const ReportBlock &block : section.blocks) {
        if (!first)
            gap(blockGap);
        first = false;
        switch (block.kind) {
        case ReportBlock::Kind::Paragraph:
            paragraph(block.text);
            break;
        case ReportBlock::Kind::Kpis:
            kpis(block.kpis);
            break;
        case ReportBlock::Kind::Table:
            if (block.index >= 0 && block.index < int(pages.m_document.tables.size()))
                table(pages.m_document.tables[block.index], continuedText(pages.m_document.language));
            break;
        case ReportBlock::Kind::Chart:
            if (block.index >= 0 && block.index < int(pages.m_document.charts.size()))
                chart(pages.m_document.charts[block.index], block.index);
            break;
        }
    }
}

void ReportPages::Flow::paragraph(const QString &text)
{
    const QFontMetricsF &metrics = measure.of(Size::body, false);
    lines(wrapped(text, metrics, body.width()), Size::body, false, Colour::ink, Size::body * 1.5);
}

void ReportPages::Flow::kpis(const std::vector<ReportKpi> &kpis)
{
    constexpr int across = 4;
    constexpr double spacing = 10;
    constexpr double pad = 10;
    constexpr double bar = 3.5;
    const double tileWidth = (body.width() - spacing * (across - 1)) / across;
    const double inner = tileWidth - 2 * pad;
    const QFontMetricsF &label = measure.of(Size::small, false);
    const QFontMetricsF &strong = measure.of(Size::small, true);
    const double labelLine = label.height() * 1.2;

    struct Tile
    {
        QStringList title, change, band;
        QString value, period;
        double valueSize = Size::kpiValue;
        QColor colour;
    };
    for (std::size_t start = 0; start < kpis.size(); start += across) {
        if (start > 0)
            gap(spacing);
        std::vector<Tile> tiles;
        double height = 0;
        std::size_t mostTitleLines = 0;
        for (std::size_t i = start; i < std::min(kpis.size(), start + across); ++i) {
            const ReportKpi &kpi = kpis[i];
            Tile tile;
            tile.title = wrapped(kpi.title, strong, inner);
            tile.value = kpi.value;
            while (tile.valueSize > 11 && measure.width(kpi.value, tile.valueSize, true) > inner)
                tile.valueSize -= 1;
            tile.period = kpi.period;
            tile.change = wrapped(kpi.change, label, inner);
            if (!kpi.band.isEmpty())
                tile.band = wrapped(kpi.band, strong, inner);
            tile.colour = bandColour(kpi.position);
            mostTitleLines = std::max(mostTitleLines, std::size_t(tile.title.size()));
            tiles.push_back(tile);
        }
        // Values in one size, titles taking the same room in every tile: the values line up.
        double valueSize = Size::kpiValue;
        for (const Tile &tile : tiles)
            valueSize = std::min(valueSize, tile.valueSize);
        for (Tile &tile : tiles)
            tile.valueSize = valueSize;
        const double valueHeight = measure.of(Size::kpiValue, true).height();
        for (const Tile &tile : tiles) {
            const double content = mostTitleLines * labelLine + 4 + valueHeight + 2 + labelLine
                                   + tile.change.size() * labelLine + 6 + tile.band.size() * labelLine;
            height = std::max(height, bar + pad + content + pad);
        }
        keep(height);
        for (std::size_t i = 0; i < tiles.size(); ++i) {
            const Tile &tile = tiles[i];
            const double left = body.left() + i * (tileWidth + spacing);
            fill(QRectF(left, y, tileWidth, height), Colour::tile);
            fill(QRectF(left, y, tileWidth, bar), tile.colour);
            double at = y + bar + pad;
            for (const QString &line : tile.title) {
                text(left + pad, at + strong.ascent(), line, Size::small, true, Colour::muted);
                at += labelLine;
            }
            at += (mostTitleLines - tile.title.size()) * labelLine + 4;
            const QFontMetricsF &value = measure.of(tile.valueSize, true);
            text(left + pad, at + (valueHeight - value.height()) + value.ascent(), tile.value, tile.valueSize, true,
                 Colour::ink);
            at += valueHeight + 2;
            text(left + pad, at + label.ascent(), tile.period, Size::small, false, Colour::muted);
            at += labelLine;
            for (const QString &line : tile.change) {
                text(left + pad, at + label.ascent(), line, Size::small, false, Colour::ink);
                at += labelLine;
            }
            at += 6;
            for (const QString &line : tile.band) {
                text(left + pad, at + strong.ascent(), line, Size::small, true, tile.colour);
                at += labelLine;
            }
        }
        y += height;
    }
}

void ReportPages::Flow::table(const ReportTable &table, const QString &continued)
{
    const int columns = int(table.columns.size());
    if (columns == 0)
        return;
    auto numeric = [&](int column) { return table.columns[column].kind != ValueKind::Text; };

    // The largest cell size at which the table fits the body's width: headers on one
    // line, then headers wrapped at words; at the smallest size text columns wrap too.
    double size = Size::cells[0];
    double padding = 6;
    std::vector<double> widths(columns);
    bool wrapHeaders = false;
    bool wrapText = false;
    // Each column's width for its widest cell and its header: whole, at its longest
    // word, or not counted.
    enum class Header { Whole, Words, Ignored };
    auto natural = [&](double at, double pad, Header header) {
        const QFontMetricsF &cell = measure.of(at, false);
        const QFontMetricsF &head = measure.of(at, true);
        std::vector<double> result(columns);
        for (int c = 0; c < columns; ++c) {
            const QString &title = table.columns[c].title;
            double widest = header == Header::Whole   ? head.horizontalAdvance(title)
                            : header == Header::Words ? longestWord(title, head)
                                                      : 0;
            for (const std::vector<ReportCell> &row : table.rows)
                if (c < int(row.size()))
                    widest = std::max(widest, cell.horizontalAdvance(row[c].text));
            result[c] = std::ceil(widest) + 2 * pad;
        }
        return result;
    };
    auto total = [](const std::vector<double> &each) { return std::accumulate(each.begin(), each.end(), 0.0); };
    bool fits = false;
    for (double at : Size::cells) {
        for (Header header : {Header::Whole, Header::Words}) {
            const double pad = at >= Size::cells[0] ? 7 : 5;
            widths = natural(at, pad, header);
            if (total(widths) <= body.width()) {
                size = at;
                padding = pad;
                wrapHeaders = header == Header::Words;
                fits = true;
                break;
            }
        }
        if (fits)
            break;
    }
    if (!fits) {
        // Still too wide at the smallest size: numbers keep their width, headers and
        // text columns give theirs up in proportion and wrap, between words or letters.
        size = Size::cells[std::size(Size::cells) - 1];
        padding = 5;
        wrapHeaders = true;
        wrapText = true;
        widths = natural(size, padding, Header::Words);
        std::vector<double> least = natural(size, padding, Header::Ignored);
        for (int c = 0; c < columns; ++c)
            if (!numeric(c))
                least[c] = std::min(widths[c], 40.0 + 2 * padding);
        const double floor = total(least);
        const double excess = total(widths) - floor;
        for (int c = 0; c < columns; ++c)
            widths[c] = floor < body.width() ? least[c] + (widths[c] - least[c]) * (body.width() - floor) / excess
                                             : least[c] * body.width() / floor; // cannot fit: numbers get tight too
    }
    // Room to spare: half to the columns that name the rows, half to every column.
    const double spare = body.width() - total(widths);
    if (spare > 0) {
        const int keys = std::clamp(table.keyColumns, 0, columns);
        for (int c = 0; c < columns; ++c)
            widths[c] += (keys > 0 ? spare / 2 / columns : spare / columns) + (c < keys ? spare / 2 / keys : 0);
    }
    std::vector<double> lefts(columns, body.left());
    for (int c = 1; c < columns; ++c)
        lefts[c] = lefts[c - 1] + widths[c - 1];

    const QFontMetricsF &cell = measure.of(size, false);
    const QFontMetricsF &head = measure.of(size, true);
    const double leading = cell.height() * 1.15;
    const double vpad = size * 0.32;
    auto cellLines = [&](const QString &text, int c, const QFontMetricsF &metrics, bool wrap) {
        return wrap ? wrapped(text, metrics, widths[c] - 2 * padding) : QStringList{text};
    };
    std::vector<QStringList> headLines(columns);
    std::size_t headDepth = 1;
    for (int c = 0; c < columns; ++c) {
        headLines[c] = cellLines(table.columns[c].title, c, head, wrapHeaders);
        headDepth = std::max(headDepth, std::size_t(headLines[c].size()));
    }
    const double headHeight = headDepth * leading + 2 * vpad;

    auto rowLines = [&](const std::vector<ReportCell> &row) {
        std::vector<QStringList> lines(columns);
        for (int c = 0; c < columns; ++c)
            lines[c] = cellLines(c < int(row.size()) ? row[c].text : QString(), c, cell, wrapText && !numeric(c));
        return lines;
    };
    auto depthOf = [](const std::vector<QStringList> &lines) {
        std::size_t depth = 1;
        for (const QStringList &cellText : lines)
            depth = std::max(depth, std::size_t(cellText.size()));
        return depth;
    };
    auto placeCells = [&](const std::vector<QStringList> &lines, double top, const QFontMetricsF &metrics, bool bold,
                          const QColor &colour, bool bottomAligned, std::size_t depth) {
        for (int c = 0; c < columns; ++c) {
            double at = top + vpad + (bottomAligned ? (depth - lines[c].size()) * leading : 0);
            for (const QString &lineText : lines[c]) {
                const double baseline = at + (leading - metrics.height()) / 2 + metrics.ascent();
                if (numeric(c))
                    rightText(lefts[c] + widths[c] - padding, baseline, lineText, size, bold, colour);
                else
                    text(lefts[c] + padding, baseline, lineText, size, bold, colour);
                at += leading;
            }
        }
    };
    auto titleAndHeader = [&](bool again) {
        heading(again ? table.title + u' ' + continued : table.title, Size::subheading, Colour::navy);
        y += 3;
        fill(QRectF(body.left(), y, body.width(), headHeight), Colour::navy);
        placeCells(headLines, y, head, true, Qt::white, true, headDepth);
        y += headHeight;
    };
    auto closeTable = [&]() { line(QLineF(body.left(), y, body.right(), y), Colour::navy, 0.75); };

    // The title, the header and the first rows stay together.
    double opening = headingHeight(Size::subheading) + 3 + headHeight;
    for (std::size_t r = 0; r < std::min<std::size_t>(3, table.rows.size()); ++r)
        opening += depthOf(rowLines(table.rows[r])) * leading + 2 * vpad;
    keep(opening);
    titleAndHeader(false);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const std::vector<QStringList> lines = rowLines(table.rows[r]);
        const std::size_t depth = depthOf(lines);
        const double height = depth * leading + 2 * vpad;
        if (height > room()) {
            closeTable();
            newPage();
            titleAndHeader(true);
        }
        if (r % 2 == 1)
            fill(QRectF(body.left(), y, body.width(), height), Colour::zebra);
        placeCells(lines, y, cell, false, Colour::ink, false, depth);
        y += height;
    }
    closeTable();
    if (!table.note.isEmpty()) {
        y += 5;
        const QFontMetricsF &note = measure.of(Size::small, false);
        lines(wrapped(table.note, note, body.width()), Size::small, false, Colour::muted, note.height() * 1.3);
    }
}

void ReportPages::Flow::chart(const ReportChart &chart, int index)
{
    const double height = std::round(std::min(body.width() * 0.46, 230.0));
    const double titleHeight =
        headingHeight(Size::subheading)
        * std::max<qsizetype>(1, wrapped(chart.title, measure.of(Size::subheading, true), body.width()).size());
    keep(titleHeight + 4 + height);
    heading(chart.title, Size::subheading, Colour::navy);
    y += 4;
    Mark mark;
    mark.kind = Mark::Kind::Chart;
    mark.rect = QRectF(body.left(), y, body.width(), height);
    mark.chart = index;
    page().push_back(std::move(mark));
    y += height;
}

ReportPages::ReportPages(const ReportDocument &document, PaperSize paper)
    : m_document(document)
    , m_pageSize(paper == PaperSize::Letter ? QSizeF(612, 792) : QSizeF(595.28, 841.89))
{
    Measure measure;
    const QRectF body(margin, bodyTop, m_pageSize.width() - 2 * margin, m_pageSize.height() - bodyTop - bodyBottom);
    Flow flow{*this, measure, body, body.top(), 0};

    // The title page comes first but lists where the sections start: filled in last.
    m_pages.emplace_back();
    std::vector<int> starts; // page numbers as printed, from 1
    for (const ReportSection &section : m_document.sections) {
        starts.push_back(int(m_pages.size()) + 1); // section() starts the next page
        flow.section(section);
    }
    titlePage(measure, starts);
    for (int page = 0; page < pageCount(); ++page)
        frame(measure, page);
}

void ReportPages::titlePage(Measure &measure, const std::vector<int> &starts)
{
    Flow flow{*this, measure, QRectF(margin, 0, m_pageSize.width() - 2 * margin, m_pageSize.height()), 0, 0};
    const double bandHeight = std::round(m_pageSize.height() * 0.40);
    flow.fill(QRectF(0, 0, m_pageSize.width(), bandHeight), Colour::navy);
    flow.fill(QRectF(0, bandHeight, m_pageSize.width(), 5), Colour::accent);

    const QFontMetricsF &title = measure.of(Size::title, true);
    const QFontMetricsF &subtitle = measure.of(Size::subtitle, false);
    const QStringList titleLines = wrapped(m_document.title, title, flow.body.width());
    const QStringList subtitleLines = wrapped(m_document.subtitle, subtitle, flow.body.width());
    // The title block sits on the band's lower edge, as on a printed cover.
    const double block = titleLines.size() * title.height() * 1.1 + 12 + subtitleLines.size() * subtitle.height() * 1.3;
    flow.y = bandHeight - 48 - block;
    for (const QString &line : titleLines) {
        flow.text(flow.body.left(), flow.y + title.ascent(), line, Size::title, true, Qt::white);
        flow.y += title.height() * 1.1;
    }
    flow.y += 12;
    for (const QString &line : subtitleLines) {
        flow.text(flow.body.left(), flow.y + subtitle.ascent(), line, Size::subtitle, false, Colour::coverText);
        flow.y += subtitle.height() * 1.3;
    }

    const QFontMetricsF &cover = measure.of(Size::cover, false);
    flow.y = bandHeight + 5 + 30;
    flow.lines(wrapped(m_document.dateLine, cover, flow.body.width()), Size::cover, false, Colour::muted,
               cover.height() * 1.3);

    flow.y += 46;
    flow.heading(m_document.contentsTitle, Size::subheading + 1.5, Colour::navy);
    flow.y += 2;
    flow.line(QLineF(flow.body.left(), flow.y, flow.body.left() + 42, flow.y), Colour::accent, 2.5);
    flow.y += 14;
    const QFontMetricsF &entry = measure.of(Size::contentsEntry, false);
    const double step = entry.height() * 1.9;
    for (std::size_t i = 0; i < m_document.sections.size() && i < starts.size(); ++i) {
        const QString number = QString::number(starts[i]);
        const double numberWidth = entry.horizontalAdvance(number);
        const QString name =
            entry.elidedText(m_document.sections[i].title, Qt::ElideRight, flow.body.width() - numberWidth - 40);
        const double baseline = flow.y + (step - entry.height()) / 2 + entry.ascent();
        flow.text(flow.body.left(), baseline, name, Size::contentsEntry, false, Colour::ink);
        flow.rightText(flow.body.right(), baseline, number, Size::contentsEntry, true, Colour::navy);
        flow.y += step;
        flow.line(QLineF(flow.body.left(), flow.y, flow.body.right(), flow.y), Colour::rule, 0.5);
    }
}

// The running header (not on the title page) and the footer with the page number.
void ReportPages::frame(Measure &measure, int page)
{
    Flow flow{*this, measure, QRectF(margin, 0, m_pageSize.width() - 2 * margin, m_pageSize.height()), 0,
              std::size_t(page)};
    const QFontMetricsF &bold = measure.of(Size::running, true);
    const QFontMetricsF &plain = measure.of(Size::running, false);
    const double left = flow.body.left();
    const double right = flow.body.right();
    if (page > 0) {
        const double baseline = 38;
        const QString title = bold.elidedText(m_document.title, Qt::ElideRight, flow.body.width() * 0.48);
        flow.text(left, baseline, title, Size::running, true, Colour::navy);
        const QString subtitle = plain.elidedText(m_document.subtitle, Qt::ElideLeft, flow.body.width() * 0.48);
        flow.rightText(right, baseline, subtitle, Size::running, false, Colour::muted);
        flow.line(QLineF(left, baseline + 7, right, baseline + 7), Colour::rule, 0.5);
    }
    const double baseline = m_pageSize.height() - 32;
    flow.line(QLineF(left, baseline - 13, right, baseline - 13), Colour::rule, 0.5);
    const QString number = m_document.pageText.arg(page + 1).arg(pageCount());
    const double numberWidth = plain.horizontalAdvance(number);
    flow.text(left, baseline, plain.elidedText(m_document.footer, Qt::ElideRight, flow.body.width() - numberWidth - 24),
              Size::running, false, Colour::muted);
    flow.rightText(right, baseline, number, Size::running, false, Colour::muted);
}

void ReportPages::paint(QPainter &painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Fonts are sized in points at 72 dpi; on a device of another resolution the same
    // size in the painter's units is that many points times 72 / dpi.
    const double toDevice = 72.0 / std::max(1, painter.device()->logicalDpiY());
    for (const Mark &mark : m_pages[page]) {
        switch (mark.kind) {
        case Mark::Kind::Fill:
            painter.fillRect(mark.rect, mark.color);
            break;
        case Mark::Kind::Line:
            painter.setPen(QPen(mark.color, mark.width, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(mark.line);
            break;
        case Mark::Kind::Text: {
            QFont font = fontOf(mark.size, mark.bold);
            font.setPointSizeF(mark.size * toDevice);
            painter.setFont(font);
            painter.setPen(mark.color);
            painter.drawText(mark.rect.topLeft(), mark.text);
            break;
        }
        case Mark::Kind::Chart: {
            // The one chart drawing the HTML report shows too, as vectors. Drawn a little
            // larger and scaled into its box, its 10 px labels match the tables' 8.5 pt.
            const QSizeF drawn = mark.rect.size() / chartScale;
            QSvgRenderer chart(
                SvgChart::render(m_document, m_document.charts[mark.chart], drawn.width(), drawn.height()));
            // Qt's SVG renderer starts from the painter's pen, brush and font where the
            // drawing says nothing: SVG's defaults (no stroke, black fill), not the last
            // line's pen or the last text's bold. (It draws the labels as glyph outlines.)
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.setFont(fontOf(Size::small, false));
            chart.render(&painter, mark.rect);
            break;
        }
        }
    }
    painter.restore();
}

} // namespace LeadStage
