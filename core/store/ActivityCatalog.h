#pragma once

#include "common/Result.h"

#include <QString>

#include <vector>

namespace LeadStage {

// One kind of engagement event: its key in files and rules, how analysts name it,
// which score track it feeds and its category in the scoring table.
struct ActivityType
{
    QString key;
    QString label;
    QString track;    // "info", "intent" or "product"
    QString category; // "Content", "Webinar", "Website", ...
};

// The activities of the default model (DESIGN §3), every new workspace starts with.
const std::vector<ActivityType> &defaultActivityTypes();

} // namespace LeadStage
