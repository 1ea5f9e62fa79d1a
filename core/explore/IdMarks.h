#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace LeadStage {

// Membership of lead ids, asked millions of times while filtering an order. Row
// ids are dense (SQLite assigns them), so a bitmap is the common case; a set takes
// over when the ids are too sparse for one.
class IdMarks
{
public:
    explicit IdMarks(const std::vector<std::int64_t> &ids);
    bool contains(std::int64_t id) const
    {
        if (m_useBits)
            return id >= 0 && std::uint64_t(id) < m_bits.size() && m_bits[std::size_t(id)];
        return m_set.contains(id);
    }

private:
    bool m_useBits = true;
    std::vector<bool> m_bits;
    std::unordered_set<std::int64_t> m_set;
};

} // namespace LeadStage
