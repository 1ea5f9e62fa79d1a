#include "SourceQualityMetrics.h"

#include "MetricsContext.h"
#include "Quantiles.h"

#include <algorithm>

namespace LeadStage {

namespace {

// A row's members are the IQLs on the axis with its value.
bool isMember(const LeadFacts &lead)
{
    return lead.iqlSlot >= 0;
}

// One dimension's rows while counting, indexed by dictionary id, with the
// durations to MQL of the members that have one, tagged by id.
struct Accumulator
{
    std::span<const std::uint32_t> values;
    std::vector<QualityRow> rows;
    std::vector<std::pair<std::uint32_t, std::int64_t>> durations;

    void add(const LeadFacts &lead)
    {
        const std::uint32_t id = values[lead.row];
        QualityRow &quality = rows[id];
        ++quality.iqls;
        quality.converted += lead.has(LeadFacts::Converted) ? 1 : 0;
        quality.customers += lead.has(LeadFacts::Customer) ? 1 : 0;
        quality.provisional = quality.provisional || lead.has(LeadFacts::WindowOpen);
        if (lead.bothReached()) {
            ++quality.withMql;
            durations.emplace_back(id, lead.secondsToMql);
        }
    }

    // Medians per id: a counting sort groups the durations, one selection per group.
    void fillMedians()
    {
        std::vector<int> start(rows.size() + 1, 0);
        for (std::size_t id = 0; id < rows.size(); ++id)
            start[id + 1] = start[id] + rows[id].withMql;
        std::vector<std::int64_t> seconds(durations.size());
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const auto &[id, duration] : durations)
            seconds[std::size_t(next[id]++)] = duration;
        for (std::size_t id = 0; id < rows.size(); ++id) {
            const std::span<std::int64_t> run(seconds.data() + start[id], std::size_t(rows[id].withMql));
            if (const auto median = Quantiles::of(run, 0.5))
                rows[id].medianDaysToMql = *median / 86400.0;
        }
    }
};

QualityTable tableOf(Accumulator &accumulator, Dimension dimension, const ValueDictionary &dictionary)
{
    accumulator.fillMedians();
    QualityTable table{dimension, {}};
    for (std::uint32_t id = 0; id < accumulator.rows.size(); ++id) {
        QualityRow &quality = accumulator.rows[id];
        if (quality.iqls == 0)
            continue;
        quality.valueId = id;
        quality.value = dictionary.at(id);
        quality.mqlRate = double(quality.converted) / quality.iqls;
        quality.customerRate = double(quality.customers) / quality.iqls;
        table.rows.push_back(std::move(quality));
    }
    std::sort(table.rows.begin(), table.rows.end(), [](const QualityRow &a, const QualityRow &b) {
        return a.iqls != b.iqls ? a.iqls > b.iqls : a.value < b.value;
    });
    return table;
}

} // namespace

std::vector<QualityTable> SourceQualityMetrics::compute(const MetricsContext &context,
                                                        std::span<const Dimension> dimensions)
{
    const MetricsSnapshot &snapshot = context.snapshot();
    std::vector<Accumulator> accumulators;
    for (const Dimension dimension : dimensions)
        accumulators.push_back(Accumulator{
            snapshot.fieldColumn(dimension), std::vector<QualityRow>(snapshot.dictionary(dimension).size()), {}});
    for (const LeadFacts &lead : context.facts())
        if (isMember(lead))
            for (Accumulator &accumulator : accumulators)
                accumulator.add(lead);
    std::vector<QualityTable> tables;
    for (std::size_t index = 0; index < dimensions.size(); ++index)
        tables.push_back(tableOf(accumulators[index], dimensions[index], snapshot.dictionary(dimensions[index])));
    return tables;
}

bool SourceQualityMetrics::contains(const MetricsContext &context, const MetricCell &cell, const LeadFacts &lead)
{
    if (!isMember(lead) || context.snapshot().field(cell.dimension, lead.row) != cell.valueId)
        return false;
    switch (cell.measure) {
    case MetricCell::Measure::QualityIqls:
        return true;
    case MetricCell::Measure::QualityConverted:
        return lead.has(LeadFacts::Converted);
    case MetricCell::Measure::QualityCustomers:
        return lead.has(LeadFacts::Customer);
    case MetricCell::Measure::QualityWithMql:
        return lead.bothReached();
    default:
        return false;
    }
}

} // namespace LeadStage
