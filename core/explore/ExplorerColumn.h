#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <string_view>

namespace LeadStage {

// The lead explorer's columns. Each one names the only SQL that may read or order
// it: sorting picks a column from this list, never SQL text from the user or the data.
enum class ExplorerColumn : int {
    Name,
    Email,
    Company,
    Stage,
    Grade,
    Engagement,
    Info,
    Intent,
    Product,
    Fit,
    Source,
    Campaign,
    Industry,
    LastActivity,
    Created,
    CrmId // the lead's id in the CRM it came from (leads.external_id); hidden until chosen
};

inline constexpr int explorerColumnCount = 16;

enum class ColumnKind { Text, Number, Time };

struct ExplorerColumnSpec
{
    ExplorerColumn column;
    const char *header; // translated through LeadTableModel
    ColumnKind kind;
    bool textKey; // the key scan yields text (else an integer or NULL)
    // "SELECT id, key FROM …" in storage order: the sort key of every lead that has one.
    // Text keys are compared like SQLite's NOCASE collation (ASCII folded).
    std::string_view keyScan;
    // Text keys made of several columns ("first last"): the scan yields them after the
    // id and they are joined by one space, NULL as empty, as the table shows them.
    int keyParts = 1;
};

const ExplorerColumnSpec &columnSpec(ExplorerColumn column);
const std::array<ExplorerColumnSpec, explorerColumnCount> &columnSpecs();

} // namespace LeadStage
