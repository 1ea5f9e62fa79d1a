#pragma once

#include "BackTest.h"
#include "scoring/ScoringModel.h"

#include <QStringList>

#include <memory>
#include <span>
#include <vector>

namespace LeadStage {

struct ScoringInput;
class CompiledModel;

// Candidate new field rules from the leads' own columns (docs/evaluation.md,
// "Suggested points"): for each category field (industry, country, source, job title,
// and attrs keys whose values are mostly not numbers) its most frequent values, each a
// rule `field = value`; for each number (employees, numeric attrs keys) a rule
// `field >= q` at each quartile q (a lead in the top quarter meets all three). Only
// values held by enough of the fitted leads count, and the number of candidates is
// bounded by the options, so the regression stays small whatever the table holds.
class FieldRuleCandidates
{
public:
    struct Options
    {
        int valuesPerField = 5;         // most frequent values of a category
        double minimumShare = 0.02;     // of the cases holding the value (or the bin)
        std::int64_t minimumLeads = 30; // and at least this many
        int maxAttributes = 10;         // attrs keys kept: those whose candidates separate the outcome best
        int weighedAttributes = 40;     // attrs keys weighed for that, the first in the order given
    };

    // The candidates, as rules at 0 points in the "Suggested" category; none repeats a
    // condition the model already has. Support is counted over `cases`.
    static std::vector<ScoringRule> find(const ScoringModel &model, const ScoringInput &input,
                                         std::span<const BackTestCase> cases, const QStringList &attributeKeys,
                                         const Options &options);
    static std::vector<ScoringRule> find(const ScoringModel &model, const ScoringInput &input,
                                         std::span<const BackTestCase> cases, const QStringList &attributeKeys)
    {
        return find(model, input, cases, attributeKeys, Options{});
    }

    // Whether each candidate pays for each case (row-major: case × candidate, 0 or 1):
    // the engine's own condition tables decide, and a field rule pays from created_at.
    static std::vector<double> holds(const std::vector<ScoringRule> &candidates, const ScoringModel &model,
                                     const ScoringInput &input, std::span<const BackTestCase> cases);
};

// The candidates compiled once (attrs keys parse every lead's attrs) for both windows.
class CandidateConditions
{
public:
    CandidateConditions(const std::vector<ScoringRule> &candidates, const ScoringModel &model,
                        const ScoringInput &input);
    ~CandidateConditions();
    std::vector<double> holds(std::span<const BackTestCase> cases) const;

private:
    const ScoringInput &m_input;
    std::unique_ptr<CompiledModel> m_compiled;
    std::vector<std::int32_t> m_conditionOf; // per candidate, -1: never holds
};

} // namespace LeadStage
