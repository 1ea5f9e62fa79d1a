#include "TableDigest.h"

#include "RealText.h"

#include <charconv>

namespace LeadStage {

namespace {

constexpr std::size_t flushAt = 1 << 16;

void appendInteger(std::string &out, std::int64_t value)
{
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

} // namespace

void TableDigest::add(TableRow row)
{
    for (const FieldValue &field : row) {
        switch (field.kind) {
        case FieldValue::Kind::Null:
            m_buffer += 'N';
            break;
        case FieldValue::Kind::Integer:
            m_buffer += 'I';
            appendInteger(m_buffer, field.integer);
            m_buffer += ';';
            break;
        case FieldValue::Kind::Real:
            m_buffer += 'R';
            appendReal(m_buffer, field.real);
            m_buffer += ';';
            break;
        case FieldValue::Kind::Text:
            m_buffer += 'T';
            appendInteger(m_buffer, std::int64_t(field.text.size()));
            m_buffer += ':';
            m_buffer += field.text;
            break;
        }
    }
    m_buffer += '\n';
    ++m_rows;
    if (m_buffer.size() >= flushAt)
        flush();
}

void TableDigest::flush()
{
    m_hash.add(m_buffer.data(), m_buffer.size());
    m_buffer.clear();
}

QString TableDigest::finish()
{
    flush();
    m_rows = 0;
    return m_hash.hexDigest();
}

} // namespace LeadStage
