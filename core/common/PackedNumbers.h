#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace LeadStage::PackedNumbers {

// The numbers of the workspace's packed copies (EventBlocks, LeadBlocks): unsigned
// LEB128, seven bits a byte, low first, so that the small differences of sorted ids and
// times take a byte or two.
inline void put(std::vector<std::byte> &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(std::byte((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.push_back(std::byte(value));
}

// Signed numbers zigzagged first (a lead's first event may be earlier than the one before it).
inline void putSigned(std::vector<std::byte> &out, std::int64_t value)
{
    put(out, (std::uint64_t(value) << 1) ^ std::uint64_t(value >> 63));
}

inline void putText(std::vector<std::byte> &out, std::string_view text)
{
    put(out, text.size());
    const auto *bytes = reinterpret_cast<const std::byte *>(text.data());
    out.insert(out.end(), bytes, bytes + text.size());
}

// Differences wrap around as unsigned numbers do: any two ids or times, even from a
// hand-edited file at the ends of the range, pack and come back exactly.
inline std::int64_t difference(std::int64_t value, std::int64_t previous)
{
    return std::int64_t(std::uint64_t(value) - std::uint64_t(previous));
}

inline std::int64_t sum(std::int64_t previous, std::int64_t difference)
{
    return std::int64_t(std::uint64_t(previous) + std::uint64_t(difference));
}

// Reads what put() and its kin wrote; past the end or on a number too long it says
// `damaged` and gives zeros and empty texts, never bytes beyond the data.
struct Reader
{
    std::span<const std::byte> data;
    std::size_t at = 0;
    bool damaged = false;

    std::uint64_t number()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= data.size())
                break;
            const auto byte = std::uint64_t(data[at++]);
            value |= (byte & 0x7F) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        damaged = true;
        return 0;
    }
    std::int64_t signedNumber()
    {
        const std::uint64_t value = number();
        return std::int64_t(value >> 1) ^ -std::int64_t(value & 1);
    }
    std::string_view text()
    {
        const std::uint64_t size = number();
        if (damaged || size > data.size() - at) {
            damaged = true;
            return {};
        }
        const std::string_view bytes(reinterpret_cast<const char *>(data.data() + at), std::size_t(size));
        at += std::size_t(size);
        return bytes;
    }
    bool atEnd() const { return at == data.size(); }
};

} // namespace LeadStage::PackedNumbers
