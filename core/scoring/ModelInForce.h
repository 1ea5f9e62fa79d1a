#pragma once

#include "ModelVersion.h"
#include "ScoringModel.h"
#include "common/Result.h"

#include <optional>

namespace LeadStage {

class Database;

// The model a read-only job (explain, export) scores with, found without writing:
// a chosen saved version, else the active one, else the built-in default that the
// next rescore would save and activate.
struct ModelInForce
{
    std::optional<ModelVersion> version; // nothing for the built-in default
    ScoringModel model;

    // "Default v3 (id 7)" or "Default (built-in, not saved yet)".
    QString describe() const;

    static Result<ModelInForce> read(Database &database, std::optional<std::int64_t> id = std::nullopt);
};

} // namespace LeadStage
