#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace LeadStage {

// The three kinds of file an import takes (DESIGN §3 "Files"), in the order they land:
// leads first, so that events and outcomes of the same import find their leads.
enum class ImportKind { Leads, Events, Outcomes };

constexpr ImportKind allImportKinds[] = {ImportKind::Leads, ImportKind::Events, ImportKind::Outcomes};

// "leads", "events", "outcomes": the names used in mapping files, `imports.kind` and JSON.
QString importKindName(ImportKind kind);
std::optional<ImportKind> importKindFromName(QStringView name);

// The fields a column of this kind of file can be mapped to, in display order.
// Leads: external_id, email, first_name, ... created_at. Events and outcomes name
// their lead by `lead` (a CRM id or an e-mail) and/or `email`.
const QStringList &importFields(ImportKind kind);
// The fields lead and outcome files share for what real exports carry beside dates
// (DESIGN §4): yes/no columns of outcomes reached without a date (`customer_flag` …)
// and the CRM's recorded stages, dated (`recorded_mql_at` …) or yes/no
// (`recorded_mql_flag` …). See StageCells.
const QStringList &stageFields();
// Fields holding a date: read with the column's DateFormat.
bool isDateField(ImportKind kind, QStringView field);
// Fields a file of this kind cannot do without (at least one of the lead keys counts).
QStringList requiredFields(ImportKind kind);

// What happens to a lead row whose lead already exists.
enum class OnMatch { Update, Skip };

} // namespace LeadStage
