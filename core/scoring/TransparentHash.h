#pragma once

#include <functional>
#include <string_view>

namespace LeadStage {

// Hashes std::string keys and std::string_view probes alike, so a map of UTF-8 texts
// is searched with bytes SQLite hands out, without building a string per row.
struct TransparentHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};

} // namespace LeadStage
