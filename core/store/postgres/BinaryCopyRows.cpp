#include "BinaryCopyRows.h"

#include <QCoreApplication>

#include <cstring>

namespace LeadStage {

namespace {

// PostgreSQL's binary COPY signature, then 32-bit flags and the header extension's length.
constexpr char signature[] = "PGCOPY\n\377\r\n";
constexpr std::size_t signatureBytes = 11;
constexpr std::size_t headerBytes = signatureBytes + 4 + 4;

std::uint32_t bigEndian32(const char *at)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(at);
    return std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16 | std::uint32_t(bytes[2]) << 8 | bytes[3];
}

std::int64_t bigEndian64(const char *at)
{
    return std::int64_t(std::uint64_t(bigEndian32(at)) << 32 | bigEndian32(at + 4));
}

Error malformed(const QString &what)
{
    return Error{QCoreApplication::translate("StoreError", "the server's binary copy is not as expected: %1").arg(what),
                 QString()};
}

} // namespace

// Bigint rows are field rows read as numbers: one parser for both.
BinaryCopyRows::BinaryCopyRows(int columns, Row row)
    : BinaryCopyRows(columns, Fields([row = std::move(row), values = std::vector<std::int64_t>(std::size_t(columns))](
                                         std::span<const std::optional<std::string_view>> fields) mutable -> Status {
                         std::uint64_t nulls = 0;
                         for (std::size_t column = 0; column < fields.size(); ++column) {
                             const auto &field = fields[column];
                             values[column] = field ? bigEndian64(field->data()) : 0; // parse() checked the 8 bytes
                             if (!field)
                                 nulls |= std::uint64_t(1) << column;
                         }
                         return row(values, nulls);
                     }))
{
    m_bigints = true;
}

BinaryCopyRows::BinaryCopyRows(int columns, Fields fields)
    : m_columns(columns)
    , m_fieldsRow(std::move(fields))
    , m_fields(std::size_t(columns))
{}

std::int64_t BinaryCopyRows::bigint(std::string_view field)
{
    return field.size() == 8 ? bigEndian64(field.data()) : 0;
}

Status BinaryCopyRows::feed(std::string_view bytes)
{
    // Rows come a message each; only what is left of one piece waits for the next.
    if (m_at > 0) {
        m_buffer.erase(0, m_at);
        m_at = 0;
    }
    m_buffer.append(bytes);
    return parse();
}

Status BinaryCopyRows::parse()
{
    const char *data = m_buffer.data();
    const std::size_t size = m_buffer.size();
    if (!m_headerRead) {
        if (size < headerBytes)
            return {};
        if (std::memcmp(data, signature, signatureBytes) != 0)
            return malformed(QCoreApplication::translate("StoreError", "no PGCOPY signature"));
        const std::size_t rowsStart = headerBytes + bigEndian32(data + signatureBytes + 4);
        if (size < rowsStart)
            return {}; // the header's extension is still to come
        m_at = rowsStart;
        m_headerRead = true;
    }
    while (!m_ended && m_at + 2 <= size) {
        const auto fields = std::int16_t(std::uint16_t(std::uint8_t(data[m_at])) << 8 | std::uint8_t(data[m_at + 1]));
        if (fields == -1) {
            m_ended = true;
            m_at += 2;
            break;
        }
        if (fields != m_columns)
            return malformed(QCoreApplication::translate("StoreError", "a row of %1 columns, %2 expected")
                                 .arg(fields)
                                 .arg(m_columns));
        // A row is taken only once all of it is here.
        std::size_t at = m_at + 2;
        bool whole = true;
        for (int column = 0; column < m_columns; ++column) {
            if (at + 4 > size) {
                whole = false;
                break;
            }
            const auto length = std::int32_t(bigEndian32(data + at));
            at += 4;
            if (length == -1) {
                m_fields[std::size_t(column)] = std::nullopt;
                continue;
            }
            // Refused as soon as its length is read, not when its row is whole.
            if (length < 0 || (m_bigints && length != 8))
                return malformed(
                    m_bigints
                        ? QCoreApplication::translate("StoreError", "a value of %1 bytes, not a bigint").arg(length)
                        : QCoreApplication::translate("StoreError", "a value of %1 bytes").arg(length));
            if (at + std::size_t(length) > size) {
                whole = false;
                break;
            }
            m_fields[std::size_t(column)] = std::string_view(data + at, std::size_t(length));
            at += std::size_t(length);
        }
        if (!whole)
            break;
        m_at = at;
        if (Status status = m_fieldsRow(m_fields); !status)
            return status;
    }
    return {};
}

} // namespace LeadStage
