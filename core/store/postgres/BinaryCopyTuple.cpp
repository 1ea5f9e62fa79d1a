#include "BinaryCopyTuple.h"

namespace LeadStage::BinaryCopyTuple {

namespace {

void put(std::string &out, std::uint64_t value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xff);
}

} // namespace

void beginTuple(std::string &out, int fields)
{
    put(out, std::uint64_t(fields), 2);
}

void appendNull(std::string &out)
{
    put(out, 0xffffffffU, 4); // a length of -1
}

void appendBigint(std::string &out, std::int64_t value)
{
    put(out, 8, 4);
    put(out, std::uint64_t(value), 8);
}

void appendBytes(std::string &out, std::span<const std::byte> bytes)
{
    put(out, bytes.size(), 4);
    out.append(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

void appendText(std::string &out, std::string_view utf8)
{
    put(out, utf8.size(), 4);
    out.append(utf8);
}

} // namespace LeadStage::BinaryCopyTuple
