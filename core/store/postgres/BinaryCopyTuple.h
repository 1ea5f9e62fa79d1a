#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace LeadStage {

// Rows in COPY's binary format (`COPY … FROM STDIN (FORMAT binary)`), appended to a
// buffer: each tuple its field count, then each field's length and bytes, numbers most
// significant byte first. No escaping and no hex: a bytea or a text goes as its bytes.
namespace BinaryCopyTuple {

// What a stream starts with (the signature, no flags, no header extension) and ends with.
inline constexpr std::string_view header{"PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0", 19};
inline constexpr std::string_view trailer{"\377\377", 2};

void beginTuple(std::string &out, int fields);
void appendNull(std::string &out);
void appendBigint(std::string &out, std::int64_t value);
void appendBytes(std::string &out, std::span<const std::byte> bytes); // bytea
void appendText(std::string &out, std::string_view utf8);

} // namespace BinaryCopyTuple
} // namespace LeadStage
