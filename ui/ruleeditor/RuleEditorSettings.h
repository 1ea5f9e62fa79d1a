#pragma once

#include "AppSettings.h"

namespace LeadStage {

// What the model editor remembers between runs.
struct RuleEditorSettings
{
    static const SettingValue<int> &section();         // the editor's last page
    static const SettingValue<int> &decayStartScore(); // the idle lead the decay chart follows
};

} // namespace LeadStage
