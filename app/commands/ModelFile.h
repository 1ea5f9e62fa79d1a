#pragma once

#include "common/Result.h"
#include "scoring/ModelStore.h"
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

// Saves `model` as a new version unless a saved version of the same name is
// identical; then that version is returned, so rescoring with the same file over
// and over does not pile up copies.
Result<ModelVersion> saveUnlessStored(ModelStore &store, const ScoringModel &model, const QString &comment);

} // namespace LeadStage::Commands
