#pragma once

#include "common/Result.h"
#include "scoring/ScoringInput.h"
#include "store/Workspace.h"
#include "tuning/ModelEvaluation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <vector>

namespace LeadStage::Commands {

// The options every back-testing command shares (evaluate, suggest, threshold), read
// alike: the workspace, the models, the outcome, the moment and the horizon.
struct BackTestArguments
{
    QString workspace;
    QStringList models; // empty: the active model
    BackTestRequest backTest;
    bool asOfGiven = false;

    // --model, --outcome, --as-of, --at-stage, --snapshot, --horizon.
    static QList<QCommandLineOption> options();
    static Result<BackTestArguments> read(const QCommandLineParser &parser);
    // "customer (or a later stage) within 180 days": what counts as positive, in words.
    QString outcomeText() const;
    // "every lead scored as of 2025-07-03 (…)": how the leads were scored, in words.
    // recorded:STAGE's per-lead outcome is loaded by loadBackTestData, into backTest.
    QString momentText(std::int64_t dataEnd) const;
};

// A workspace opened read-only with what a back-test reads: the chosen models, every
// lead and event, and the analysis date. When --as-of was not given, `arguments` gets
// the default date (ModelEvaluation::defaultAsOf).
struct BackTestData
{
    std::unique_ptr<Workspace> workspace;
    std::vector<ModelEvaluation::Candidate> candidates;
    ScoringInput input;
    std::int64_t dataEnd = 0;
};

Result<BackTestData> loadBackTestData(const QString &command, BackTestArguments &arguments);

} // namespace LeadStage::Commands
