#pragma once

#include "ScoringModel.h"
#include "common/Result.h"

#include <QByteArray>

namespace LeadStage {

// The model file format of DESIGN §3 ("leadstage-model", version 1). Reading
// refuses an unknown format, a newer version, an unknown key or a wrong type,
// naming the JSON path; absent optional sections take DESIGN's defaults.
class ModelJson
{
public:
    static constexpr int currentVersion = 1;

    // A file or text a user gives must keep ModelLimits. A version stored by an earlier
    // release is read with the ranges that release allowed, so that it can still be
    // shown, exported, scored and repaired; storing a model again applies the limits.
    enum class Origin { File, StoredVersion };
    static Result<ScoringModel> read(const QByteArray &json, Origin origin = Origin::File);
    static QByteArray write(const ScoringModel &model);
    // A model file: a refusal names the file, then the JSON path or the line and column
    // ("m.json: model: not valid JSON at line 3, column 5: …"), and ends with `fixHint`.
    static Result<ScoringModel> readFile(const QString &path,
                                         const QString &fixHint = u"Fix the model file and import it again."_qs);
    // Whole or not at all (QSaveFile): a failed write leaves the old file in place.
    static Status writeFile(const QString &path, const ScoringModel &model);
};

} // namespace LeadStage
