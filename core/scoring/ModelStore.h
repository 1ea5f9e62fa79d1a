#pragma once

#include "ModelVersion.h"
#include "ScoringModel.h"
#include "common/Result.h"

#include <optional>
#include <string_view>
#include <vector>

namespace LeadStage {

class Database;
class Statement;

// The workspace's scoring models: every saved version is kept (a save adds the
// next version of the model's name), and exactly one version is active.
class ModelStore
{
public:
    explicit ModelStore(Database &database);

    Result<ModelVersion> save(const ScoringModel &model, const QString &comment);
    Result<std::vector<ModelVersion>> list();
    // One name's versions, newest first: the version history of a model.
    Result<std::vector<ModelVersion>> history(const QString &name);
    // One saved version's name, number, date, comment and whether it is active.
    Result<ModelVersion> version(std::int64_t id);
    // The version `number` of `name`, or its latest when no number is given.
    Result<std::optional<ModelVersion>> find(const QString &name, std::optional<int> number = std::nullopt);
    Result<ScoringModel> load(std::int64_t id);
    // Makes `id` the only active version, in one transaction.
    Status activate(std::int64_t id);
    // Saves a copy of version `id` as the next version of `name` (a new model when
    // no version has that name yet); not activated.
    Result<ModelVersion> duplicate(std::int64_t id, const QString &name, const QString &comment);
    // Goes back to version `id`: saves its model as the next version of its name and
    // makes that one active, in one transaction, so the history stays in order and
    // says why ("back to v2: v3 sent too many leads to sales").
    Result<ModelVersion> revertTo(std::int64_t id, const QString &comment);
    Result<std::optional<ModelVersion>> active();
    // The active version; a workspace without one gets the default model saved
    // and activated (version 1 in a new workspace).
    Result<ModelVersion> ensureActive();

    // A saved version of `model`'s name whose model is the same, so that saving the same
    // file again and again does not pile up copies; the latest such version.
    Result<std::optional<ModelVersion>> findIdentical(const ScoringModel &model);

    // insert() (and so save(), duplicate() and the rest) refuses a model past ModelLimits:
    // every stored version reads back.
    // The statements of save(), activate() and ensureActive() without transactions of
    // their own, for callers that hold one (revertTo(), ModelActivation: rescore and
    // activate at once; WorkspaceScorer: a default model only together with its scores).
    Result<ModelVersion> insert(const ScoringModel &model, const QString &comment);
    Status makeActive(std::int64_t id);
    Result<ModelVersion> activeOrInsertDefault();

private:
    Result<Statement> prepareSelect(std::string_view where);
    Result<std::vector<ModelVersion>> select(std::string_view where, const QString &name, std::optional<int> number);

    Database &m_database;
};

} // namespace LeadStage
