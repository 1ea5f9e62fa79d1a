#pragma once

#include "MetricsDocument.h"

#include <QByteArray>
#include <QJsonObject>

namespace LeadStage {

// Writes a MetricsDocument in the formats of `leadstage metrics` (docs/metrics-cli.md):
// JSON with exact values and the display texts, CSV with one section per table and
// formula-escaped text cells (DESIGN §7), and aligned text tables for a terminal.
namespace MetricsOutput {

QJsonObject toJson(const MetricsDocument &document);
QByteArray json(const MetricsDocument &document);
QByteArray csv(const MetricsDocument &document);
QByteArray text(const MetricsDocument &document);

// "2025-01-01" … for the filter's dates; empty when the side is open.
QString fromDate(const MetricsFilter &filter);
QString toDate(const MetricsFilter &filter); // the last day, inclusive

} // namespace MetricsOutput
} // namespace LeadStage
