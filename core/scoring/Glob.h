#pragma once

#include <QStringView>

#include <cstdint>
#include <utility>
#include <vector>

namespace LeadStage {

// The detail patterns of rules and triggers: `*` any run, `?` one character,
// everything else literal and compared case-insensitively (URLs and asset names
// arrive in whatever case the source system used).
//
// A pattern is compiled once into the pieces between its stars. Matching a text then
// takes time linear in the text, however the pattern is built (one step per 64
// characters of the longest piece): the first piece is compared at the start, the
// last at the end, and each piece between finds its leftmost place after the one
// before with a bit-parallel (shift-and) search, never going back.
class Glob
{
public:
    explicit Glob(QStringView pattern);

    bool matches(QStringView text) const;
    static bool matches(QStringView pattern, QStringView text);

private:
    // Characters of the pattern between stars, case-folded; `?` is anyUnit.
    class Piece
    {
    public:
        static constexpr std::uint32_t anyUnit = 0x10000;

        void append(std::uint32_t unit) { m_units.push_back(unit); }
        qsizetype size() const { return qsizetype(m_units.size()); }
        bool matchesAt(QStringView text, qsizetype at) const;
        // Builds the masks find() needs; only pieces between stars are searched.
        void prepareSearch();
        // Where the piece first occurs wholly inside text[from, to), or -1.
        qsizetype find(QStringView text, qsizetype from, qsizetype to) const;

    private:
        const std::uint64_t *masksOf(char16_t folded) const;
        qsizetype findMultiWord(QStringView text, qsizetype from, qsizetype to) const;

        std::vector<std::uint32_t> m_units;
        std::size_t m_words = 0;                                // 64-bit words of a search state
        std::vector<std::uint64_t> m_any;                       // bit j: unit j is `?`
        std::vector<std::uint64_t> m_ascii;                     // 128 × m_words: where each ASCII character may stand
        std::vector<std::pair<char16_t, std::size_t>> m_others; // sorted; offset into m_otherMasks
        std::vector<std::uint64_t> m_otherMasks;
    };

    std::vector<Piece> m_pieces; // without a star: one piece; else first, middle ones, last
    bool m_hasStar = false;
};

} // namespace LeadStage
