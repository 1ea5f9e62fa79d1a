#include "XlsxReport.h"

#include "report/ReportFile.h"
#include "report/ReportManifest.h"
#include "report/XlsxSheetNames.h"
#include "report/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

#include <clocale>
#include <cmath>
#include <locale.h>

namespace LeadStage {

namespace {

// libxlsxwriter prints numbers with printf("%.16G"), which follows LC_NUMERIC; a Qt
// program runs in the user's locale, where "0,25" would corrupt the workbook. This
// switches the calling thread (only) to the C locale while the workbook is written.
class CNumericLocale
{
public:
    CNumericLocale()
        : m_c(newlocale(LC_NUMERIC_MASK, "C", locale_t(nullptr)))
    {
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~CNumericLocale()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c = nullptr;
    locale_t m_previous = nullptr;
};

const char *numberFormat(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Count:
        return "#,##0";
    case ValueKind::Fraction:
        return "0.0%";
    case ValueKind::Days:
    case ValueKind::Points:
        return "0.0";
    case ValueKind::Decimal:
        return "0.00";
    case ValueKind::Text:
        break;
    }
    return nullptr;
}

// libxlsxwriter reads a chart or axis title that starts with "=" as a cell reference.
QByteArray plainTitle(const QString &text)
{
    return (text.startsWith(u'=') ? u' ' + text : text).toUtf8();
}

// "internal:'Source quality'!A1": a link to a sheet's first cell.
QByteArray linkTo(const QString &sheet)
{
    QString quoted = sheet;
    quoted.replace(u'\'', u"''"_qs);
    return (u"internal:'"_qs + quoted + u"'!A1"_qs).toUtf8();
}

// The manifest cut into cells of at most `chunk` bytes (so at most as many characters),
// never inside a UTF-8 character nor inside the seal, which must stay one run of bytes.
std::vector<QByteArray> manifestCells(const QByteArray &manifest, qsizetype chunk)
{
    const qsizetype seal = manifest.indexOf(ReportSeal::marker());
    const qsizetype sealEnd = seal < 0 ? -1 : seal + ReportSeal::placeholder().size();
    std::vector<QByteArray> cells;
    for (qsizetype at = 0; at < manifest.size();) {
        qsizetype end = std::min(at + chunk, manifest.size());
        if (seal > at && end > seal && end < sealEnd)
            end = seal;
        while (end < manifest.size() && end > at && (uchar(manifest.at(end)) & 0xC0) == 0x80)
            --end;
        cells.push_back(manifest.mid(at, end - at));
        at = end;
    }
    return cells;
}

// Fits a column to its longest text, within reason.
double widthFor(qsizetype characters)
{
    return std::clamp(double(characters) * 1.1 + 2.0, 8.0, 60.0);
}

class WorkbookWriter
{
public:
    WorkbookWriter(const ReportDocument &document, QByteArray manifest)
        : m_document(document)
        , m_manifest(std::move(manifest))
    {
        QStringList titles;
        for (const ReportTable &table : document.tables)
            titles.append(table.title);
        m_sheetNames = XlsxSheetNames::make(titles, {XlsxReport::reportSheet, XlsxReport::manifestSheet});
    }

    Status write(const QString &path)
    {
        const QByteArray file = QFile::encodeName(path);
        lxw_workbook_options options{};
        m_book = workbook_new_opt(file.constData(), &options);
        if (!m_book)
            return Error{QCoreApplication::translate("ReportError", "cannot start the workbook"), path, 0, 0,
                         QCoreApplication::translate("ReportError", "Check the free memory and the folder.")};
        addFormats();
        setProperties();
        writeReportSheet();
        for (int t = 0; t < int(m_document.tables.size()); ++t)
            writeTableSheet(t);
        writeManifestSheet();
        const lxw_error closed = workbook_close(m_book); // writes the file and frees the workbook
        m_book = nullptr;
        if (m_error)
            return Error{QCoreApplication::translate("ReportError", "cannot write the workbook: %1").arg(*m_error),
                         path,
                         0,
                         0,
                         {}};
        if (closed != LXW_NO_ERROR)
            return Error{QCoreApplication::translate("ReportError", "cannot write the workbook (%1)")
                             .arg(QString::fromUtf8(lxw_strerror(closed))),
                         path, 0, 0,
                         QCoreApplication::translate("ReportError",
                                                     "Check the free space and that you may write to the folder.")};
        return {};
    }

private:
    // The first failure of any libxlsxwriter call, with what it was doing.
    void check(lxw_error error, const QString &doing)
    {
        if (error != LXW_NO_ERROR && !m_error)
            m_error = u"%1 (%2)"_qs.arg(doing, QString::fromUtf8(lxw_strerror(error)));
    }

