#pragma once

#include "CsvRecord.h"

#include <QStringView>

namespace LeadStage {

// Splits CSV text into records (RFC 4180 plus what real exports do: CR, LF or CRLF line
// ends, blank lines, no final line end). It keeps no state between records: the caller
// owns the text, and when a record runs past the end of the text read so far the parser
// says so and the caller calls again, from the same place, with more text.
class CsvParser
{
public:
    enum class Step {
        Record,   // a record was parsed into `record`
        Blank,    // an empty line, skipped
        NeedMore, // the text ends inside a record: append more and call again
        End,      // no text left and `atEnd`
    };

    struct Outcome
    {
        Step step;
        qsizetype next; // where the next record starts
        int lineEnds;   // physical line ends consumed, inside quotes and after the record
    };

    explicit CsvParser(char16_t separator)
        : m_separator(separator)
    {}

    char16_t separator() const { return m_separator; }

    // Parses the record at `from`. `atEnd` says no text follows `text`. The record's
    // line is left 0 and its error's `where`/`line` empty: the caller knows them.
    Outcome parse(QStringView text, qsizetype from, bool atEnd, CsvRecord &record) const;

private:
    struct Cursor;
    bool lineEnd(Cursor &cursor) const;
    bool unquotedField(Cursor &cursor, CsvRecord &record) const;
    qsizetype nextSpecial(const char16_t *data, qsizetype pos, qsizetype size) const;
    bool quotedField(Cursor &cursor, CsvRecord &record) const;
    bool afterClosingQuote(Cursor &cursor, CsvRecord &record) const;

    char16_t m_separator;
};

} // namespace LeadStage
