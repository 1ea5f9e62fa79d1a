#pragma once

#include <string>
#include <string_view>

namespace LeadStage {

// A double as the shortest text that reads back as the same double (what PostgreSQL
// 12+ writes too), with PostgreSQL's Infinity, -Infinity and NaN.
void appendReal(std::string &out, double value);
bool parseReal(std::string_view text, double &value);

} // namespace LeadStage
