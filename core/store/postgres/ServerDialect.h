#pragma once

#include <string>
#include <string_view>

namespace LeadStage::ServerDialect {

// LeadStage's SQL is written once, in SQLite's dialect; this rewrites the few forms
// PostgreSQL spells differently, so one statement serves both stores:
// - parameters `?NNN` and `?` become `$NNN` (a bare `?` takes one more than the
//   largest number before it, as in SQLite);
// - `BEGIN IMMEDIATE | DEFERRED | EXCLUSIVE` becomes `BEGIN`;
// - `INSERT OR IGNORE INTO …` becomes `INSERT INTO … ON CONFLICT DO NOTHING`, and
//   `INSERT OR FAIL` a plain INSERT;
// - `a IS b` and `a IS NOT b` (b not NULL) become `IS [NOT] DISTINCT FROM`;
// - `temp.name` becomes `pg_temp.name`;
// - `json_patch(target, patch)` of two flat JSON objects becomes an expression that
//   merges them as SQLite does and writes the result as SQLite writes it;
// - `CROSS JOIN t [alias] ON …` (SQLite's way to fix the join order) becomes `JOIN`;
// - `instr(text, part)` becomes `strpos(text, part)`, `group_concat(text, separator)`
//   `string_agg` (both arguments given);
// - `max(a, b, …)` and `min(a, b, …)` of several values become `greatest` and `least`,
//   which pass over a NULL where SQLite's answer NULL: shared statements give them
//   no NULLs (coalesce first);
// - `LIKE` becomes `ILIKE` (SQLite's ignores the case of ASCII letters; ILIKE ignores
//   all case);
// - `json_each(expr)` becomes `json_each_text((expr)::json)`: the key and the value as
//   text of a JSON object (LeadStage runs it over objects only: a lead's attrs);
// - `json_extract(json, path)` becomes the first item at that SQL/JSON path, as text
//   (SQLite's gives numbers as numbers: readers that care take a text that is wholly a
//   number as one).
// Quoted texts, quoted names and comments are copied untouched. What has no
// counterpart (PRAGMA, sqlite_schema) is left for the server to refuse: callers that
// need them ask Database::dialect() first.
struct Translated
{
    std::string sql;
    int parameters = 0; // the largest parameter number used, 0 for none
};
Translated translate(std::string_view sqliteSql);

} // namespace LeadStage::ServerDialect
