#pragma once

#include "ReportFormat.h"
#include "ReportSeal.h"
#include "common/Result.h"

#include <QJsonObject>

namespace LeadStage {

// A report file read back for `report verify`: which format it is (told by its
// content, not its name), its manifest, and whether its seal holds.
struct ReportReadBack
{
    ReportFormat format = ReportFormat::Pdf;
    QJsonObject manifest;
    ReportSeal::State seal = ReportSeal::State::Missing;

    // A .pdf, .xlsx, .html, a CSV report's folder or its .zip.
    static Result<ReportReadBack> read(const QString &path);
};

} // namespace LeadStage
