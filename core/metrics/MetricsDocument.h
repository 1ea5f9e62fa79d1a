#pragma once

#include "FunnelReport.h"
#include "MetricsFilter.h"
#include "MetricsTable.h"
#include "RecordedComparison.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

class MetricsSnapshot;

// Everything `leadstage metrics` prints for one filter: what was asked, notes that
// explain empty or clamped answers, and the dashboard's numbers as tables — the four
// KPI figures, generation, cohorts, time to MQL, engagement, stages and the
// source-quality tables (docs/metrics-cli.md lists them column by column).
struct MetricsDocument
{
    QString workspace;
    MetricsFilter filter;
    Bucket bucket = Bucket::Month;
    std::int64_t asOf = 0;
    int workspaceLeads = 0;
    int selectedLeads = 0;
    // StageCounts::undated and undatedLeftOut: leads with undated outcomes counted
    // and left out (the notes say it in words).
    int undatedOutcomes = 0;
    int undatedLeftOut = 0;
    QStringList notes;
    std::vector<MetricsTable> tables;

    // `requestedAsOf` is the analysis date asked for, if any (a later one than the
    // snapshot's is clamped, and the notes say so).
    static MetricsDocument of(const MetricsSnapshot &snapshot, const MetricsFilter &filter,
                              std::optional<std::int64_t> requestedAsOf, const FunnelReport &report);
    static QStringList notesFor(const MetricsSnapshot &snapshot, const MetricsFilter &filter,
                                std::optional<std::int64_t> requestedAsOf, const FunnelReport &report);
    static QString bucketName(Bucket bucket); // "month", "quarter"
    // Appends the recorded-vs-computed table and what to know about it to the notes.
    void addRecordedComparison(const RecordedComparison &comparison);
};

} // namespace LeadStage
