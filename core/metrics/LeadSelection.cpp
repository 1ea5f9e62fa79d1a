#include "LeadSelection.h"

#include "MetricsSnapshot.h"

#include <algorithm>
#include <span>

namespace LeadStage {

namespace {

// Which dictionary ids a dimension admits; empty when the filter admits all.
std::vector<std::uint8_t> admitted(const ValueDictionary &dictionary, const QStringList &values)
{
    if (values.isEmpty())
        return {};
    std::vector<std::uint8_t> table(dictionary.size(), 0);
    for (const QString &value : values)
        if (const auto id = dictionary.find(value))
            table[*id] = 1;
    return table;
}

} // namespace

std::vector<std::uint32_t> LeadSelection::rows(const MetricsSnapshot &snapshot, const MetricsFilter &filter)
{
    struct Check
    {
        std::span<const std::uint32_t> ids;
        std::vector<std::uint8_t> table;
    };
    std::vector<Check> checks;
    for (int index = 0; index < dimensionCount; ++index) {
        const auto dimension = Dimension(index);
        auto table = admitted(snapshot.dictionary(dimension), filter.values(dimension));
        if (!table.empty())
            checks.push_back(Check{snapshot.fieldColumn(dimension), std::move(table)});
    }
    std::uint8_t grades[4] = {1, 1, 1, 1};
    if (!filter.grades.empty()) {
        std::fill(std::begin(grades), std::end(grades), 0);
        for (const Grade grade : filter.grades)
            grades[std::size_t(grade)] = 1;
    }

    std::vector<std::uint32_t> rows;
    rows.reserve(snapshot.size());
    for (std::size_t row = 0; row < snapshot.size(); ++row) {
        bool keep = grades[std::size_t(snapshot.grade(row))] != 0;
        for (std::size_t check = 0; keep && check < checks.size(); ++check)
            keep = checks[check].table[checks[check].ids[row]] != 0;
        if (keep)
            rows.push_back(std::uint32_t(row));
    }
    return rows;
}

} // namespace LeadStage
