#pragma once

#include "ModelVersion.h"
#include "ScoringModel.h"
#include "common/Result.h"

#include <optional>
#include <vector>

namespace LeadStage {

class Database;

// The workspace's scoring models: every saved version is kept (a save adds the
// next version of the model's name), and exactly one version is active.
class ModelStore
{
public:
    explicit ModelStore(Database &database);

    Result<ModelVersion> save(const ScoringModel &model, const QString &comment);
    Result<std::vector<ModelVersion>> list();
    Result<ScoringModel> load(std::int64_t id);
    // Makes `id` the only active version, in one transaction.
    Status activate(std::int64_t id);
    Result<std::optional<ModelVersion>> active();
    // The active version; a workspace without one gets the default model saved
    // and activated (version 1 in a new workspace).
    Result<ModelVersion> ensureActive();

private:
    Database &m_database;
};

} // namespace LeadStage
