#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace LeadStage {

// The manifest a PDF report carries in its XMP metadata (PdfReport writes it; the XMP
// stream is stored uncompressed, as PDF readers expect), read back without QtGui so
// that `leadstage report verify` can check a PDF.
namespace PdfManifest {

// The XMP element holding ReportManifest::embeddable(); its namespace prefix and URI.
QByteArray elementName(); // "leadstage:manifest"
QByteArray namespaceUri();

Result<QJsonObject> read(const QByteArray &pdfBytes);

} // namespace PdfManifest
} // namespace LeadStage
