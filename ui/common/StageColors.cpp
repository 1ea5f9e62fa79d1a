#include "StageColors.h"

#include <array>

namespace LeadStage::StageColors {

QColor of(Stage stage)
{
    // A sequential blue → green ramp follows the funnel's order, so the colours
    // read as "further along" even without the legend; all are dark enough for
    // white text and distinct in greyscale print-outs.
    static const std::array<QColor, 7> palette = {
        QColor(0x64, 0x74, 0x8b), // Lead: slate
        QColor(0x25, 0x63, 0xeb), // IQL: blue
        QColor(0x7c, 0x3a, 0xed), // MQL: violet
        QColor(0xc0, 0x26, 0xd3), // PQL: fuchsia
        QColor(0xea, 0x58, 0x0c), // SQL: orange
        QColor(0xca, 0x8a, 0x04), // Opportunity: amber
        QColor(0x16, 0xa3, 0x4a), // Customer: green
    };
    return palette[std::size_t(stage)];
}

} // namespace LeadStage::StageColors
