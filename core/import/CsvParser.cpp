#include "CsvParser.h"

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace LeadStage {

namespace {

constexpr char16_t quote = u'"';

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

int nextColumn(const CsvRecord &record)
{
    return int(record.size()) + 1;
}

} // namespace

struct CsvParser::Cursor
{
    const char16_t *data;
    qsizetype pos;
    qsizetype size;
    bool atEnd;
    int lineEnds = 0;
};

CsvParser::Outcome CsvParser::parse(QStringView text, qsizetype from, bool atEnd, CsvRecord &record) const
{
    record.reset(text);
    Cursor c{text.utf16(), from, text.size(), atEnd};
    if (c.pos >= c.size)
        return {atEnd ? Step::End : Step::NeedMore, from, 0};
    if (isLineEnd(c.data[c.pos])) {
        if (!lineEnd(c))
            return {Step::NeedMore, from, 0};
        return {Step::Blank, c.pos, c.lineEnds};
    }
    record.m_rawBegin = from;
    for (;;) {
        const bool quoted = c.pos < c.size && c.data[c.pos] == quote;
        if (!(quoted ? quotedField(c, record) : unquotedField(c, record)))
            return {Step::NeedMore, from, 0};
        if (c.pos == c.size) // only when atEnd: the last record has no line end
            break;
        if (c.data[c.pos] == m_separator) {
            ++c.pos;
            continue;
        }
        record.m_rawEnd = c.pos;
        if (!lineEnd(c))
            return {Step::NeedMore, from, 0};
        return {Step::Record, c.pos, c.lineEnds};
    }
    record.m_rawEnd = c.pos;
    return {Step::Record, c.pos, c.lineEnds};
}

// Consumes LF, CR or CRLF. A CR at the very end of the text may be half of a CRLF.
bool CsvParser::lineEnd(Cursor &c) const
{
    if (c.data[c.pos] == u'\r') {
        if (c.pos + 1 == c.size && !c.atEnd)
            return false;
        if (c.pos + 1 < c.size && c.data[c.pos + 1] == u'\n')
            ++c.pos;
    }
    ++c.pos;
    ++c.lineEnds;
    return true;
}

// The first character from `pos` on that ends an unquoted field or is a quote in it:
// eight at a time where SSE2 is there (every x86-64), as this is the import's hottest loop.
qsizetype CsvParser::nextSpecial(const char16_t *data, qsizetype pos, qsizetype size) const
{
#if defined(__SSE2__)
    const __m128i separator = _mm_set1_epi16(short(m_separator));
    const __m128i lineFeed = _mm_set1_epi16(u'\n');
    const __m128i carriageReturn = _mm_set1_epi16(u'\r');
    const __m128i quoteChar = _mm_set1_epi16(short(quote));
    for (; pos + 8 <= size; pos += 8) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + pos));
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chars, separator), _mm_cmpeq_epi16(chars, lineFeed)),
                         _mm_or_si128(_mm_cmpeq_epi16(chars, carriageReturn), _mm_cmpeq_epi16(chars, quoteChar)));
        if (const int mask = _mm_movemask_epi8(special))
            return pos + std::countr_zero(unsigned(mask)) / 2;
    }
#endif
    for (; pos < size; ++pos) {
        const char16_t ch = data[pos];
        if (ch == m_separator || ch == u'\n' || ch == u'\r' || ch == quote)
            return pos;
    }
    return size;
}

bool CsvParser::unquotedField(Cursor &c, CsvRecord &record) const
{
    const char16_t separator = m_separator;
    const char16_t *data = c.data;
    const qsizetype start = c.pos;
    qsizetype pos = start;
    for (; (pos = nextSpecial(data, pos, c.size)) < c.size; ++pos) {
        const char16_t ch = data[pos];
        if (ch == separator || ch == u'\n' || ch == u'\r')
            break;
        if (ch == quote)
            record.reject(nextColumn(record), u"a quote inside a field that does not start with one "
                                              "(quote the whole field and double the quote inside)"_qs);
    }
    if (pos == c.size && !c.atEnd)
        return false;
    record.m_fields.push_back({start, pos - start, start, false});
    c.pos = pos;
    return true;
}

bool CsvParser::quotedField(Cursor &c, CsvRecord &record) const
{
    const char16_t *data = c.data;
    const qsizetype start = c.pos;
    const qsizetype unescapedStart = record.m_unescaped.size();
    bool unescaped = false;
    qsizetype segment = start + 1;
    qsizetype pos = segment;
    for (;;) {
        for (; pos < c.size && data[pos] != quote; ++pos) {
            // Line ends inside quotes still count: the next record's line number needs them.
            if (data[pos] == u'\n' || (data[pos] == u'\r' && (pos + 1 == c.size || data[pos + 1] != u'\n')))
                ++c.lineEnds;
        }
        if (pos + 1 >= c.size && !c.atEnd)
            return false; // no closing quote yet, or a quote that may be half of ""
        if (pos + 1 < c.size && data[pos + 1] == quote) {
            record.m_unescaped.append(QStringView(data + segment, pos + 1 - segment));
            unescaped = true;
            pos += 2;
            segment = pos;
            continue;
        }
        if (pos == c.size)
            record.reject(nextColumn(record), u"the quoted field is never closed (a quote is missing)"_qs);
        if (unescaped) {
            record.m_unescaped.append(QStringView(data + segment, pos - segment));
            record.m_fields.push_back({unescapedStart, record.m_unescaped.size() - unescapedStart, start, true});
        } else {
            record.m_fields.push_back({start + 1, pos - start - 1, start, false});
        }
        c.pos = pos < c.size ? pos + 1 : pos;
        return afterClosingQuote(c, record);
    }
}

// Only a separator or a line end may follow a closing quote. Anything else is reported,
// and skipped up to the next separator so that later columns keep their numbers.
bool CsvParser::afterClosingQuote(Cursor &c, CsvRecord &record) const
{
    qsizetype pos = c.pos;
    if (pos == c.size || c.data[pos] == m_separator || isLineEnd(c.data[pos]))
        return true;
    record.reject(int(record.size()), u"text after the closing quote (quote the whole field and double the "
                                      "quote inside)"_qs);
    while (pos < c.size && c.data[pos] != m_separator && !isLineEnd(c.data[pos]))
        ++pos;
    if (pos == c.size && !c.atEnd)
        return false;
    c.pos = pos;
    return true;
}

} // namespace LeadStage
