#pragma once

#include "MetricsFilter.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

class MetricsSnapshot;

// Applies a filter's lead dimensions (sources, campaigns, industries, countries,
// grades) as one pass over the snapshot's columns. Each list becomes a table of
// booleans over dictionary ids, so a row costs a few array reads, never a string
// compare. The date range is not applied here: each metric anchors it on its own
// moment (iql_at, mql_at, the month, created_at).
class LeadSelection
{
public:
    static std::vector<std::uint32_t> rows(const MetricsSnapshot &snapshot, const MetricsFilter &filter);
};

} // namespace LeadStage
