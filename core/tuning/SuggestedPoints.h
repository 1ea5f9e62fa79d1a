#pragma once

#include "BackTest.h"
#include "RuleFeatures.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace LeadStage {

struct ScoringInput;

// One suggestion: a rule's (or decay's, or a new field rule's) points as the
// regression on the back-test's earlier window puts them on the model's scale.
struct PointSuggestion
{
    RuleFeature feature;      // what it is about; feature.points: what one unit is worth today
    int currentPoints = 0;    // the rule's points (decay: −D; a new field rule: 0)
    int suggestedPoints = 0;  // round(β / step)
    double coefficient = 0;   // β, log-odds per unit of the feature
    double standardError = 0; // of β
    double low = 0;           // the 95 % interval in points, (β ∓ 1.96 SE) / step
    double high = 0;
    std::int64_t support = 0;           // fitted cases whose feature is not 0
    std::int64_t validationSupport = 0; // validation cases whose feature is not 0
    double aucIfAccepted = 0;           // validation AUC with this suggestion alone accepted
    std::optional<ScoringRule> newRule; // a new field rule: the rule accepting adds

    bool changes() const { return suggestedPoints != currentPoints; }
};

// How the back-test was split in time: fitted on the earlier window, validated on the later.
struct SuggestionSplit
{
    // As of T: fitted as of T − H (outcomes in (T − H, T]), validated as of T. At stage
    // entry: the cases in the order of their moments, the earlier two thirds fitted,
    // the later third validated; `validatedFrom` is the first validated moment.
    std::int64_t fittedAsOf = 0;
    std::int64_t validatedAsOf = 0;
    std::int64_t validatedFrom = 0;
    std::int64_t fittedCases = 0;
    std::int64_t fittedPositives = 0;
    std::int64_t validatedCases = 0;
    std::int64_t validatedPositives = 0;
};

struct PointSuggestions
{
    BackTestRequest request;
    std::int64_t dataEnd = 0;
    SuggestionSplit split;
    double l2 = 0;
    int iterations = 0;
    bool converged = false;
    // How the step was chosen: so the MQL threshold selects the same share of the fitted
    // leads as today (DESIGN §9); or, when today it selects under 1 % or over 99 % of
    // them (at IQL entry, say), so the strongest feature gets as many points as the
    // model's largest points today.
    enum class Scale : std::uint8_t { MqlShare, Largest };
    Scale scale = Scale::MqlShare;
    double step = 0;                          // log-odds per point
    double targetShare = 0;                   // fitted cases at or above the MQL threshold, current model
    double share = 0;                         // the same with every suggestion accepted
    AucEstimate currentAuc;                   // validation, the current model (its engagement score)
    AucEstimate acceptedAuc;                  // validation, every suggestion accepted (integer points)
    AucEstimate regressionAuc;                // validation, the unconstrained regression's log-odds
    std::vector<PointSuggestion> suggestions; // the model's rules in order, decay, new field rules
};

// Suggested points (issue 17 item 3, docs/evaluation.md "Suggested points"): an
// L2-regularised logistic regression on the features RuleFeatures takes from the
// engine's replay, fitted on an earlier window of the back-test and validated on a
// later one, turned into integer points by PointScale.
class SuggestedPoints
{
public:
    struct Options
    {
        double l2 = 1.0;
        bool newFieldRules = false;
        QStringList attributeKeys;          // attrs keys new field rules may use (LeadFieldPresence)
        std::int64_t minimumPositives = 20; // in each window
        unsigned threads = 0;
    };

    // An Error when cancelled through `progress`, when a window holds too few positives
    // (it says how many and what to change), or when the regression cannot be solved.
    static Result<PointSuggestions> compute(const ScoringModel &model, const ScoringInput &input,
                                            const BackTestRequest &request, std::int64_t dataEnd, Progress *progress,
                                            const Options &options);
    static Result<PointSuggestions> compute(const ScoringModel &model, const ScoringInput &input,
                                            const BackTestRequest &request, std::int64_t dataEnd,
                                            Progress *progress = nullptr)
    {
        return compute(model, input, request, dataEnd, progress, Options{});
    }

    // The model with one suggestion accepted (pure: `model` is not changed). A rule takes
    // the suggested points, and its cap scales with them so that it still stops after
    // the same number of payments; decay takes D = −points (0 when the suggestion is not
    // negative); a new field rule is added. A suggestion that changes nothing returns
    // the model as it is.
    static ScoringModel accept(const ScoringModel &model, const PointSuggestion &suggestion);
    // Every suggestion that changes something (new field rules at 0 points are not added).
    static ScoringModel acceptAll(const ScoringModel &model, const PointSuggestions &suggestions);

    static QJsonObject toJson(const PointSuggestions &suggestions);
};

} // namespace LeadStage
