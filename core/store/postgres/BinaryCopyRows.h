#pragma once

#include "common/Result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace LeadStage {

// The rows of `COPY (…) TO STDOUT (FORMAT binary)` whose columns are all bigint, as bulk
// readers take them: the bytes in whatever pieces libpq hands them over, each complete
// row's values (NULL read as 0, with its bit set in `nulls`) passed on as it completes.
class BinaryCopyRows
{
public:
    using Row = std::function<Status(std::span<const std::int64_t> values, std::uint64_t nulls)>;
    // Each field's bytes as the server sent them (nullopt: NULL), valid during the call:
    // for rows of other types (a bytea's bytes as they are; bigint() reads a bigint's).
    using Fields = std::function<Status(std::span<const std::optional<std::string_view>> fields)>;

    BinaryCopyRows(int columns, Row row);
    BinaryCopyRows(int columns, Fields fields);

    // A bigint field's value (8 bytes, big-endian).
    static std::int64_t bigint(std::string_view field);

    // The next piece of the stream.
    Status feed(std::string_view bytes);
    // Whether the stream ended with its trailer: anything else is a cut-off copy.
    bool complete() const { return m_ended; }

private:
    Status parse();

    int m_columns;
    Fields m_fieldsRow;
    bool m_bigints = false; // every non-NULL field must be 8 bytes
    std::vector<std::optional<std::string_view>> m_fields;
    std::string m_buffer;
    std::size_t m_at = 0;
    bool m_headerRead = false;
    bool m_ended = false;
};

} // namespace LeadStage
