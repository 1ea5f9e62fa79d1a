#pragma once

#include <QPalette>
#include <QString>

namespace LeadStage::Theme {

// Applies AppSettings::theme(): "dark" is the Fusion style with a dark palette, "light"
// Fusion with its light one, "system" the platform's own style and palette as
// LeadStage found them at start. At once, on every open window.
void apply(const QString &theme);
void applyFromSettings();
QPalette darkPalette();

} // namespace LeadStage::Theme
