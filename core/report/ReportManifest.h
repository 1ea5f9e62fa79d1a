#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace LeadStage {

// The report's machine-readable basis, embedded in every format: what was asked
// ("request"), what it was made from ("basis": workspace, analysis date, model with the
// SHA-256 of its JSON, every import, row counts) and every number ("numbers": each
// table's values by column key). `leadstage report verify` reads it back.
namespace ReportManifest {

inline constexpr int version = 1;
QString kind(); // "leadstage-quarterly-report"

// Compact JSON that can sit inside HTML <script> and XML text as it is: `<`, `>` and
// `&` are written as \u003c, \u003e, \u0026 (still the same JSON). Holds the seal's
// placeholder when the manifest does.
QByteArray embeddable(const QJsonObject &manifest);
// Reads what embeddable() wrote; an error says what is wrong with it.
Result<QJsonObject> parse(QByteArrayView bytes);

} // namespace ReportManifest
} // namespace LeadStage