    lxw_format *format() { return workbook_add_format(m_book); }

    void addFormats()
    {
        m_title = format();
        format_set_bold(m_title);
        format_set_font_size(m_title, 16);
        m_subtitle = format();
        format_set_font_size(m_subtitle, 12);
        m_muted = format();
        format_set_font_color(m_muted, 0x595959);
        m_heading = format();
        format_set_bold(m_heading);
        format_set_font_size(m_heading, 13);
        m_bold = format();
        format_set_bold(m_bold);
        m_paragraph = format();
        format_set_text_wrap(m_paragraph);
        format_set_align(m_paragraph, LXW_ALIGN_VERTICAL_TOP);
        m_header = format();
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDCE6F1);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        m_note = format();
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x595959);
        for (const ValueKind kind :
             {ValueKind::Count, ValueKind::Fraction, ValueKind::Days, ValueKind::Points, ValueKind::Decimal}) {
            lxw_format *number = format();
            format_set_num_format(number, numberFormat(kind));
            m_numbers[std::size_t(kind)] = number;
        }
    }

    void setProperties()
    {
        m_properties.title = m_document.title.toUtf8();
        m_properties.subject = m_document.subtitle.toUtf8();
        lxw_doc_properties properties{};
        properties.title = m_properties.title.data();
        properties.subject = m_properties.subject.data();
        properties.author = const_cast<char *>("LeadStage");
        // The analysis date, never the clock (0 would mean "now" to libxlsxwriter).
        properties.created = time_t(std::max<std::int64_t>(m_document.documentTime, 1));
        check(workbook_set_properties(m_book, &properties), u"setting the document properties"_qs);
    }

