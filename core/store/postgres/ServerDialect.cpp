#include "ServerDialect.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <utility>
#include <vector>

namespace LeadStage::ServerDialect {

namespace {

struct Token
{
    enum Kind { Word, Parameter, Space, Quoted, Other } kind;
    std::string_view text;
};

bool isWordStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}

bool isWordPart(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

// The end of a quoted text or name starting at `at` (its quote doubled inside it).
std::size_t quotedEnd(std::string_view sql, std::size_t at)
{
    const char quote = sql[at];
    std::size_t i = at + 1;
    while (i < sql.size()) {
        if (sql[i] == quote) {
            if (i + 1 < sql.size() && sql[i + 1] == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();
}

std::vector<Token> tokens(std::string_view sql)
{
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        std::size_t end = i + 1;
        Token::Kind kind = Token::Other;
        if (std::isspace(static_cast<unsigned char>(c))) {
            while (end < sql.size() && std::isspace(static_cast<unsigned char>(sql[end])))
                ++end;
            kind = Token::Space;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            end = std::min(sql.size(), sql.find('\n', i) == std::string_view::npos ? sql.size() : sql.find('\n', i));
            kind = Token::Space;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const std::size_t close = sql.find("*/", i + 2);
            end = close == std::string_view::npos ? sql.size() : close + 2;
            kind = Token::Space;
        } else if (c == '\'' || c == '"' || c == '`') {
            end = quotedEnd(sql, i);
            kind = Token::Quoted;
        } else if (c == '?') {
            while (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql[end])))
                ++end;
            kind = Token::Parameter;
        } else if (isWordStart(c)) {
            while (end < sql.size() && isWordPart(sql[end]))
                ++end;
            kind = Token::Word;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            // A number's letters (1e5, 0x1F) stay part of it, not a word.
            while (end < sql.size() && (isWordPart(sql[end]) || sql[end] == '.'))
                ++end;
        }
        out.push_back({kind, sql.substr(i, end - i)});
        i = end;
    }
    return out;
}

bool is(const Token &token, std::string_view keyword)
{
    return token.kind == Token::Word && token.text.size() == keyword.size()
           && std::equal(keyword.begin(), keyword.end(), token.text.begin(),
                         [](char a, char b) { return a == std::toupper(static_cast<unsigned char>(b)); });
}

// The index of the next token after `i` that is not space, or tokens.size().
std::size_t next(const std::vector<Token> &list, std::size_t i)
{
    ++i;
    while (i < list.size() && list[i].kind == Token::Space)
        ++i;
    return i;
}

bool isClauseWord(const Token &token)
{
    for (const char *word : {"ON", "WHERE", "JOIN", "LEFT", "INNER", "CROSS", "USING", "GROUP", "ORDER", "LIMIT"})
        if (is(token, word))
            return true;
    return false;
}

// After `CROSS` at `i`: whether `JOIN name [[AS] alias] ON` follows.
bool crossJoinWithOn(const std::vector<Token> &list, std::size_t i)
{
    std::size_t at = next(list, i);
    if (at >= list.size() || !is(list[at], "JOIN"))
        return false;
    at = next(list, at);
    if (at >= list.size() || list[at].kind != Token::Word)
        return false;
    at = next(list, at);
    if (at < list.size() && is(list[at], "AS"))
        at = next(list, at);
    if (at < list.size() && list[at].kind == Token::Word && !isClauseWord(list[at]))
        at = next(list, at);
    return at < list.size() && is(list[at], "ON");
}

// Whether the call whose "(" is at `open` has more than one argument.
bool hasSeveralArguments(const std::vector<Token> &list, std::size_t open)
{
    int depth = 0;
    for (std::size_t i = open; i < list.size(); ++i) {
        if (list[i].text == "(")
            ++depth;
        else if (list[i].text == ")" && --depth == 0)
            return false;
        else if (list[i].text == "," && depth == 1)
            return true;
    }
    return false;
}

} // namespace

namespace {

// SQLite's json_patch(target, patch) over the flat objects of a lead's attrs (RFC 7396:
// a patch's key replaces the target's in place, a new one goes last, a null removes
// it), written out as SQLite writes it: no spaces, the values' text as given.
std::string jsonPatch(const std::string &target, const std::string &patch)
{
    return "(SELECT COALESCE('{' || string_agg(to_json(m.k)::text || ':' || m.v, ',' ORDER BY m.part, m.ord) || "
           "'}', '{}') FROM (SELECT 1 AS part, t.ord, t.key AS k, COALESCE(p.value::text, t.value::text) AS v "
           "FROM json_each(("
           + target + ")::json) WITH ORDINALITY AS t(key, value, ord) LEFT JOIN json_each((" + patch
           + ")::json) AS p ON p.key = t.key UNION ALL SELECT 2, p.ord, p.key, p.value::text FROM json_each((" + patch
           + ")::json) WITH ORDINALITY AS p(key, value, ord) WHERE NOT EXISTS (SELECT 1 FROM json_each((" + target
           + ")::json) AS t2 WHERE t2.key = p.key)) AS m WHERE m.v <> 'null')";
}

// Copies tokens [begin, end) into `out` in PostgreSQL's spelling.
class Translator
{
public:
    explicit Translator(const std::vector<Token> &list)
        : m_list(list)
    {}

