#pragma once

#include <QString>

namespace LeadStage {

// A failure the user can read: what went wrong, where, and what to do next.
struct Error
{
    QString what;   // "database disk image is malformed"
    QString where;  // a file path, "events.csv", "rules[3].points"
    int line = 0;   // 1-based; 0 when not about a line
    int column = 0; // 1-based; 0 when not about a column
    QString hint;   // "Restore the file from a backup, or create a new workspace."

    // One line for a terminal or a status bar: "where:line:column: what. hint"
    QString toString() const;
};

} // namespace LeadStage
