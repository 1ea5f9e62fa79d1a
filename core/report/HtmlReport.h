#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportFormat.h"

#include <QByteArray>
#include <QJsonObject>

namespace LeadStage {

// The quarterly report as one self-contained HTML5 file: inline CSS with a print
// stylesheet for the paper size, inline SVG charts (SvgChart), the manifest as
// `<script type="application/json" id="leadstage-manifest">`, sealed (ReportSeal).
// Byte-identical for the same document. Each table has the table's key as its id and
// each number cell a `data-value` with the exact JSON value, so scripts and tests
// read the numbers back without parsing formatted text. Written so that it is also
// well-formed XML (void elements closed, every text escaped).
class HtmlReport
{
public:
    static QByteArray render(const ReportDocument &document, PaperSize paper);

    // The embedded manifest of a file render() wrote.
    static Result<QJsonObject> readManifest(const QByteArray &bytes);

    // What surrounds the manifest, for readers that look for it.
    static QByteArray manifestStart();
    static QByteArray manifestEnd();
};

} // namespace LeadStage
