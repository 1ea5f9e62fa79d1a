#pragma once

#include "AppSettings.h"

namespace LeadStage {

// What the Export Quarterly Report dialog remembers between runs: the last choices
// and where the last report went.
struct ReportExportSettings
{
    static const SettingValue<QString> &format();   // "pdf", "xlsx", "html", "csv", "csvzip"
    static const SettingValue<QString> &paper();    // "a4", "letter"; empty: from the locale
    static const SettingValue<QString> &language(); // "en", "de"
    static const SettingValue<QString> &folder();   // empty: the workspace's folder
    static const SettingValue<bool> &openWhenDone();
    static const SettingValue<QByteArray> &geometry();
};

} // namespace LeadStage
