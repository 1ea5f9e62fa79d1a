#include "IdMarks.h"

#include <algorithm>

namespace LeadStage {

namespace {
constexpr std::int64_t maxBitmapIds = std::int64_t(1) << 27; // 16 MB of bits
}

IdMarks::IdMarks(const std::vector<std::int64_t> &ids)
{
    const auto [low, high] = std::minmax_element(ids.begin(), ids.end());
    m_useBits = ids.empty()
                || (*low >= 0 && *high < std::max<std::int64_t>(maxBitmapIds, 8 * std::int64_t(ids.size()))
                    && *high < std::int64_t(1) << 32);
    if (m_useBits) {
        m_bits.assign(ids.empty() ? 0 : std::size_t(*high) + 1, false);
        for (std::int64_t id : ids)
            m_bits[std::size_t(id)] = true;
    } else {
        m_set.insert(ids.begin(), ids.end());
    }
}

} // namespace LeadStage
