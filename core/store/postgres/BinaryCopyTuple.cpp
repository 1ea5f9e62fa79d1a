#include "BinaryCopyTuple.h"

#include <bit>
#include <cstring>

namespace LeadStage::BinaryCopyTuple {

namespace {

// Big-endian, as COPY wants it; appended in one piece (a byte at a time was a fifth of
// a 1 M-lead server rescore's client time).
std::uint32_t big32(std::uint32_t value)
{
    return std::endian::native == std::endian::big ? value : __builtin_bswap32(value);
}

std::uint64_t big64(std::uint64_t value)
{
    return std::endian::native == std::endian::big ? value : __builtin_bswap64(value);
}

void putLength(std::string &out, std::uint32_t length)
{
    const std::uint32_t big = big32(length);
    out.append(reinterpret_cast<const char *>(&big), 4);
}

} // namespace

void beginTuple(std::string &out, int fields)
{
    const char count[2] = {char((fields >> 8) & 0xff), char(fields & 0xff)};
    out.append(count, 2);
}

void appendNull(std::string &out)
{
    putLength(out, 0xffffffffU); // a length of -1
}

void appendBigint(std::string &out, std::int64_t value)
{
    char field[12];
    const std::uint32_t length = big32(8);
    const std::uint64_t big = big64(std::uint64_t(value));
    std::memcpy(field, &length, 4);
    std::memcpy(field + 4, &big, 8);
    out.append(field, 12);
}

void appendBytes(std::string &out, std::span<const std::byte> bytes)
{
    putLength(out, std::uint32_t(bytes.size()));
    out.append(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

void appendText(std::string &out, std::string_view utf8)
{
    putLength(out, std::uint32_t(utf8.size()));
    out.append(utf8);
}

} // namespace LeadStage::BinaryCopyTuple
