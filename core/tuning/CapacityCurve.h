#pragma once

#include "BackTest.h"
#include "ThresholdReach.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// What the capacity curve would give at one MQL threshold (docs/evaluation.md,
// "Threshold from capacity").
struct CapacityRow
{
    int threshold = 0;
    std::int64_t mqls = 0;              // leads that became MQL within the window
    double mqlsPerMonth = 0;            // mqls / months
    std::int64_t selected = 0;          // back-test cases MQL at their moment
    std::int64_t selectedPositives = 0; // … that reached the outcome
    double precision = 0;               // NaN without a selected case
    double recall = 0;                  // NaN without a positive
};

// "Sales can work N MQLs a month" and/or "catch at least this share of the outcomes".
struct CapacityConstraints
{
    std::optional<double> mqlsPerMonth;
    std::optional<double> catchShare; // 0..1
};

struct CapacityProposal
{
    enum class Verdict : std::uint8_t {
        Both,         // a threshold meets both constraints
        CapacityOnly, // only --capacity given, and met
        CatchOnly,    // only --catch given, and met
        CapacityWins, // both given and no threshold meets both: the capacity is kept
        NoThreshold   // the capacity (or the catch alone) cannot be met at all
    };
    Verdict verdict = Verdict::NoThreshold;
    std::optional<CapacityRow> row; // the proposed threshold's figures
    QString explanation;            // one sentence for a terminal or the GUI
};

// The curve threshold → MQLs per month, precision and recall, from a ThresholdReach
// and the back-test population it was collected for. A row at every threshold from the
// lowest the model allows where a figure changes (and at the model's own threshold);
// between two rows the figures are those of the lower one.
class CapacityCurve
{
public:
    static CapacityCurve of(const ThresholdReach &reach, const BackTestPopulation &population);

    const std::vector<CapacityRow> &rows() const { return m_rows; }
    int months() const { return m_months; }
    std::int64_t windowStart() const { return m_windowStart; }
    std::int64_t windowEnd() const { return m_windowEnd; }
    std::int64_t positives() const { return m_positives; }
    std::int64_t cases() const { return m_cases; }
    int modelThreshold() const { return m_modelThreshold; }
    // The figures at any threshold at or above the lowest row.
    CapacityRow at(int threshold) const;
    CapacityRow current() const { return at(m_modelThreshold); }

    // The rule (docs/evaluation.md): with a capacity, the smallest threshold from which
    // every higher threshold keeps MQLs per month within it; with the catch alone, the
    // highest threshold that still catches the share. When both are given and the
    // capacity's threshold misses the catch, the capacity wins.
    CapacityProposal propose(const CapacityConstraints &constraints) const;

    // Every row, the current threshold and the proposal (docs/evaluation.md).
    QJsonObject toJson(const CapacityConstraints &constraints, const CapacityProposal &proposal) const;

private:
    std::vector<CapacityRow> m_rows;
    int m_months = 1;
    std::int64_t m_windowStart = 0, m_windowEnd = 0;
    std::int64_t m_positives = 0, m_cases = 0;
    int m_modelThreshold = 0;
};

QString capacityVerdictName(CapacityProposal::Verdict verdict);

} // namespace LeadStage
