#pragma once

#include "common/Result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace LeadStage {

// The cases of a regression, one row per lead: its feature values and whether the
// outcome followed. Row-major, so a row is what one lead's replay produces.
class FeatureMatrix
{
public:
    explicit FeatureMatrix(std::size_t features)
        : m_features(features)
    {}
    // Rows filled elsewhere (by several threads): `values` row-major, one label per row.
    FeatureMatrix(std::size_t features, std::vector<double> values, std::vector<std::uint8_t> labels)
        : m_features(features)
        , m_values(std::move(values))
        , m_labels(std::move(labels))
    {}

    void addRow(std::span<const double> values, bool positive);
    std::size_t rows() const { return m_labels.size(); }
    std::size_t features() const { return m_features; }
    double at(std::size_t row, std::size_t feature) const { return m_values[row * m_features + feature]; }
    bool positive(std::size_t row) const { return m_labels[row] != 0; }
    const std::vector<double> &values() const { return m_values; }

private:
    std::size_t m_features;
    std::vector<double> m_values;
    std::vector<std::uint8_t> m_labels;
};

// An L2-regularised logistic regression fitted by Newton's method (IRLS) with Eigen;
// the intercept is not penalised. Standard errors come from the inverse of the
// penalised information matrix at the solution.
class LogisticRegression
{
public:
    struct Options
    {
        double l2 = 1.0; // the penalty λ on Σβ² (0: plain maximum likelihood)
        int maxIterations = 50;
        double tolerance = 1e-10; // on the largest change of a coefficient
    };

    struct Fit
    {
        double intercept = 0;
        std::vector<double> coefficients;
        double interceptError = 0;
        std::vector<double> standardErrors;
        int iterations = 0;
        bool converged = false;

        // The log-odds of a row (intercept + Σ β·x).
        double logOdds(const FeatureMatrix &cases, std::size_t row) const;
    };

    // An Error when there are no rows, only one class, or the system cannot be solved.
    static Result<Fit> fit(const FeatureMatrix &cases, const Options &options);
};

} // namespace LeadStage
