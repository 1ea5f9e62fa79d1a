#pragma once

#include "ReportRequest.h"
#include "metrics/FunnelReport.h"

#include <array>
#include <cstdint>

namespace LeadStage {

class MetricsSnapshot;

// The dashboard's numbers a quarterly report reads, each exactly what
// `leadstage metrics` prints for the same filter: the quarter, the one before and the
// same quarter a year earlier (each `--from` its first day `--to` its last,
// `--by quarter`), and the fifteen months from the year-earlier quarter to the
// quarter's end (`--by month`) for the trends. All at one analysis date.
struct QuarterFigures
{
    enum Column { This, Previous, YearEarlier };
    static constexpr int columns = 3;

    std::array<Period, columns> quarters;
    std::array<FunnelReport, columns> byQuarter;
    FunnelReport byMonth;
    std::int64_t asOf = 0;
    // The analysis date falls before the quarter's last day: its figures cover part of it.
    bool partial = false;

    // The filter of one column's (or, with nullopt, the trend's) `metrics` run.
    static MetricsFilter filterFor(const ReportRequest &request, Period from, Period to);

    // Fails when the quarter starts after the analysis date.
    static Result<QuarterFigures> compute(const MetricsSnapshot &snapshot, const ReportRequest &request);
};

} // namespace LeadStage
