#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <string>

namespace LeadStage {

// The one cell writer of every CSV (and clipboard TSV) export: RFC 4180 quoting and
// escaping against formula injection (OWASP "CSV Injection"). A text cell whose first
// character a spreadsheet would run — `=`, `+`, `-`, `@`, also in their full-width
// forms, after any leading spaces, tabs, line breaks or NULs a spreadsheet skips, or a
// leading tab or carriage return itself — gets a leading `'`. A text that is plainly a
// number ("-5", "+3.25", "1e-3") is not escaped, and neither are cells written as
// numbers. NUL characters never reach the file: each becomes U+FFFD, so a cell that
// held one still shows where.
class CsvWriter
{
public:
    static bool needsFormulaEscape(QStringView text);

    // The cell's text as it goes out, unquoted: NULs replaced, `'` prepended when needed.
    static QString safeText(QStringView text);

    // Appends one CSV text cell in UTF-8: escaped, and quoted when it holds a comma, a
    // quote or a line break, or was escaped.
    static void appendText(std::string &out, QStringView text);
    static QString textCell(QStringView text);
    // appendText() for text already in UTF-8 (bulk writers such as the demo's files):
    // plain ASCII-led cells are copied as they are, anything else goes through appendText().
    static void appendUtf8(std::string &out, std::string_view utf8);
    static void appendInteger(std::string &out, std::int64_t value);
    // The shortest text that reads back to the same double.
    static void appendNumber(std::string &out, double value);

    // A TSV cell (tab-separated text for the clipboard cannot quote): tabs and line
    // breaks become spaces, then it is escaped like a CSV cell.
    static QString tsvCell(QStringView text);
};

} // namespace LeadStage
