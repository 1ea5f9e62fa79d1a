#include "ModelFile.h"

#include "scoring/ModelJson.h"

#include <QSaveFile>

namespace LeadStage::Commands {

Result<ScoringModel> readModelFile(const QString &path)
{
    return ModelJson::readFile(path, u"Fix the model file and run the command again."_qs);
}

Status writeFileAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{u"cannot be written: %1"_qs.arg(file.errorString()), path, 0, 0,
                     u"Check that the folder exists and that you may write there."_qs};
    return {};
}

} // namespace LeadStage::Commands
