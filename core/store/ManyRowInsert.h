#pragma once

#include <string>
#include <string_view>

namespace LeadStage {

// The text of an INSERT of `rows` rows of `columns` placeholders each: `head` is the
// statement up to VALUES ("INSERT OR IGNORE INTO t (a, b)"). Many rows to a statement
// share SQLite's per-statement work; bulk writers use it with OR IGNORE or OR FAIL,
// because a statement of many rows that may ABORT (a plain INSERT) writes a statement
// journal for every page it touches, which costs more than it saves. The text repeats
// a constant placeholder group, nothing from the data.
std::string manyRowInsert(std::string_view head, int columns, int rows);

} // namespace LeadStage
