#pragma once

#include <Qt>

namespace LeadStage {

// Which editor a cell of the model editor's tables wants; DraftItemDelegate makes it.
enum class EditorKind { Text, Number, Activity, Condition, Track, Pays, Choices };

// The item-data roles the editor's models answer so one delegate serves them all.
namespace EditorRole {
enum : int {
    Kind = Qt::UserRole + 100, // EditorKind as int
    Minimum,                   // Number: the lowest value
    Maximum,                   // Number: the highest value
    SpecialValue,              // Number: text shown for the lowest value ("no cap")
    Choices,                   // Choices: the names one may check (QStringList)
};
} // namespace EditorRole

} // namespace LeadStage
