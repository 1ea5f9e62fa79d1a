#pragma once

#include "scoring/LeadScore.h"

#include <QColor>

namespace LeadStage {

// The one palette for lifecycle stages, so a stage has the same colour in the
// dashboard, the lead explorer and every export.
namespace StageColors {

QColor of(Stage stage);

} // namespace StageColors
} // namespace LeadStage
