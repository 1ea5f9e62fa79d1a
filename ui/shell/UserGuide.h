#pragma once

#include "common/Result.h"

#include <QString>

namespace LeadStage::UserGuide {

// docs/user-guide.md as the build embedded it (resource :/docs/user-guide.md).
QString markdown();
// The guide as an HTML page in `folder` (QTextDocument's Markdown reader), written whole
// (QSaveFile); its path. The browser opens a file, not a resource.
Result<QString> writeHtml(const QString &folder);
// Help → User Guide: writes the page into the temporary folder and opens it in the browser.
Status open();

} // namespace LeadStage::UserGuide
