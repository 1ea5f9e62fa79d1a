#pragma once

#include "AppSettings.h"

namespace LeadStage {

// What the import wizard remembers between runs: where the last files were, the last
// saved preset used, and the choices on matching leads.
struct ImportSettings
{
    static const SettingValue<QString> &lastFolder();
    static const SettingValue<QString> &lastPreset(); // a saved preset's name; empty: recognise from the header
    static const SettingValue<QString> &onMatch();    // "update" or "skip"
    static const SettingValue<bool> &createMissingLeads();

    // Where "Save mapping as preset" keeps the named presets (one MappingFile each).
    static QString presetFolder();
    static QString presetPath(const QString &name);
    static QStringList savedPresets(); // names, sorted
};

} // namespace LeadStage
