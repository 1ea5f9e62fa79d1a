#pragma once

#include "common/Result.h"
#include "metrics/MetricsFilter.h"
#include "metrics/Period.h"

#include <QCommandLineParser>

#include <cstdint>
#include <optional>

namespace LeadStage::Commands {

// What `leadstage metrics` was asked: the dashboard's filter and bucket, read with
// the dashboard's semantics (DashboardTime: --from and --to are whole UTC days, both
// inclusive; no --from / --to = the whole axis, as with the filter panel's boxes
// unticked), the analysis date and the output format.
struct MetricsRequest
{
    enum class Format { Table, Csv, Json };

    QString workspace;
    MetricsFilter filter;
    Bucket bucket = Bucket::Month;
    std::optional<std::int64_t> asOf;
    Format format = Format::Table;
    bool compareRecorded = false; // --compare-recorded: the CRM's recorded stages beside the computed ones
};

void addMetricsOptions(QCommandLineParser &parser);
// The dashboard's filter without dates (--source, --campaign, --industry, --country,
// --grade) and --as-of: shared by `metrics` and `report`.
void addFilterOptions(QCommandLineParser &parser);
Status readFilter(const QCommandLineParser &parser, MetricsFilter &filter, std::optional<std::int64_t> &asOf);
// An Error's `what` is the one-line reason for exit code 2.
Result<MetricsRequest> readMetricsRequest(const QCommandLineParser &parser);

} // namespace LeadStage::Commands
