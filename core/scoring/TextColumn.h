#pragma once

#include "StringPool.h"
#include "TransparentHash.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace LeadStage {

// One text field of every lead: an id per lead into a pool of distinct values.
struct TextColumn
{
    StringPool pool;
    std::vector<std::uint32_t> ids;
    std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> utf8Ids;

    void append(const QString &text) { ids.push_back(pool.intern(text)); }
    // The same from UTF-8 bytes, for bulk loading: a repeated value costs a hash of its
    // bytes, not a QString. Only the first distinct values are remembered by bytes, so a
    // column of unique values (e-mails) does not keep a second copy of each.
    void appendUtf8(std::string_view text);
    const QString &at(std::size_t lead) const { return pool.at(ids[lead]); }
};

} // namespace LeadStage
