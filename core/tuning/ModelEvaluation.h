#pragma once

#include "BackTest.h"
#include "StageChanges.h"
#include "ThresholdReach.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace LeadStage {

// One model's back-test, and how it compares with the first model of the evaluation.
struct EvaluatedModel
{
    QString describe; // "Default v2 (id 3)", "the draft"
    BackTestPopulation population;
    BackTestFigures figures;
    // Against the first model (not for the first): paired when both scored the same
    // leads (as of a date), else unpaired (each model's own stage moments).
    std::optional<AucDifference> againstFirst;
    bool paired = false;
    // How high each lead's score reached: the capacity curve's input (CapacityCurve).
    ThresholdReach reach;
    // Against the first: the stage each lead had at its moment under the first model
    // (rows) and under this one (columns), over the leads both back-tests scored (the
    // what-if's matrix); the leads only one of them scored are counted beside it.
    std::optional<StageChanges> stagesAgainstFirst;
    std::int64_t scoredByFirstOnly = 0;
    std::int64_t scoredByThisOnly = 0;
};

// The back-test of one or more models on the same data and request (DESIGN §9), and
// its JSON (docs/evaluation.md), which the command line prints and the GUI shows.
class ModelEvaluation
{
public:
    struct Candidate
    {
        QString describe;
        ScoringModel model;
    };

    static Result<std::vector<EvaluatedModel>> run(const std::vector<Candidate> &candidates, const ScoringInput &input,
                                                   const BackTestRequest &request, std::int64_t dataEnd,
                                                   Progress *progress = nullptr);
    static QJsonObject toJson(const std::vector<EvaluatedModel> &models);
    // Why a snapshot's figures are optimistic, in the words the output and JSON use.
    static QString optimisticNote();
    // The latest date whose whole horizon lies within the data: the end (23:59:59 UTC) of
    // the day before dataEnd − H.
    static std::int64_t defaultAsOf(std::int64_t dataEnd, int horizonDays);
};

} // namespace LeadStage
