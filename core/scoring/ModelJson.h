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

    static Result<ScoringModel> read(const QByteArray &json);
    static QByteArray write(const ScoringModel &model);
};

} // namespace LeadStage
