#pragma once

#include "scoring/LeadScore.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// The lead fields the dashboard filters and groups by.
enum class Dimension : std::uint8_t { Source, Campaign, Industry, Country };
inline constexpr int dimensionCount = 4;

// What the analyst narrowed the dashboard to. An empty list means "all"; a value
// that no lead has selects nothing. The date range [from, to) in UTC seconds is
// widened to whole periods of the chosen bucket (see MetricsContext), so no bar
// ever shows part of a month.
struct MetricsFilter
{
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
    QStringList sources;
    QStringList campaigns;
    QStringList industries;
    QStringList countries;
    std::vector<Grade> grades;

    const QStringList &values(Dimension dimension) const;
    QStringList &values(Dimension dimension);
};

} // namespace LeadStage
