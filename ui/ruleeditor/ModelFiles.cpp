#include "ModelFiles.h"

#include "RuleEditorSettings.h"
#include "scoring/ModelJson.h"
#include "scoring/ModelStore.h"

#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace LeadStage {

QString ModelFiles::startFolder()
{
    const QString remembered = RuleEditorSettings::lastModelFolder().get();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ModelFiles::rememberFolder(const QString &file)
{
    RuleEditorSettings::lastModelFolder().set(QFileInfo(file).absolutePath());
}

QString ModelFiles::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    const QString path = mime->urls().front().toLocalFile();
    return path.endsWith(u".json"_qs, Qt::CaseInsensitive) ? path : QString();
}

Result<ModelVersion> ModelFiles::exportVersion(Database &database, std::int64_t id, const QString &path)
{
    ModelStore store(database);
    auto version = store.version(id);
    if (!version)
        return version.error();
    auto model = store.load(id);
    if (!model)
        return model.error();
    if (Status status = ModelJson::writeFile(path, *model); !status)
        return status.error();
    rememberFolder(path);
    return version;
}

} // namespace LeadStage
