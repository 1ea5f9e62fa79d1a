#pragma once

#include "ReportCells.h"
#include "scoring/ModelInForce.h"
#include "tuning/ModelEvaluation.h"

#include <optional>

namespace LeadStage {

// The model in force as the report shows it (its settings, rules, triggers and fit
// rules), and its back-test against outcomes when the workspace has dated ones.
class ModelTables
{
public:
    explicit ModelTables(const ReportCells &cells)
        : m_cells(cells)
    {}

    ReportTable settings(const ModelInForce &model) const;
    ReportTable rules(const ScoringModel &model) const;
    ReportTable triggers(const ScoringModel &model) const; // no rows when the model has none
    ReportTable fitRules(const ScoringModel &model) const;
    ReportTable backTest(const EvaluatedModel &evaluated) const;
    ReportTable backTestGains(const EvaluatedModel &evaluated) const;

private:
    QString text(const char *source) const { return m_cells.language().text(source); }

    const ReportCells &m_cells;
};

} // namespace LeadStage
