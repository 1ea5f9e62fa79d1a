#pragma once

#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QString>

namespace LeadStage {
class Workspace;
}

namespace LeadStage::Commands {

// A model named on the command line, found, with the words that say which one it is.
struct ChosenModel
{
    QString describe; // "Default v2 (id 3)", "the active model, Default (built-in, not saved in the workspace yet)",
                      // "m.json"
    ScoringModel model;
};

// What `leadstage model diff` accepts for A and B, tried in this order:
//   a model file (an existing file, or any argument ending in .json),
//   a model id (a whole number above 0, as `model list` shows),
//   NAME@N (version N of the model NAME),
//   NAME (the latest version of that name),
//   "active" (the active model, or the built-in default when none is saved).
Result<ChosenModel> chooseModel(Workspace &workspace, const QString &argument);

} // namespace LeadStage::Commands