    lxw_worksheet *addSheet(const QString &name)
    {
        const QByteArray utf8 = name.toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, utf8.constData());
        if (!sheet)
            check(LXW_ERROR_SHEETNAME_ALREADY_USED, u"adding the sheet \"%1\""_qs.arg(name));
        return sheet;
    }

    void text(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format = nullptr)
    {
        if (text.isEmpty())
            return;
        const QByteArray utf8 = text.toUtf8();
        check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format),
              u"writing a text"_qs);
    }

    // Returns the next row; a link just like the one above it (a chart and its table of the
    // same title) is left out.
    int link(lxw_worksheet *sheet, int row, const QString &target, const QString &label)
    {
        const QString key = target + u'\n' + label;
        if (m_lastLink.first == row - 1 && m_lastLink.second == key)
            return row;
        m_lastLink = {row, key};
        const QByteArray url = linkTo(target);
        const QByteArray utf8 = label.toUtf8();
        check(worksheet_write_url_opt(sheet, lxw_row_t(row), 0, url.constData(), nullptr, utf8.constData(), nullptr),
              u"linking to the sheet \"%1\""_qs.arg(target));
        return row + 1;
    }

    // A paragraph across the first six columns, its row tall enough for its lines.
    void paragraph(lxw_worksheet *sheet, int row, const QString &text)
    {
        constexpr int charactersPerLine = 110;
        const QByteArray utf8 = text.toUtf8();
        check(worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), 5, utf8.constData(), m_paragraph),
              u"writing a paragraph"_qs);
        const int lines = std::max(1, int((text.size() + charactersPerLine - 1) / charactersPerLine));
        check(worksheet_set_row(sheet, lxw_row_t(row), 15.0 * lines + 3.0, nullptr), u"sizing a paragraph"_qs);
    }

    // Title, date, the sheets' list, then the sections: paragraphs, KPI tiles as rows,
    // and links where the PDF would show a table or a chart.
    void writeReportSheet()
    {
        lxw_worksheet *sheet = addSheet(XlsxReport::reportSheet);
        if (!sheet)
            return;
        const double widths[] = {38, 16, 20, 26, 32, 12};
        for (int c = 0; c < 6; ++c)
            check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr), u"sizing columns"_qs);
        int row = 0;
        text(sheet, row++, 0, m_document.title, m_title);
        text(sheet, row++, 0, m_document.subtitle, m_subtitle);
        text(sheet, row++, 0, m_document.dateLine, m_muted);
        ++row;
        text(sheet, row++, 0, m_document.contentsTitle, m_heading);
        for (int t = 0; t < int(m_document.tables.size()); ++t)
            row = link(sheet, row, m_sheetNames[t], m_document.tables[std::size_t(t)].title);
        for (const ReportSection &section : m_document.sections) {
            ++row;
            text(sheet, row++, 0, section.title, m_heading);
            for (const ReportBlock &block : section.blocks)
                row = writeBlock(sheet, row, block);
        }
        if (!m_document.footer.isEmpty()) {
            ++row;
            text(sheet, row++, 0, m_document.footer, m_muted);
        }
    }

    int writeBlock(lxw_worksheet *sheet, int row, const ReportBlock &block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Paragraph:
            paragraph(sheet, row++, block.text);
            break;
        case ReportBlock::Kind::Kpis:
            for (const ReportKpi &kpi : block.kpis) {
                text(sheet, row, 0, kpi.title, m_bold);
                text(sheet, row, 1, kpi.value, m_bold);
                text(sheet, row, 2, kpi.period);
                text(sheet, row, 3, kpi.change);
                text(sheet, row, 4, kpi.band, m_muted);
                ++row;
            }
            break;
        case ReportBlock::Kind::Table:
            if (block.index >= 0 && block.index < int(m_document.tables.size()))
                row = link(sheet, row, m_sheetNames[block.index], m_document.tables[std::size_t(block.index)].title);
            break;
        case ReportBlock::Kind::Chart:
            if (block.index >= 0 && block.index < int(m_document.charts.size())) {
                const ReportChart &chart = m_document.charts[std::size_t(block.index)];
                const int table = tableIndex(chart.tableKey);
                if (table >= 0)
                    row = link(sheet, row, m_sheetNames[table], chart.title);
            }
            break;
        }
        return row;
    }

    int tableIndex(const QString &key) const
    {
        for (int t = 0; t < int(m_document.tables.size()); ++t)
            if (m_document.tables[std::size_t(t)].key == key)
                return t;
        return -1;
    }

    static constexpr int headerRow = 1;
    static constexpr int firstDataRow = 2;

    void writeCell(lxw_worksheet *sheet, int row, int column, const ReportColumn &kind, const ReportCell &cell)
    {
        const lxw_row_t r = lxw_row_t(row);
        const lxw_col_t c = lxw_col_t(column);
        lxw_format *number = kind.kind == ValueKind::Text ? nullptr : m_numbers[std::size_t(kind.kind)];
        if (cell.value.isDouble() && number)
            check(worksheet_write_number(sheet, r, c, cell.value.toDouble(), number), u"writing a number"_qs);
        else if (cell.value.isBool() && number)
            check(worksheet_write_boolean(sheet, r, c, cell.value.toBool(), nullptr), u"writing a number"_qs);
        else if (cell.value.isNull() || cell.value.isUndefined())
            return; // nothing to show: an empty cell, which charts draw as a gap
        else
            text(sheet, row, column, cell.text); // already escaped against formulas by the builder
    }

    void writeTableSheet(int t)
    {
        const ReportTable &table = m_document.tables[std::size_t(t)];
        const QString &name = m_sheetNames[t];
        lxw_worksheet *sheet = addSheet(name);
        if (!sheet)
            return;
        const int columns = int(table.columns.size());
        const int rows = int(table.rows.size());
        text(sheet, 0, 0, table.title, m_heading);
        std::vector<qsizetype> longest(std::size_t(columns), 0);
        for (int c = 0; c < columns; ++c) {
            text(sheet, headerRow, c, table.columns[std::size_t(c)].title, m_header);
            longest[std::size_t(c)] = table.columns[std::size_t(c)].title.size() + 2; // room for the filter button
        }
        for (int r = 0; r < rows; ++r) {
            const std::vector<ReportCell> &cells = table.rows[std::size_t(r)];
            for (int c = 0; c < columns && c < int(cells.size()); ++c) {
                writeCell(sheet, firstDataRow + r, c, table.columns[std::size_t(c)], cells[std::size_t(c)]);
                longest[std::size_t(c)] = std::max(longest[std::size_t(c)], cells[std::size_t(c)].text.size());
            }
        }
        for (int c = 0; c < columns; ++c)
            check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widthFor(longest[std::size_t(c)]), nullptr),
                  u"sizing columns"_qs);
        if (columns > 0) {
            worksheet_freeze_panes(sheet, firstDataRow, 0);
            check(worksheet_autofilter(sheet, headerRow, 0, lxw_row_t(headerRow + rows), lxw_col_t(columns - 1)),
                  u"adding the filter"_qs);
        }
        if (!table.note.isEmpty())
            text(sheet, firstDataRow + rows + 1, 0, table.note, m_note);
        writeCharts(sheet, t);
    }

    // The table's charts to the right of it, one under the other. A Lines chart draws its
    // band as two dashed constant series from two hidden columns between table and chart.
    void writeCharts(lxw_worksheet *sheet, int t)
    {
        const ReportTable &table = m_document.tables[std::size_t(t)];
        const int columns = int(table.columns.size());
        const int rows = int(table.rows.size());
        if (rows == 0)
            return; // a chart of nothing would be an invalid range
        std::vector<const ReportChart *> charts;
        int bandColumns = 0;
        for (const ReportChart &chart : m_document.charts)
            if (chart.tableKey == table.key) {
                charts.push_back(&chart);
                if (drawsBand(chart))
                    bandColumns += 2;
            }
        int nextBandColumn = columns + 1;
        const int chartColumn = columns + 1 + bandColumns;
        for (std::size_t k = 0; k < charts.size(); ++k) {
            lxw_chart *chart = makeChart(*charts[k], t, columns, rows, nextBandColumn, sheet);
            if (!chart)
                continue;
            lxw_chart_options placement{};
            placement.x_scale = 1.3;
            placement.y_scale = 1.25;
            check(worksheet_insert_chart_opt(sheet, lxw_row_t(headerRow + int(k) * 20), lxw_col_t(chartColumn), chart,
                                             &placement),
                  u"placing the chart \"%1\""_qs.arg(charts[k]->title));
        }
    }

    static bool drawsBand(const ReportChart &chart)
    {
        return chart.band && chart.kind == ReportChart::Kind::Lines && !chart.seriesColumns.empty();
    }

    lxw_chart *makeChart(const ReportChart &spec, int t, int columns, int rows, int &bandColumn, lxw_worksheet *sheet)
    {
        const ReportTable &table = m_document.tables[std::size_t(t)];
        const bool valid = spec.categoryColumn >= 0 && spec.categoryColumn < columns && !spec.seriesColumns.empty()
                           && std::all_of(spec.seriesColumns.begin(), spec.seriesColumns.end(),
                                          [&](int c) { return c >= 0 && c < columns; });
        if (!valid) {
            check(LXW_ERROR_PARAMETER_VALIDATION,
                  u"the chart \"%1\" names a column its table lacks"_qs.arg(spec.title));
            return nullptr;
        }
        const uint8_t type = spec.kind == ReportChart::Kind::Bars          ? LXW_CHART_COLUMN
                             : spec.kind == ReportChart::Kind::StackedBars ? LXW_CHART_COLUMN_STACKED
                                                                           : LXW_CHART_LINE;
        lxw_chart *chart = workbook_add_chart(m_book, type);
        if (!chart) {
            check(LXW_ERROR_MEMORY_MALLOC_FAILED, u"adding the chart \"%1\""_qs.arg(spec.title));
            return nullptr;
        }
        keep(m_sheetNames[t].toUtf8());
        const char *sheetName = m_kept.back().constData();
        const lxw_row_t first = firstDataRow;
        const lxw_row_t last = lxw_row_t(firstDataRow + rows - 1);
        const lxw_col_t categories = lxw_col_t(spec.categoryColumn);
        for (const int c : spec.seriesColumns) {
            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, sheetName, first, categories, last, categories);
            chart_series_set_values(series, sheetName, first, lxw_col_t(c), last, lxw_col_t(c));
            chart_series_set_name_range(series, sheetName, headerRow, lxw_col_t(c));
            if (spec.kind == ReportChart::Kind::Lines)
                chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
        }
        const ValueKind kind = table.columns[std::size_t(spec.seriesColumns.front())].kind;
        if (drawsBand(spec))
            addBand(chart, sheet, spec, kind, bandColumn, rows, sheetName);
        keep(plainTitle(spec.title));
        chart_title_set_name(chart, m_kept.back().constData());
        if (!spec.valueAxisTitle.isEmpty()) {
            keep(plainTitle(spec.valueAxisTitle));
            chart_axis_set_name(chart->y_axis, m_kept.back().constData());
        }
        if (const char *format = numberFormat(kind))
            chart_axis_set_num_format(chart->y_axis, format);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
        return chart;
    }

    void addBand(lxw_chart *chart, lxw_worksheet *sheet, const ReportChart &spec, ValueKind kind, int &column, int rows,
                 const char *sheetName)
    {
        const lxw_row_t first = firstDataRow;
        const lxw_row_t last = lxw_row_t(firstDataRow + rows - 1);
        const lxw_col_t categories = lxw_col_t(spec.categoryColumn);
        lxw_row_col_options hidden{};
        hidden.hidden = 1;
        lxw_format *number = kind == ValueKind::Text ? nullptr : m_numbers[std::size_t(kind)];
        const int seriesBefore = int(spec.seriesColumns.size());
        for (const double bound : {spec.band->low, spec.band->high}) {
            const lxw_col_t c = lxw_col_t(column++);
            check(worksheet_set_column_opt(sheet, c, c, 8, nullptr, &hidden), u"hiding the band's column"_qs);
            for (int r = 0; r < rows; ++r)
                check(worksheet_write_number(sheet, lxw_row_t(firstDataRow + r), c, bound, number),
                      u"writing the band"_qs);
            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, sheetName, first, categories, last, categories);
            chart_series_set_values(series, sheetName, first, c, last, c);
            lxw_chart_line line{};
            line.color = 0xA6A6A6;
            line.width = 1.25f;
            line.dash_type = LXW_CHART_LINE_DASH_DASH;
            chart_series_set_line(series, &line);
            chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
        }
        chart_show_hidden_data(chart); // the band's columns are hidden
        // The two bounds have no names in the report's language: keep them out of the legend.
        m_deleted.push_back({int16_t(seriesBefore), int16_t(seriesBefore + 1), -1});
        check(chart_legend_delete_series(chart, m_deleted.back().data()), u"naming the band"_qs);
    }

    void writeManifestSheet()
    {
        lxw_worksheet *sheet = addSheet(XlsxReport::manifestSheet);
        if (!sheet)
            return;
        const std::vector<QByteArray> cells = manifestCells(m_manifest, XlsxReport::manifestChunk);
        for (std::size_t r = 0; r < cells.size(); ++r)
            check(worksheet_write_string(sheet, lxw_row_t(r), 0, cells[r].constData(), nullptr),
                  u"writing the manifest"_qs);
        worksheet_hide(sheet);
    }

    // libxlsxwriter keeps some pointers until the workbook is closed.
    void keep(QByteArray bytes) { m_kept.push_back(std::move(bytes)); }

    const ReportDocument &m_document;
    const QByteArray m_manifest;
    QStringList m_sheetNames;
    lxw_workbook *m_book = nullptr;
    std::optional<QString> m_error;
    std::pair<int, QString> m_lastLink{-2, {}};
    struct
    {
        QByteArray title;
        QByteArray subject;
    } m_properties;
    std::vector<QByteArray> m_kept; // a vector of QByteArray: the data stays put when it grows
    std::vector<std::array<int16_t, 3>> m_deleted;
    lxw_format *m_title = nullptr;
    lxw_format *m_subtitle = nullptr;
    lxw_format *m_muted = nullptr;
    lxw_format *m_heading = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_paragraph = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_note = nullptr;
    std::array<lxw_format *, 6> m_numbers{};
};

