#include "CapacityCurve.h"

#include "ModelValidator.h"
#include "common/TimeFormat.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace LeadStage {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// The thresholds where a figure can change: the lowest the model allows, the model's
// own, and one above every peak (a lead counts from peak + 1 on, or stops counting
// there). Thresholds above the validator's limit are out of reach and left out.
class Candidates
{
public:
    Candidates(int lowest, int highest)
        : m_lowest(lowest)
        , m_highest(std::max(lowest, highest))
        , m_marked(std::size_t(m_highest - m_lowest + 1), 0)
    {
        mark(lowest);
    }

    void mark(std::int64_t threshold)
    {
        if (threshold >= m_lowest && threshold <= m_highest)
            m_marked[std::size_t(threshold - m_lowest)] = 1;
    }
    void markAbove(std::int64_t peak) { mark(peak + 1); }

    // Once every threshold is marked: the candidates in order, and for each threshold
    // the index of the first candidate at or above it.
    void seal()
    {
        m_index.assign(m_marked.size() + 1, 0);
        std::int32_t next = 0;
        for (std::size_t i = 0; i < m_marked.size(); ++i) {
            m_index[i] = next;
            if (m_marked[i]) {
                m_values.push_back(int(m_lowest + std::int64_t(i)));
                ++next;
            }
        }
        m_index[m_marked.size()] = next;
    }

    const std::vector<int> &values() const { return m_values; }
    // The index of the first candidate at or above `threshold` (size() when none).
    std::size_t firstAtOrAbove(std::int64_t threshold) const
    {
        if (threshold <= m_lowest)
            return 0;
        if (threshold > m_highest)
            return m_values.size();
        return std::size_t(m_index[std::size_t(threshold - m_lowest)]);
    }

private:
    int m_lowest, m_highest;
    std::vector<char> m_marked;
    std::vector<std::int32_t> m_index;
    std::vector<int> m_values;
};

