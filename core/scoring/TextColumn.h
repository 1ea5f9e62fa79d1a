#pragma once

#include "StringPool.h"

#include <cstddef>

namespace LeadStage {

// One text field of every lead: an id per lead into a pool of distinct values.
struct TextColumn
{
    StringPool pool;
    std::vector<std::uint32_t> ids;

    void append(const QString &text) { ids.push_back(pool.intern(text)); }
    const QString &at(std::size_t lead) const { return pool.at(ids[lead]); }
};

} // namespace LeadStage
