#pragma once

#include "import/ImportDraft.h"
#include "import/ImportReport.h"

#include <QString>

namespace LeadStage {

// The import wizard's words for what core knows: kinds of file, sizes, separators,
// encodings, what a file looks like and counts, in one place for every page.
namespace WizardText {

QString kindLabel(ImportKind kind);       // "Leads", "Events", "Outcomes"
QString fieldLabel(const QString &field); // "E-mail (email)", "Activity (activity)": the same for every kind
QString fileSize(qint64 bytes);
QString number(qint64 value);
QString separatorLabel(char16_t separator); // "semicolon (;)"
QString encodingLabel(TextEncoding encoding, bool byteOrderMark);
QString encodingReason(const EncodingChoice &choice); // why that encoding, where the first byte that is not UTF-8 is
QString fileStatus(const DraftFile &file);            // "8 columns · HubSpot contacts export" or the problem
QString detected(const CsvPreview &preview, int headerRow);
QString problem(const Error &error); // what, where (line, column) and what to do
// For each file whose bytes were imported before: which import and when (empty: none).
QString earlierImports(const ImportReport &report);
// Per file, the placeholders read as missing and in how many cells; empty when none.
QString missingPlaceholders(const ImportReport &report);
// For each leads file: where the new leads' created dates come from, with the counts,
// and the rows that repeat a key of an earlier row; the activity types the events files
// created (empty: nothing to say).
QString leadFileNotes(const ImportReport &report);

} // namespace WizardText

} // namespace LeadStage
