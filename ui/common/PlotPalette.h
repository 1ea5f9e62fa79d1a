#pragma once

#include <QPalette>

class QCustomPlot;

namespace LeadStage::PlotPalette {

// QCustomPlot paints white whatever the window's palette. A followed plot takes its
// background, axis, grid and legend colours from the palette, and takes them again when
// the palette changes (Preferences applies a theme at once). Only colours change: a
// chart's own pen styles and widths, and grids it turned off, stay as it set them.
void follow(QCustomPlot *plot);
bool isDark(const QPalette &palette);

} // namespace LeadStage::PlotPalette
