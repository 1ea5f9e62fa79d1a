#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace LeadStage {

// One value of a workspace row as it travels between stores: the three types the
// schema uses, and NULL (never the same as an empty text).
struct FieldValue
{
    enum class Kind { Null, Integer, Real, Text };

    Kind kind = Kind::Null;
    std::int64_t integer = 0;
    double real = 0;
    std::string_view text; // valid until the reader moves to the next row
};

// A row as a reader hands it over: valid until the reader's next row.
using TableRow = std::span<const FieldValue>;

} // namespace LeadStage
