#pragma once

#include "AppSettings.h"

namespace LeadStage {

// What the Evaluate panel remembers between runs: the last back-test asked for.
struct EvaluateSettings
{
    static const SettingValue<QString> &outcome(); // "sql", "opportunity", "customer", "recorded:sql"…
    static const SettingValue<int> &moment();      // BackTestMoment
    static const SettingValue<int> &horizonDays();
    // The models checked, in their order (the first is the reference): "draft",
    // "version:ID" or "active" (the built-in model of a workspace without a saved one).
    static const SettingValue<QStringList> &models();
    static const SettingValue<int> &detailModel(); // whose tables are shown, by position
};

} // namespace LeadStage
