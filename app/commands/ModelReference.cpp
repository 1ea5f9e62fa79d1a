#include "ModelReference.h"

#include "ModelFile.h"
#include "ScoringArguments.h"

#include "scoring/ModelInForce.h"
#include "scoring/ModelStore.h"
#include "store/Workspace.h"

#include <QFileInfo>

namespace LeadStage::Commands {

namespace {

QString describe(const ModelVersion &version)
{
    return u"%1 v%2 (id %3)"_qs.arg(version.name).arg(version.version).arg(version.id);
}

Result<ChosenModel> savedVersion(ModelStore &store, const ModelVersion &version)
{
    auto model = store.load(version.id);
    if (!model)
        return model.error();
    return ChosenModel{describe(version), std::move(*model)};
}

Error notFound(Workspace &workspace, const QString &argument)
{
    return Error{u"no model '%1': not a model file, a model id, NAME@N or the name of a saved model"_qs.arg(argument),
                 workspace.path(), 0, 0,
                 u"`leadstage model list %1` shows the saved versions."_qs.arg(workspace.path())};
}

} // namespace

Result<ChosenModel> chooseModel(Workspace &workspace, const QString &argument)
{
    if (argument.endsWith(u".json"_qs, Qt::CaseInsensitive) || QFileInfo(argument).isFile()) {
        auto model = readModelFile(argument);
        if (!model)
            return model.error();
        return ChosenModel{argument, std::move(*model)};
    }
    ModelStore store(workspace.database());
    if (const auto id = toModelId(argument)) {
        auto version = store.version(*id);
        if (!version) {
            Error error = version.error();
            error.hint = u"`leadstage model list %1` shows the saved versions."_qs.arg(workspace.path());
            return error;
        }
        return savedVersion(store, *version);
    }
    const qsizetype at = argument.lastIndexOf(u'@');
    std::optional<int> number;
    QString name = argument;
    if (at > 0) {
        bool ok = false;
        const int parsed = argument.mid(at + 1).toInt(&ok);
        if (ok && parsed > 0) {
            number = parsed;
            name = argument.left(at);
        }
    }
    auto found = store.find(name, number);
    if (!found)
        return found.error();
    if (*found)
        return savedVersion(store, **found);
    if (argument == u"active"_qs) {
        auto active = ModelInForce::read(workspace.database());
        if (!active)
            return active.error();
        return ChosenModel{u"the active model, "_qs + active->describe(), std::move(active->model)};
    }
    return notFound(workspace, argument);
}

} // namespace LeadStage::Commands
