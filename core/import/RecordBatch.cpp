#include "RecordBatch.h"

#include <QStringEncoder>

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
    m_utf8.resize(begin + std::size_t(text.size()) * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(m_utf8.data() + begin, text);
    m_utf8.resize(std::size_t(end - m_utf8.data()));
    return Span{std::uint32_t(begin), std::uint32_t(m_utf8.size() - begin)};
}

} // namespace LeadStage
