#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace LeadStage {

// Ids in order, each once. An import's touched leads are nearly every id of a range,
// twice over (the leads file's rows, then the events'): marked in a table of the range
// and read back in order, two million ids take a few milliseconds instead of the 70 of
// a sort. Ids spread thinly over a wide range are sorted.
inline void sortUniqueIds(std::vector<std::int64_t> &ids)
{
    if (ids.empty())
        return;
    const auto [least, most] = std::minmax_element(ids.begin(), ids.end());
    const auto first = std::uint64_t(*least);
    const std::uint64_t span = std::uint64_t(*most) - first; // unsigned: no overflow
    if (span / 4 > ids.size()) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return;
    }
    std::vector<bool> seen(std::size_t(span) + 1);
    for (const std::int64_t id : ids)
        seen[std::size_t(std::uint64_t(id) - first)] = true;
    ids.clear();
    for (std::size_t at = 0; at < seen.size(); ++at)
        if (seen[at])
            ids.push_back(std::int64_t(first + at));
}

} // namespace LeadStage
