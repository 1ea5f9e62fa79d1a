#pragma once

#include "BackTest.h"
#include "LogisticRegression.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QString>

#include <span>
#include <vector>

namespace LeadStage {

struct ScoringInput;

// What one column of the suggestions' regression stands for.
struct RuleFeature
{
    enum class Kind : std::uint8_t {
        Rule,        // an activity or field rule of the model (info or intent track)
        Decay,       // the model's decay
        NewFieldRule // a candidate field rule the model does not have yet
    };
    Kind kind = Kind::Rule;
    int rule = -1;  // Rule: index into ScoringModel::rules
    int points = 0; // the points one unit of the feature is worth today (decay: −D)
    QString id;     // rule id, "decay" or the candidate's id
    QString label;
};

// Each back-test case's features as the engine pays them at the case's moment
// (docs/evaluation.md, "Suggested points"): for a rule, the points it has paid divided
// by its points — its payments, a payment cut by the cap counting as its share — and
// for decay the points decay took divided by D — its steps. The engine's own replay
// (LeadReplay with a recording sink) produces them, so counts, caps, pays-modes and
// decay are what the engine did, and for every case
//     engagement = max(0, Σ points × feature).
// Product-track rules feed the product score, not engagement, and a rule at 0 points
// pays nothing: neither is a feature.
class RuleFeatures
{
public:
    static std::vector<RuleFeature> columns(const ScoringModel &model);

    // One row per case, in the cases' order; the labels are the cases' `positive`.
    // An Error only when cancelled.
    static Result<FeatureMatrix> extract(const ScoringModel &model, const ScoringInput &input,
                                         std::span<const BackTestCase> cases, Progress *progress = nullptr,
                                         unsigned threads = 0);

    // Σ points × feature of one row, clamped at 0 like the engine's engagement.
    static double score(std::span<const int> points, const FeatureMatrix &features, std::size_t row);
};

} // namespace LeadStage