    void emit(std::size_t begin, std::size_t end, std::string &out);
    int largest() const { return m_largest; }
    bool onConflictDoNothing() const { return m_onConflictDoNothing; }

private:
    std::size_t callTo(std::size_t i, std::size_t end, std::string_view name) const;
    std::size_t closing(std::size_t open, std::size_t end) const;
    std::size_t topComma(std::size_t open, std::size_t close) const;

    const std::vector<Token> &m_list;
    int m_largest = 0;
    bool m_onConflictDoNothing = false;
};

// Where the "(" of a call to `name` at `i` is, or 0 when `i` is not such a call.
std::size_t Translator::callTo(std::size_t i, std::size_t end, std::string_view name) const
{
    if (!is(m_list[i], name))
        return 0;
    const std::size_t open = next(m_list, i);
    return open < end && m_list[open].text == "(" ? open : 0;
}

// The ")" that closes the "(" at `open` (or `end`).
std::size_t Translator::closing(std::size_t open, std::size_t end) const
{
    int depth = 0;
    for (std::size_t i = open; i < end; ++i) {
        if (m_list[i].text == "(")
            ++depth;
        else if (m_list[i].text == ")" && --depth == 0)
            return i;
    }
    return end;
}

// The first comma between the parentheses at `open` and `close` at their own depth, or `close`.
std::size_t Translator::topComma(std::size_t open, std::size_t close) const
{
    int depth = 0;
    for (std::size_t i = open + 1; i < close; ++i) {
        if (m_list[i].text == "(")
            ++depth;
        else if (m_list[i].text == ")")
            --depth;
        else if (m_list[i].text == "," && depth == 0)
            return i;
    }
    return close;
}

void Translator::emit(std::size_t begin, std::size_t end, std::string &out)
{
    for (std::size_t i = begin; i < end; ++i) {
        const Token &token = m_list[i];
        if (token.kind == Token::Parameter) {
            int number = m_largest + 1;
            if (token.text.size() > 1)
                std::from_chars(token.text.data() + 1, token.text.data() + token.text.size(), number);
            m_largest = std::max(m_largest, number);
            out += '$';
            out += std::to_string(number);
            continue;
        }
        if (is(token, "BEGIN")) {
            const std::size_t after = next(m_list, i);
            out += token.text;
            if (after < end
                && (is(m_list[after], "IMMEDIATE") || is(m_list[after], "DEFERRED") || is(m_list[after], "EXCLUSIVE")))
                i = after;
            continue;
        }
        if (is(token, "INSERT")) {
            const std::size_t orWord = next(m_list, i);
            const std::size_t ignore = orWord < end ? next(m_list, orWord) : end;
            if (orWord < end && ignore < end && is(m_list[orWord], "OR")
                && (is(m_list[ignore], "IGNORE") || is(m_list[ignore], "FAIL"))) {
                out += token.text;
                // OR FAIL keeps the rows before a failing one: the statement fails as
                // PostgreSQL's every failure does, and LeadStage then rolls back anyway.
                m_onConflictDoNothing = m_onConflictDoNothing || is(m_list[ignore], "IGNORE");
                i = ignore;
                continue;
            }
        }
        // SQLite's `a IS b` and `a IS NOT b` compare any two values, NULL equal to NULL.
        if (is(token, "IS")) {
            const std::size_t after = next(m_list, i);
            const bool negated = after < end && is(m_list[after], "NOT");
            const std::size_t operand = negated ? next(m_list, after) : after;
            if (operand < end && !is(m_list[operand], "NULL") && !is(m_list[operand], "TRUE")
                && !is(m_list[operand], "FALSE") && !is(m_list[operand], "DISTINCT")) {
                out += negated ? "IS DISTINCT FROM " : "IS NOT DISTINCT FROM ";
                i = operand - 1;
                continue;
            }
        }
        // SQLite's schema of temporary tables.
        if (is(token, "TEMP") && i + 1 < end && m_list[i + 1].text == ".") {
            out += "pg_temp";
            continue;
        }
        if (const std::size_t open = callTo(i, end, "JSON_PATCH")) {
            const std::size_t close = closing(open, end);
            const std::size_t comma = topComma(open, close);
            std::string target, patch;
            emit(open + 1, comma, target);
            emit(std::min(next(m_list, comma), close), close, patch);
            out += jsonPatch(target, patch);
            i = close;
            continue;
        }
        // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE ignores it too.
        if (is(token, "LIKE")) {
            out += "ILIKE";
            continue;
        }
        // SQLite's group_concat(text, separator) is PostgreSQL's string_agg.
        if (callTo(i, end, "GROUP_CONCAT")) {
            out += "string_agg";
            continue;
        }
        // SQLite's instr(text, part) is PostgreSQL's strpos(text, part): same order, same answers.
        if (callTo(i, end, "INSTR")) {
            out += "strpos";
            continue;
        }
        // SQLite's max and min of several values (not the aggregates of one).
        if (const std::size_t open = callTo(i, end, "MAX") ? callTo(i, end, "MAX") : callTo(i, end, "MIN");
            open && hasSeveralArguments(m_list, open)) {
            out += is(token, "MAX") ? "greatest" : "least";
            continue;
        }
        // The rows of a JSON object kept as text (a lead's attrs): key and value, the
        // value as text (NULL for JSON null), as SQLite's json_each gives them.
        if (const std::size_t open = callTo(i, end, "JSON_EACH")) {
            const std::size_t close = closing(open, end);
            out += "json_each_text((";
            emit(open + 1, close, out);
            out += ")::json)";
            i = close;
            continue;
        }
        // json_extract(json, path): SQLite's paths ($.key, $."key") are SQL/JSON paths too.
        if (const std::size_t open = callTo(i, end, "JSON_EXTRACT")) {
            const std::size_t close = closing(open, end);
            const std::size_t comma = topComma(open, close);
            out += "(jsonb_path_query_first((";
            emit(open + 1, comma, out);
            out += ")::jsonb, (";
            emit(std::min(next(m_list, comma), close), close, out);
            out += ")::jsonpath) #>> '{}')";
            i = close;
            continue;
        }
        if (is(token, "CROSS") && crossJoinWithOn(m_list, i)) {
            i = next(m_list, i) - 1; // drops CROSS and the space after it
            continue;
        }
        out += token.text;
    }
}

} // namespace

Translated translate(std::string_view sqliteSql)
{
    const std::vector<Token> list = tokens(sqliteSql);
    std::string out;
    out.reserve(sqliteSql.size() + 32);
    std::size_t tail = list.size(); // where a trailing `;` and space begin
    while (tail > 0 && (list[tail - 1].kind == Token::Space || list[tail - 1].text == ";"))
        --tail;
    Translator translator(list);
    translator.emit(0, tail, out);
    if (translator.onConflictDoNothing())
        out += " ON CONFLICT DO NOTHING";
    return {std::move(out), translator.largest()};
}

} // namespace LeadStage::ServerDialect