Status writeOnce(const ReportDocument &document, const QByteArray &manifest, const QString &path)
{
    const CNumericLocale cLocale;
    return WorkbookWriter(document, manifest).write(path);
}

} // namespace

Status XlsxReport::write(const ReportDocument &document, const QString &path)
{
    const QByteArray manifest = ReportManifest::embeddable(document.manifest);
    if (manifest.count(ReportSeal::placeholder()) != 1)
        return Error{
            QCoreApplication::translate("ReportError", "the report's manifest holds no single seal placeholder"), path,
            0, 0, QCoreApplication::translate("ReportError", "This is a bug in LeadStage; please report it.")};

    Result<QString> unsealed = ReportFile::temporaryBeside(path);
    if (!unsealed)
        return unsealed.error();
    Result<QString> sealed = ReportFile::temporaryBeside(path);
    if (!sealed) {
        QFile::remove(*unsealed);
        return sealed.error();
    }
    const auto cleanUp = [&](Error error) {
        QFile::remove(*unsealed);
        QFile::remove(*sealed);
        error.where = path;
        return error;
    };

    // The zip compresses the manifest, so the seal cannot be patched into the file:
    // write it with the placeholder, seal its entries, write it again with the digest.
    if (Status written = writeOnce(document, manifest, *unsealed); !written)
        return cleanUp(written.error());
    Result<std::vector<ReportPart>> parts = readParts(*unsealed);
    if (!parts)
        return cleanUp(parts.error());
    if (!ReportSeal::seal(*parts))
        return cleanUp(Error{
            QCoreApplication::translate("ReportError", "the workbook does not hold its seal placeholder exactly once"),
            {},
            0,
            0,
            QCoreApplication::translate("ReportError",
                                        "A table cell holds the seal's marker; this is a bug in LeadStage.")});
    QByteArray digest;
    for (const ReportPart &part : *parts)
        if (const qsizetype at = part.bytes.indexOf(ReportSeal::marker()); at >= 0)
            digest = part.bytes.mid(at, ReportSeal::placeholder().size());
    QByteArray sealedManifest = manifest;
    sealedManifest.replace(ReportSeal::placeholder(), digest);
    if (Status written = writeOnce(document, sealedManifest, *sealed); !written)
        return cleanUp(written.error());

    Result<std::vector<ReportPart>> written = readParts(*sealed);
    if (!written)
        return cleanUp(written.error());
    if (ReportSeal::check(*written) != ReportSeal::State::Intact)
        return cleanUp(
            Error{QCoreApplication::translate("ReportError",
                                              "the sealed workbook differs from the one sealed beyond its seal"),
                  {},
                  0,
                  0,
                  QCoreApplication::translate("ReportError", "This is a bug in LeadStage; please report it.")});
    QFile::remove(*unsealed);
    return ReportFile::replace(*sealed, path);
}

} // namespace LeadStage
