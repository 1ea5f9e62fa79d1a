#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace LeadStage {

class Database;

// One activity key of the workspace with how many events it has: what the rule
// editor's activity picker lists, so an analyst scores what really happens.
struct ActivityEventCount
{
    QString key;
    QString label;
    QString track;
    QString category;
    std::int64_t events = 0;
};

// Reads every activity type with its event count (one scan of events).
class ActivityEventCounts
{
public:
    static Result<std::vector<ActivityEventCount>> read(Database &database);
};

} // namespace LeadStage
