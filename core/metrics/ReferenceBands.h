#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace LeadStage {

// The four IQL metrics the dashboard's tiles and the report show against a band.
enum class IqlMetric : std::uint8_t { Generation, Conversion, TimeToMql, Engagement };

// Where a value falls against its band; the bounds themselves are within.
enum class BandPosition : std::uint8_t { Below, Within, Above };

// DESIGN §5's reference bands as data: IQLs 300–500 a month (mid-market), IQL → MQL
// conversion 15–25 %, time to MQL 90–180 days, engagement 35–50 % a month. Rates are
// fractions, as FunnelReport gives them.
struct ReferenceBand
{
    IqlMetric metric;
    double low;
    double high;
    QString unit; // "IQLs / month", "%", "days"

    BandPosition position(double value) const;
};

class ReferenceBands
{
public:
    static const std::array<ReferenceBand, 4> &all();
    static const ReferenceBand &of(IqlMetric metric);
    static BandPosition position(IqlMetric metric, double value) { return of(metric).position(value); }
    // Empty when there is no value to judge (a rate over nobody).
    static std::optional<BandPosition> position(IqlMetric metric, std::optional<double> value);
};

} // namespace LeadStage