// Adds one over the candidates [from, to).
void addRange(std::vector<std::int64_t> &difference, std::size_t from, std::size_t to)
{
    if (from >= to)
        return;
    ++difference[from];
    --difference[to];
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject rowJson(const CapacityRow &row)
{
    return {{u"threshold"_qs, row.threshold},
            {u"mqls"_qs, qint64(row.mqls)},
            {u"mqlsPerMonth"_qs, row.mqlsPerMonth},
            {u"selected"_qs, qint64(row.selected)},
            {u"selectedPositives"_qs, qint64(row.selectedPositives)},
            {u"precision"_qs, number(row.precision)},
            {u"recall"_qs, number(row.recall)}};
}

QString percent(double share)
{
    return std::isfinite(share) ? QString::number(100 * share, 'f', 1) + u" %"_qs : u"–"_qs;
}

QString perMonth(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString capacityVerdictName(CapacityProposal::Verdict verdict)
{
    switch (verdict) {
    case CapacityProposal::Verdict::Both:
        return u"both"_qs;
    case CapacityProposal::Verdict::CapacityOnly:
        return u"capacity"_qs;
    case CapacityProposal::Verdict::CatchOnly:
        return u"catch"_qs;
    case CapacityProposal::Verdict::CapacityWins:
        return u"capacity-wins"_qs;
    case CapacityProposal::Verdict::NoThreshold:
        return u"none"_qs;
    }
    return {};
}

CapacityCurve CapacityCurve::of(const ThresholdReach &reach, const BackTestPopulation &population)
{
    CapacityCurve curve;
    curve.m_months = reach.months;
    curve.m_windowStart = reach.windowStart;
    curve.m_windowEnd = reach.windowEnd;
    curve.m_modelThreshold = reach.modelThreshold;
    curve.m_cases = std::int64_t(population.cases.size());
    const auto inWindow = [&reach](std::int64_t at) {
        return at != noTime && at > reach.windowStart && at <= reach.windowEnd;
    };

    Candidates candidates(reach.lowestThreshold, 10 * ModelValidator::maxPoints);
    candidates.mark(reach.modelThreshold);
    for (const LeadReach &lead : reach.leads) {
        candidates.markAbove(lead.peakBefore);
        candidates.markAbove(lead.peakByEnd);
    }
    for (const BackTestCase &c : population.cases)
        candidates.markAbove(reach.leads[c.lead].peakByMoment);
    candidates.seal();
    const std::size_t count = candidates.values().size();

    // Over the candidates, as differences: each lead adds one over the thresholds it counts at.
    std::vector<std::int64_t> mqls(count + 1), selected(count + 1), positives(count + 1);
    for (const LeadReach &lead : reach.leads) {
        const std::size_t before = candidates.firstAtOrAbove(lead.peakBefore + 1);
        if (lead.fixedMqlAt != noTime && lead.fixedMqlAt <= reach.windowStart)
            continue; // MQL before the window whatever the threshold
        if (inWindow(lead.fixedMqlAt))
            addRange(mqls, before, count); // unless its score made it MQL before the window
        else
            addRange(mqls, before, candidates.firstAtOrAbove(lead.peakByEnd + 1));
    }
    for (const BackTestCase &c : population.cases) {
        const LeadReach &lead = reach.leads[c.lead];
        curve.m_positives += c.positive ? 1 : 0;
        const bool fixed = lead.fixedMqlAt != noTime && lead.fixedMqlAt <= c.scoredAt;
        const std::size_t end = fixed ? count : candidates.firstAtOrAbove(lead.peakByMoment + 1);
        addRange(selected, 0, end);
        if (c.positive)
            addRange(positives, 0, end);
    }

    std::int64_t m = 0, s = 0, p = 0;
    for (std::size_t i = 0; i < count; ++i) {
        m += mqls[i];
        s += selected[i];
        p += positives[i];
        CapacityRow row;
        row.threshold = candidates.values()[i];
        row.mqls = m;
        row.mqlsPerMonth = double(m) / double(reach.months);
        row.selected = s;
        row.selectedPositives = p;
        row.precision = s > 0 ? double(p) / double(s) : nan;
        row.recall = curve.m_positives > 0 ? double(p) / double(curve.m_positives) : nan;
        const bool same = !curve.m_rows.empty() && curve.m_rows.back().mqls == m && curve.m_rows.back().selected == s
                          && curve.m_rows.back().selectedPositives == p;
        if (!same || row.threshold == reach.modelThreshold)
            curve.m_rows.push_back(row);
    }
    return curve;
}

CapacityRow CapacityCurve::at(int threshold) const
{
    const CapacityRow *found = nullptr;
    for (const CapacityRow &row : m_rows) {
        if (row.threshold > threshold)
            break;
        found = &row;
    }
    if (!found)
        return m_rows.empty() ? CapacityRow{} : m_rows.front();
    CapacityRow row = *found;
    row.threshold = threshold;
    return row;
}

CapacityProposal CapacityCurve::propose(const CapacityConstraints &constraints) const
{
    CapacityProposal proposal;
    if (m_rows.empty()) {
        proposal.explanation = u"no threshold lies within the model's limits"_qs;
        return proposal;
    }
    if (constraints.mqlsPerMonth) {
        const double capacity = *constraints.mqlsPerMonth;
        // The lowest row of the run of rows at the top that all keep within the capacity.
        std::optional<std::size_t> lowest;
        for (std::size_t i = m_rows.size(); i-- > 0;) {
            if (m_rows[i].mqlsPerMonth > capacity)
                break;
            lowest = i;
        }
        if (!lowest) {
            proposal.explanation =
                u"no threshold keeps MQLs within %1 a month: even the highest, %2, gives %3 a month (triggers and "
                "ICP thresholds make MQLs whatever the threshold)"_qs.arg(perMonth(capacity))
                    .arg(m_rows.back().threshold)
                    .arg(perMonth(m_rows.back().mqlsPerMonth));
            return proposal;
        }
        const CapacityRow &row = m_rows[*lowest];
        proposal.row = row;
        if (!constraints.catchShare) {
            proposal.verdict = CapacityProposal::Verdict::CapacityOnly;
            proposal.explanation =
                u"%1 is the lowest threshold from which MQLs stay within %2 a month"_qs.arg(row.threshold)
                    .arg(perMonth(capacity));
        } else if (std::isfinite(row.recall) && row.recall >= *constraints.catchShare) {
            proposal.verdict = CapacityProposal::Verdict::Both;
            proposal.explanation =
                u"%1 keeps MQLs within %2 a month and catches %3 of the outcomes (at least %4)"_qs.arg(row.threshold)
                    .arg(perMonth(capacity), percent(row.recall), percent(*constraints.catchShare));
        } else {
            proposal.verdict = CapacityProposal::Verdict::CapacityWins;
            proposal.explanation =
                u"no threshold meets both: %1 keeps MQLs within %2 a month but catches only %3 of the outcomes "
                "(%4 asked); the capacity wins"_qs.arg(row.threshold)
                    .arg(perMonth(capacity), percent(row.recall), percent(*constraints.catchShare));
        }
        return proposal;
    }
    if (constraints.catchShare) {
        const double share = *constraints.catchShare;
        std::optional<std::size_t> highest;
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (std::isfinite(m_rows[i].recall) && m_rows[i].recall >= share)
                highest = i;
        if (!highest) {
            proposal.explanation =
                m_positives == 0
                    ? u"no lead of the back-test reached the outcome, so no threshold catches any"_qs
                    : u"no threshold catches %1 of the outcomes: even the lowest, %2, catches %3"_qs.arg(
                        percent(share), QString::number(m_rows.front().threshold), percent(m_rows.front().recall));
            return proposal;
        }
        const CapacityRow &row = m_rows[*highest];
        proposal.verdict = CapacityProposal::Verdict::CatchOnly;
        proposal.row = row;
        proposal.explanation =
            u"%1 is the highest threshold that still catches %2 of the outcomes (it catches %3, %4 MQLs a month)"_qs
                .arg(row.threshold)
                .arg(percent(share), percent(row.recall), perMonth(row.mqlsPerMonth));
        return proposal;
    }
    proposal.explanation = u"give a capacity, a share of outcomes to catch, or both"_qs;
    return proposal;
}

QJsonObject CapacityCurve::toJson(const CapacityConstraints &constraints, const CapacityProposal &proposal) const
{
    QJsonObject asked;
    if (constraints.mqlsPerMonth)
        asked.insert(u"capacity"_qs, *constraints.mqlsPerMonth);
    if (constraints.catchShare)
        asked.insert(u"catch"_qs, *constraints.catchShare);
    QJsonArray rows;
    for (const CapacityRow &row : m_rows)
        rows.append(rowJson(row));
    return {
        {u"window"_qs,
         QJsonObject{{u"months"_qs, m_months}, {u"start"_qs, isoUtc(m_windowStart)}, {u"end"_qs, isoUtc(m_windowEnd)}}},
        {u"cases"_qs, qint64(m_cases)},
        {u"positives"_qs, qint64(m_positives)},
        {u"constraints"_qs, asked},
        {u"current"_qs, rowJson(current())},
        {u"proposal"_qs,
         QJsonObject{
             {u"verdict"_qs, capacityVerdictName(proposal.verdict)},
             {u"threshold"_qs, proposal.row ? QJsonValue(proposal.row->threshold) : QJsonValue(QJsonValue::Null)},
             {u"figures"_qs, proposal.row ? QJsonValue(rowJson(*proposal.row)) : QJsonValue(QJsonValue::Null)},
             {u"explanation"_qs, proposal.explanation}}},
        {u"rows"_qs, rows}};
}

} // namespace LeadStage
