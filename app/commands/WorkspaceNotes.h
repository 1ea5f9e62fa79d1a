#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace LeadStage {
class Workspace;
}

namespace LeadStage::Commands {

// Says on stderr what opening the workspace put right: a dead LeadStage's lock taken
// over ("LeadStage was not closed properly last time"), an interrupted import undone.
void tellRecovery(const QString &command, const Workspace &workspace);

// The sentence about stale scores (ScoreStatus), or nothing when they follow the data.
std::optional<QString> staleScoresText(const Workspace &workspace);

// Before a command that writes but does not rescore everything itself: stale scores are
// brought up to date first (a full rescore), and stderr says so and why.
Status catchUpStaleScores(const QString &command, Workspace &workspace);

} // namespace LeadStage::Commands
