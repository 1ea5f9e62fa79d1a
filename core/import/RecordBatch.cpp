#include "RecordBatch.h"

#include <QStringEncoder>

#include <algorithm>

namespace LeadStage {

namespace {

RecordBatch::Span append(QString &pool, QStringView text)
{
    const RecordBatch::Span span{std::uint32_t(pool.size()), std::uint32_t(text.size())};
    pool.append(text);
    return span;
}

} // namespace

void RecordBatch::clear()
{
    m_records.clear();
    // resize(0) keeps the capacity, unlike clear()
    m_raw.resize(0);
    m_texts.resize(0);
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
    return QStringView(m_raw).sliced(span.offset, span.length);
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
    if (std::all_of(in, in + length, [](char16_t c) { return c < 0x80; })) {
        m_utf8.resize(begin + length);
        std::copy(in, in + length, m_utf8.begin() + std::ptrdiff_t(begin));
        return Span{std::uint32_t(begin), std::uint32_t(length)};
    }
    m_utf8.resize(begin + length * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(m_utf8.data() + begin, text);
    m_utf8.resize(std::size_t(end - m_utf8.data()));
    return Span{std::uint32_t(begin), std::uint32_t(m_utf8.size() - begin)};
}

} // namespace LeadStage
