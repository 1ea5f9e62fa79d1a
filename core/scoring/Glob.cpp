#include "Glob.h"

#include <QChar>

#include <algorithm>

namespace LeadStage {

namespace {

char16_t folded(QChar c)
{
    const char16_t unit = c.unicode();
    if (unit < 128)
        return unit >= u'A' && unit <= u'Z' ? char16_t(unit + 32) : unit;
    return c.toCaseFolded().unicode();
}

void setBit(std::uint64_t *words, std::size_t bit)
{
    words[bit / 64] |= std::uint64_t(1) << (bit % 64);
}

} // namespace

Glob::Glob(QStringView pattern)
{
    m_pieces.emplace_back();
    for (const QChar c : pattern) {
        if (c == u'*') {
            m_hasStar = true;
            // Stars in a row are one star: an empty piece between them asks for nothing.
            if (m_pieces.size() == 1 || m_pieces.back().size() > 0)
                m_pieces.emplace_back();
            continue;
        }
        m_pieces.back().append(c == u'?' ? Piece::anyUnit : folded(c));
    }
    for (std::size_t i = 1; i + 1 < m_pieces.size(); ++i)
        m_pieces[i].prepareSearch();
}

bool Glob::matches(QStringView pattern, QStringView text)
{
    return Glob(pattern).matches(text);
}

bool Glob::matches(QStringView text) const
{
    const Piece &first = m_pieces.front();
    if (!m_hasStar)
        return text.size() == first.size() && first.matchesAt(text, 0);
    const Piece &last = m_pieces.back();
    if (text.size() < first.size() + last.size() || !first.matchesAt(text, 0)
        || !last.matchesAt(text, text.size() - last.size()))
        return false;
    // Leftmost places are enough: any later place leaves less room for what follows.
    qsizetype from = first.size();
    const qsizetype to = text.size() - last.size();
    for (std::size_t i = 1; i + 1 < m_pieces.size(); ++i) {
        const qsizetype at = m_pieces[i].find(text, from, to);
        if (at < 0)
            return false;
        from = at + m_pieces[i].size();
    }
    return true;
}

bool Glob::Piece::matchesAt(QStringView text, qsizetype at) const
{
    for (std::size_t j = 0; j < m_units.size(); ++j)
        if (m_units[j] != anyUnit && m_units[j] != folded(text[at + qsizetype(j)]))
            return false;
    return true;
}

void Glob::Piece::prepareSearch()
{
    m_words = (m_units.size() + 63) / 64;
    m_any.assign(m_words, 0);
    for (std::size_t j = 0; j < m_units.size(); ++j)
        if (m_units[j] == anyUnit)
            setBit(m_any.data(), j);
    m_ascii.resize(128 * m_words);
    for (std::size_t c = 0; c < 128; ++c)
        std::copy(m_any.begin(), m_any.end(), m_ascii.begin() + std::ptrdiff_t(c * m_words));
    for (std::size_t j = 0; j < m_units.size(); ++j) {
        const std::uint32_t unit = m_units[j];
        if (unit == anyUnit)
            continue;
        if (unit < 128) {
            setBit(m_ascii.data() + unit * m_words, j);
            continue;
        }
        auto known = std::find_if(m_others.begin(), m_others.end(), [unit](const auto &o) { return o.first == unit; });
        if (known == m_others.end()) {
            m_others.emplace_back(char16_t(unit), m_otherMasks.size());
            m_otherMasks.insert(m_otherMasks.end(), m_any.begin(), m_any.end());
            known = m_others.end() - 1;
        }
        setBit(m_otherMasks.data() + known->second, j);
    }
    std::sort(m_others.begin(), m_others.end());
}

const std::uint64_t *Glob::Piece::masksOf(char16_t unit) const
{
    if (unit < 128)
        return m_ascii.data() + std::size_t(unit) * m_words;
    const auto known = std::lower_bound(m_others.begin(), m_others.end(), std::pair(unit, std::size_t(0)));
    if (known != m_others.end() && known->first == unit)
        return m_otherMasks.data() + known->second;
    return m_any.data();
}

qsizetype Glob::Piece::find(QStringView text, qsizetype from, qsizetype to) const
{
    const qsizetype length = size();
    if (to - from < length)
        return -1;
    if (m_words > 1)
        return findMultiWord(text, from, to);
    // Bit j of `state`: the last j + 1 characters match the piece's first j + 1.
    const std::uint64_t found = std::uint64_t(1) << (length - 1);
    std::uint64_t state = 0;
    for (qsizetype i = from; i < to; ++i) {
        state = ((state << 1) | 1) & *masksOf(folded(text[i]));
        if (state & found)
            return i - length + 1;
    }
    return -1;
}

qsizetype Glob::Piece::findMultiWord(QStringView text, qsizetype from, qsizetype to) const
{
    const qsizetype length = size();
    const std::size_t top = std::size_t(length - 1);
    std::vector<std::uint64_t> state(m_words, 0);
    for (qsizetype i = from; i < to; ++i) {
        const std::uint64_t *masks = masksOf(folded(text[i]));
        std::uint64_t carry = 1;
        for (std::size_t w = 0; w < m_words; ++w) {
            const std::uint64_t next = state[w] >> 63;
            state[w] = ((state[w] << 1) | carry) & masks[w];
            carry = next;
        }
        if ((state[top / 64] >> (top % 64)) & 1)
            return i - length + 1;
    }
    return -1;
}

} // namespace LeadStage
