#pragma once

#include "AppSettings.h"
#include "metrics/MetricsFilter.h"
#include "metrics/Period.h"

#include <QDate>

namespace LeadStage {

// What the dashboard remembers between runs: the last filter, bucket and
// source-quality grouping.
struct DashboardSettings
{
    static const SettingValue<QDate> &from(); // null: open start
    static const SettingValue<QDate> &to();   // null: open end; inclusive day
    static const SettingValue<QStringList> &values(Dimension dimension);
    static const SettingValue<QStringList> &grades();
    static const SettingValue<QString> &bucket(); // "month" or "quarter"
    static const SettingValue<int> &qualityDimension();

    static MetricsFilter loadFilter();
    static void saveFilter(const MetricsFilter &filter);
    static Bucket loadBucket();
    static void saveBucket(Bucket bucket);
};

} // namespace LeadStage
