#include "MetricsDocument.h"

#include "DashboardFormat.h"
#include "FunnelTables.h"
#include "MetricsSnapshot.h"
#include "common/TimeFormat.h"

namespace LeadStage {

namespace {

QString dimensionWord(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Source:
        return u"source"_qs;
    case Dimension::Campaign:
        return u"campaign"_qs;
    case Dimension::Industry:
        return u"industry"_qs;
    case Dimension::Country:
        break;
    }
    return u"country"_qs;
}

} // namespace

void MetricsDocument::addRecordedComparison(const RecordedComparison &comparison)
{
    if (comparison.leads > 0 && comparison.withRecorded == 0)
        notes << u"No lead has a stage recorded by the CRM: import its lifecycle dates or flags (recorded_mql_at, "
                 "recorded_sql_flag …; the HubSpot, Salesforce and Marketo presets map them) to compare."_qs;
    if (comparison.undatedLeftOut > 0)
        notes << u"%1 leads with undated recorded stages left out of the comparison: the analysis date (%2) is before "
                 "the workspace's, and an undated stage has no time to place it before that."_qs.arg(
                     DashboardFormat::count(comparison.undatedLeftOut), isoDate(asOf));
    tables.push_back(FunnelTables::recordedStages(comparison));
}

QString MetricsDocument::bucketName(Bucket bucket)
{
    return bucket == Bucket::Quarter ? u"quarter"_qs : u"month"_qs;
}

MetricsDocument MetricsDocument::of(const MetricsSnapshot &snapshot, const MetricsFilter &filter,
                                    std::optional<std::int64_t> requestedAsOf, const FunnelReport &report)
{
    MetricsDocument document;
    document.filter = filter;
    document.bucket = report.bucket;
    document.asOf = report.asOf;
    document.workspaceLeads = int(snapshot.size());
    document.selectedLeads = report.selectedLeads;
    document.undatedOutcomes = report.stages.undated;
    document.undatedLeftOut = report.stages.undatedLeftOut;
    document.notes = notesFor(snapshot, filter, requestedAsOf, report);
    document.tables = FunnelTables::of(report);
    return document;
}

// Zeros without a word look like a broken tool: say why a number is empty or not
// the one asked for.
QStringList MetricsDocument::notesFor(const MetricsSnapshot &snapshot, const MetricsFilter &filter,
                                      std::optional<std::int64_t> requestedAsOf, const FunnelReport &report)
{
    QStringList notes;
    for (int d = 0; d < dimensionCount; ++d) {
        const Dimension dimension = Dimension(d);
        for (const QString &value : filter.values(dimension))
            if (!snapshot.dictionary(dimension).find(value))
                notes << u"No lead has the %1 '%2': that value selects no lead."_qs.arg(dimensionWord(dimension),
                                                                                        value);
    }
    if (requestedAsOf && *requestedAsOf > snapshot.asOf())
        notes << u"The analysis date asked for (%1) is after the workspace's (%2, when it was scored): the numbers "
                 "are as of %2."_qs.arg(isoUtc(*requestedAsOf), isoUtc(snapshot.asOf()));
    if (snapshot.size() == 0)
        notes << u"The workspace holds no leads yet: import leads and events first (leadstage import)."_qs;
    else if (report.selectedLeads == 0)
        notes << u"No lead matches the filter: every count is 0 and every rate is empty (–). Widen the date range "
                 "or drop a filter value."_qs;
    else if (report.summary.iqls == 0)
        notes << u"None of the %1 selected leads reached IQL on the axis: the IQL metrics are empty."_qs.arg(
            DashboardFormat::count(report.selectedLeads));
    if (report.stages.undated > 0)
        notes << u"%1 leads with undated outcomes (a yes/no column, no date): counted in the stage counts and IQL → "
                 "customer, left out of every figure that needs an outcome's date."_qs.arg(
                     DashboardFormat::count(report.stages.undated));
    if (report.stages.undatedLeftOut > 0)
        notes << u"%1 leads with undated outcomes left out of the stage counts: the analysis date (%2) is before the "
                 "workspace's (%3), and an undated outcome has no time to place it before that."_qs.arg(
                     DashboardFormat::count(report.stages.undatedLeftOut), isoDate(report.asOf),
                     isoDate(snapshot.asOf()));
    if (report.periods.empty() && snapshot.size() > 0)
        notes << u"The date range holds no period up to the analysis date (%1)."_qs.arg(isoDate(report.asOf));
    return notes;
}

} // namespace LeadStage
