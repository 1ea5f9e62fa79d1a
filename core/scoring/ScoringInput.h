#pragma once

#include "EventColumns.h"
#include "LeadColumns.h"

namespace LeadStage {

// What the engine scores: leads and their events, lead i in both at position i.
struct ScoringInput
{
    LeadColumns leads;
    EventColumns events;
};

} // namespace LeadStage
