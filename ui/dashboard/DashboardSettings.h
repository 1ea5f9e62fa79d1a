#pragma once

#include "AppSettings.h"
#include "metrics/MetricsFilter.h"
#include "metrics/Period.h"

#include <QDate>

#include <vector>

namespace LeadStage {

// A filter the analyst saved under a name, to pick again later.
struct SavedView
{
    QString name;
    MetricsFilter filter;
    Bucket bucket = Bucket::Month;
};

// What the dashboard remembers between runs. The filter, bucket and saved views
// belong to one workspace: another workspace starts with its own, or unfiltered.
// They are kept in the user's settings under the workspace's path, not in the
// workspace file: a filter is one analyst's view, changes with every click (the
// file is not rewritten for it) and a read-only workspace can be filtered too.
// Moving the file leaves its filters behind, as it leaves the recent list.
struct DashboardSettings
{
    static const SettingValue<int> &qualityDimension();

    static MetricsFilter loadFilter(const QString &workspacePath);
    static void saveFilter(const QString &workspacePath, const MetricsFilter &filter);
    static Bucket loadBucket(const QString &workspacePath);
    static void saveBucket(const QString &workspacePath, Bucket bucket);
    // In the order they were saved.
    static std::vector<SavedView> loadViews(const QString &workspacePath);
    static void saveViews(const QString &workspacePath, const std::vector<SavedView> &views);

    // The settings group of `workspacePath`'s dashboard ("dashboard/workspace-…").
    static QString groupOf(const QString &workspacePath);
};

} // namespace LeadStage
