#pragma once

#include "common/Result.h"
#include "metrics/MetricsFilter.h"
#include "metrics/Period.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>

namespace LeadStage {

// What a quarterly report is asked for: the quarter, the dashboard's filter without
// dates (the quarter sets them), the analysis date (default: the workspace's) and the
// language. Kept in the report's manifest, so `report verify` can ask again.
struct ReportRequest
{
    Period quarter{Bucket::Quarter, 0};
    MetricsFilter filter; // from / to are ignored
    std::optional<std::int64_t> asOf;
    QString language = u"en"_qs;

    QJsonObject toJson() const;
    static Result<ReportRequest> fromJson(const QJsonObject &json);

    // "2025Q4", "2025-Q4", "2025-q4" → that quarter; nullopt for anything else.
    static std::optional<Period> quarterNamed(QStringView text);
    // The last quarter that ended on or before the analysis date.
    static Period lastCompleteQuarter(std::int64_t asOf);
};

} // namespace LeadStage
