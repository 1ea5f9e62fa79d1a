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

Translated translate(std::string_view sqliteSql)
{
    const std::vector<Token> list = tokens(sqliteSql);
    std::string out;
    out.reserve(sqliteSql.size() + 32);
    int largest = 0;
    bool onConflictDoNothing = false;
    std::size_t tail = list.size(); // where a trailing `;` and space begin
    while (tail > 0 && (list[tail - 1].kind == Token::Space || list[tail - 1].text == ";"))
        --tail;
    for (std::size_t i = 0; i < tail; ++i) {
        const Token &token = list[i];
        if (token.kind == Token::Parameter) {
            int number = largest + 1;
            if (token.text.size() > 1)
                std::from_chars(token.text.data() + 1, token.text.data() + token.text.size(), number);
            largest = std::max(largest, number);
            out += '$';
            out += std::to_string(number);
            continue;
        }
        if (is(token, "BEGIN")) {
            const std::size_t after = next(list, i);
            out += token.text;
            if (after < tail
                && (is(list[after], "IMMEDIATE") || is(list[after], "DEFERRED") || is(list[after], "EXCLUSIVE")))
                i = after;
            continue;
        }
        if (is(token, "INSERT")) {
            const std::size_t orWord = next(list, i);
            const std::size_t ignore = orWord < tail ? next(list, orWord) : tail;
            if (orWord < tail && ignore < tail && is(list[orWord], "OR") && is(list[ignore], "IGNORE")) {
                out += token.text;
                onConflictDoNothing = true;
                i = ignore;
                continue;
            }
        }
        // SQLite's instr(text, part) is PostgreSQL's strpos(text, part): same order, same answers.
        if (is(token, "INSTR") && next(list, i) < tail && list[next(list, i)].text == "(") {
            out += "strpos";
            continue;
        }
        // SQLite's max and min of several values (not the aggregates of one).
        if ((is(token, "MAX") || is(token, "MIN")) && next(list, i) < tail && list[next(list, i)].text == "("
            && hasSeveralArguments(list, next(list, i))) {
            out += is(token, "MAX") ? "greatest" : "least";
            continue;
        }
        if (is(token, "CROSS") && crossJoinWithOn(list, i)) {
            i = next(list, i) - 1; // drops CROSS and the space after it
            continue;
        }
        out += token.text;
    }
    if (onConflictDoNothing)
        out += " ON CONFLICT DO NOTHING";
    return {std::move(out), largest};
}

} // namespace LeadStage::ServerDialect
