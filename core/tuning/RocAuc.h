#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace LeadStage {

// One lead of a back-test: its ranking score and whether the outcome followed.
struct ScoredCase
{
    double score = 0;
    bool positive = false;
};

// The same lead ranked by two models, for their paired comparison.
struct PairedCase
{
    double a = 0;
    double b = 0;
    bool positive = false;
};

// An AUC with its DeLong standard error and 95 % interval (normal, clipped to 0–1).
// Without two positives and two negatives there is no interval (NaN), and without one
// of each no AUC either: the counts say why.
struct AucEstimate
{
    double auc = 0;
    double standardError = 0;
    double low = 0;
    double high = 0;
    std::int64_t positives = 0;
    std::int64_t negatives = 0;

    bool hasAuc() const { return positives > 0 && negatives > 0; }
    bool hasInterval() const { return positives > 1 && negatives > 1; }
};

// B's AUC minus A's over the same leads, with the paired DeLong interval.
struct AucDifference
{
    AucEstimate a;
    AucEstimate b;
    double difference = 0; // b − a
    double standardError = 0;
    double low = 0;
    double high = 0;
};

// One corner of the ROC curve: after taking every lead scored at least `threshold`.
struct RocPoint
{
    double threshold = 0;
    double falsePositiveRate = 0;
    double truePositiveRate = 0;
};

// The area under the ROC curve as the Mann–Whitney statistic, ties counting one half
// (DESIGN §9), and DeLong's (1988) variance from the placement values: exact for ties,
// O(n log n), and paired for two models on the same leads.
class RocAuc
{
public:
    static AucEstimate of(std::span<const ScoredCase> cases);
    static AucDifference difference(std::span<const PairedCase> cases);
    // From (0, 0) to (1, 1), one point per distinct score, highest score first.
    static std::vector<RocPoint> curve(std::span<const ScoredCase> cases);

    static constexpr double z95 = 1.959963984540054;
};

} // namespace LeadStage
