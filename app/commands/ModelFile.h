#pragma once

#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QByteArray>
#include <QString>

namespace LeadStage::Commands {

// Reads a model file; a refusal names the file and the JSON path
// ("m.json: rules[3].points: expected a number").
Result<ScoringModel> readModelFile(const QString &path);

// Writes a file whole or not at all (QSaveFile), so a failed write never leaves
// half a file where a good one was.
Status writeFileAtomically(const QString &path, const QByteArray &content);

} // namespace LeadStage::Commands
