#pragma once

#include "report/ReportDocument.h"
#include "report/ReportFormat.h"

#include <QColor>
#include <QLineF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <vector>

class QPainter;

namespace LeadStage {

// The quarterly report laid out on pages: a title page with the contents, then each
// section from a new page; paragraphs, KPI tiles, tables that break between rows with
// their header repeated, and charts that never split. The layout happens once, in
// points, with fonts measured at a fixed 72 dpi and without hinting, so it is the same
// on any machine and any screen; paint() draws one page on any painter — the PDF's or
// the export dialog's preview — scaled so that one unit is one point.
class ReportPages
{
public:
    ReportPages(const ReportDocument &document, PaperSize paper);

    int pageCount() const { return int(m_pages.size()); }
    QSizeF pageSize() const { return m_pageSize; } // points: A4 595.28 × 841.89, Letter 612 × 792
    // Pages count from 0 here; the footer prints them from 1.
    void paint(QPainter &painter, int page) const;

    // One thing to draw, placed at layout time.
    struct Mark
    {
        enum class Kind : std::uint8_t { Text, Fill, Line, Chart } kind = Kind::Text;
        QRectF rect;     // Text: x and baseline at topLeft(), measured width and height; Fill; Chart
        QLineF line;     // Line
        QString text;    // Text
        double size = 0; // Text: point size
        bool bold = false;
        QColor color;
        double width = 0; // Line: pen width in points
        int chart = -1;   // Chart: into ReportDocument::charts
    };
    // What paint() draws on a page, for tests that check every text fits its place.
    const std::vector<Mark> &marks(int page) const { return m_pages.at(page); }

private:
    class Measure;
    struct Flow;
    void titlePage(Measure &measure, const std::vector<int> &starts);
    void frame(Measure &measure, int page);

    ReportDocument m_document; // a copy: a preview may outlive the document it was made from
    QSizeF m_pageSize;
    std::vector<std::vector<Mark>> m_pages;
};

} // namespace LeadStage
