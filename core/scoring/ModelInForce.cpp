#include "ModelInForce.h"

#include "ModelStore.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace LeadStage {

QString ModelInForce::describe() const
{
    if (!version)
        return u"%1 (built-in, not saved in the workspace yet)"_qs.arg(model.name);
    return u"%1 v%2 (id %3)"_qs.arg(version->name).arg(version->version).arg(version->id);
}

Result<ModelInForce> ModelInForce::read(Database &database, std::optional<std::int64_t> id)
{
    ModelStore store(database);
    std::optional<ModelVersion> version;
    if (id) {
        auto versions = store.list();
        if (!versions)
            return versions.error();
        for (const ModelVersion &candidate : *versions)
            if (candidate.id == *id)
                version = candidate;
        if (!version)
            return Error{QCoreApplication::translate("ScoringError", "no model with id %1").arg(*id), database.path()};
    } else {
        auto active = store.active();
        if (!active)
            return active.error();
        version = *active;
    }
    auto model = version ? store.load(version->id) : ScoringModel::defaultModel();
    if (!model)
        return model.error();
    return ModelInForce{version, std::move(*model)};
}

} // namespace LeadStage
