#include "LogisticRegression.h"

#include <Eigen/Dense>
#include <QCoreApplication>

#include <cmath>

namespace LeadStage {

void FeatureMatrix::addRow(std::span<const double> values, bool positive)
{
    m_values.insert(m_values.end(), values.begin(), values.end());
    m_values.resize(m_labels.size() * m_features + m_features); // a short row is padded with 0
    m_labels.push_back(positive ? 1 : 0);
}

double LogisticRegression::Fit::logOdds(const FeatureMatrix &cases, std::size_t row) const
{
    double sum = intercept;
    for (std::size_t j = 0; j < coefficients.size(); ++j)
        sum += coefficients[j] * cases.at(row, j);
    return sum;
}

Result<LogisticRegression::Fit> LogisticRegression::fit(const FeatureMatrix &cases, const Options &options)
{
    const auto n = Eigen::Index(cases.rows());
    const auto k = Eigen::Index(cases.features()) + 1; // column 0: the intercept
    std::int64_t positives = 0;
    for (std::size_t i = 0; i < cases.rows(); ++i)
        positives += cases.positive(i) ? 1 : 0;
    if (positives == 0 || positives == std::int64_t(cases.rows()))
        return Error{
            QCoreApplication::translate("TuningError",
                                        "the regression needs leads with and without the outcome (%1 of %2 have it)")
                .arg(positives)
                .arg(cases.rows()),
            QString(), 0, 0,
            QCoreApplication::translate("TuningError", "Choose a longer horizon, an earlier date or another outcome.")};
    Eigen::MatrixXd x(n, k);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x(i, 0) = 1;
        for (Eigen::Index j = 1; j < k; ++j)
            x(i, j) = cases.at(std::size_t(i), std::size_t(j - 1));
        y(i) = cases.positive(std::size_t(i)) ? 1 : 0;
    }
    Eigen::VectorXd penalty = Eigen::VectorXd::Constant(k, options.l2);
    penalty(0) = 0;
    // Starting at the base rate's log-odds takes a few iterations off.
    const double rate = double(positives) / double(n);
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(k);
    beta(0) = std::log(rate / (1 - rate));
    Fit result;
    Eigen::MatrixXd information;
    for (result.iterations = 1; result.iterations <= options.maxIterations; ++result.iterations) {
        const Eigen::VectorXd eta = x * beta;
        const Eigen::VectorXd p = eta.unaryExpr([](double v) { return 1 / (1 + std::exp(-v)); });
        const Eigen::VectorXd w = p.cwiseProduct(Eigen::VectorXd::Ones(n) - p);
        // XᵀWX as a symmetric rank update of (√W·X): half the work of a general product.
        const Eigen::MatrixXd weighted = w.cwiseSqrt().asDiagonal() * x;
        information.setZero(k, k);
        information.selfadjointView<Eigen::Lower>().rankUpdate(weighted.transpose());
        information = Eigen::MatrixXd(information.selfadjointView<Eigen::Lower>());
        information.diagonal() += penalty;
        const Eigen::VectorXd gradient = x.transpose() * (y - p) - penalty.cwiseProduct(beta);
        const Eigen::LDLT<Eigen::MatrixXd> solver(information);
        if (solver.info() != Eigen::Success)
            return Error{QCoreApplication::translate("TuningError", "the regression's equations have no solution"),
                         QString(), 0, 0,
                         QCoreApplication::translate(
                             "TuningError", "Some features may always be equal: raise the penalty or drop a rule.")};
        const Eigen::VectorXd step = solver.solve(gradient);
        beta += step;
        if (!beta.allFinite())
            return Error{QCoreApplication::translate("TuningError", "the regression diverged"), QString(), 0, 0,
                         QCoreApplication::translate("TuningError",
                                                     "A feature separates the outcome perfectly: raise the penalty.")};
        if (step.cwiseAbs().maxCoeff() < options.tolerance) {
            result.converged = true;
            break;
        }
    }
    const Eigen::MatrixXd covariance = information.ldlt().solve(Eigen::MatrixXd::Identity(k, k));
    result.intercept = beta(0);
    result.interceptError = std::sqrt(covariance(0, 0));
    for (Eigen::Index j = 1; j < k; ++j) {
        result.coefficients.push_back(beta(j));
        result.standardErrors.push_back(std::sqrt(covariance(j, j)));
    }
    return result;
}

} // namespace LeadStage
