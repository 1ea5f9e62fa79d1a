#include "RecordBatch.h"

#include <QStringEncoder>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace LeadStage {

namespace {

RecordBatch::Span append(std::u16string &pool, QStringView text)
{
    const RecordBatch::Span span{std::uint32_t(pool.size()), std::uint32_t(text.size())};
    if (!text.isEmpty()) // a null view's pointer is no range to copy from
        pool.append(text.utf16(), std::size_t(text.size()));
    return span;
}

} // namespace

void RecordBatch::clear()
{
    m_records.clear();
    // Each keeps its capacity
    m_raw.clear();
    m_texts.clear();
    m_utf8.clear();
    bytesRead = 0;
    clearRows();
}

void RecordBatch::begin(const CsvRecord &record)
{
    m_records.push_back({record.line(), append(m_raw, record.raw()), std::nullopt});
}

void RecordBatch::reject(int column, QString reason, QString unmappedActivity)
{
    // The first problem explains the record; later ones are usually its echoes.
    if (!m_records.back().rejection)
        m_records.back().rejection = Rejection{column, std::move(reason), std::move(unmappedActivity)};
}

QStringView RecordBatch::raw(std::size_t record) const
{
    const Span span = m_records[record].raw;
    return QStringView(m_raw.data() + span.offset, span.length);
}

RecordBatch::Span RecordBatch::keep(QStringView text)
{
    return append(m_texts, text);
}

RecordBatch::Span RecordBatch::keepUtf8(QStringView text)
{
    const std::size_t begin = m_utf8.size();
    const char16_t *in = text.utf16();
    const std::size_t length = std::size_t(text.size());
    // Most cells are ASCII: a byte each, without the encoder (ten million event details).
    m_utf8.resize(begin + length);
    if (narrowAscii(in, length, m_utf8.data() + begin))
        return Span{std::uint32_t(begin), std::uint32_t(length)};
    m_utf8.resize(begin + length * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(m_utf8.data() + begin, text);
    m_utf8.resize(std::size_t(end - m_utf8.data()));
    return Span{std::uint32_t(begin), std::uint32_t(m_utf8.size() - begin)};
}

// Writes `length` UTF-16 units as bytes while all are ASCII: false at the first that is
// not (what was written is then overwritten). Eight at a time where SSE2 is there.
bool RecordBatch::narrowAscii(const char16_t *in, std::size_t length, char *out)
{
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i high = _mm_set1_epi16(short(0xff80));
    for (; i + 8 <= length; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(units, high), _mm_setzero_si128())) != 0xffff)
            return false;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out + i), _mm_packus_epi16(units, units));
    }
#endif
    for (; i < length; ++i) {
        if (in[i] >= 0x80)
            return false;
        out[i] = char(in[i]);
    }
    return true;
}

} // namespace LeadStage
