#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>
#include <string_view>

namespace LeadStage {

// A fast 32-bit hash of a short text for LeadStage's own in-memory tables (TextColumn,
// LeadIndex, the import's activity and detail numbers); Qt's qHash with seed 0 runs
// SipHash, about 130 instructions for a ten-character name. Multiply-xorshift over
// 8-byte words (the last one overlapping its neighbour, short texts read in overlapping
// pieces), finished by MurmurHash3's fmix64 so that every bit of a slot index depends
// on every byte. Not kept anywhere: a table's hashes live and die with it.
inline std::uint32_t textHash(std::string_view text)
{
    constexpr std::uint64_t odd = 0x9E3779B97F4A7C15;
    const char *bytes = text.data();
    const std::size_t size = text.size();
    const auto read64 = [bytes](std::size_t at) {
        std::uint64_t word;
        std::memcpy(&word, bytes + at, sizeof word);
        return word;
    };
    const auto read32 = [bytes](std::size_t at) {
        std::uint32_t word;
        std::memcpy(&word, bytes + at, sizeof word);
        return std::uint64_t(word);
    };
    std::uint64_t hash = size * odd;
    const auto mix = [&hash](std::uint64_t word) {
        hash = (hash ^ word) * odd;
        hash ^= hash >> 32;
    };
    if (size >= 8) {
        for (std::size_t at = 0; at + 8 < size; at += 8)
            mix(read64(at));
        mix(read64(size - 8));
    } else if (size >= 4) {
        mix(read32(0) << 32 | read32(size - 4));
    } else if (size > 0) {
        const auto byte = [bytes](std::size_t at) { return std::uint64_t(static_cast<unsigned char>(bytes[at])); };
        mix(byte(0) << 16 | byte(size / 2) << 8 | byte(size - 1));
    }
    hash ^= hash >> 33;
    hash *= 0xFF51AFD7ED558CCD;
    hash ^= hash >> 33;
    hash *= 0xC4CEB9FE1A85EC53;
    hash ^= hash >> 33;
    return std::uint32_t(hash);
}

// The same over a text's UTF-16 code units, as bytes.
inline std::uint32_t textHash(QStringView text)
{
    return textHash(std::string_view(reinterpret_cast<const char *>(text.utf16()), std::size_t(text.size()) * 2));
}

} // namespace LeadStage
