#pragma once

#include "DemoGenerator.h"

#include <QString>

namespace LeadStage {

// A ready-to-use demo workspace: a new file with generated data, the default
// scoring model active and every lead scored. On any failure or a cancel the file
// is removed again, so there is never a half-made demo.
Result<DemoStats> createDemoWorkspace(const QString &path, const DemoOptions &options, Progress *progress);

} // namespace LeadStage
