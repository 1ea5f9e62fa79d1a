#pragma once

#include "AppSettings.h"

namespace LeadStage {

// What the model editor remembers between runs.
struct RuleEditorSettings
{
    static const SettingValue<int> &section();                // the editor's last page
    static const SettingValue<int> &decayStartScore();        // the idle lead the decay chart follows
    static const SettingValue<QByteArray> &splitter();        // the pages beside the what-if panel
    static const SettingValue<QByteArray> &historyGeometry(); // the version history window
    static const SettingValue<QByteArray> &diffGeometry();    // the version diff window
    static const SettingValue<QString> &lastModelFolder();    // where model JSON was last exported or imported
};

} // namespace LeadStage
