#include "CopyText.h"

#include "RealText.h"
#include "store/postgres/HexDigit.h"

#include <charconv>

namespace LeadStage::CopyText {

namespace {

void appendEscaped(std::string &out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

// The server escapes backslash and the control characters; octal and hex escapes are
// read too, as the format allows them.
void unescape(std::string_view field, std::string &out)
{
    out.clear();
    for (std::size_t i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c != '\\' || i + 1 == field.size()) {
            out += c;
            continue;
        }
        const char next = field[++i];
        switch (next) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'v':
            out += '\v';
            break;
        case 'x': {
            int value = 0, digits = 0;
            while (digits < 2 && i + 1 < field.size() && hexDigitValue(field[i + 1]) >= 0)
                value = value * 16 + hexDigitValue(field[++i]), ++digits;
            out += digits ? char(value) : 'x';
            break;
        }
        default:
            if (next >= '0' && next <= '7') {
                int value = next - '0', digits = 1;
                while (digits < 3 && i + 1 < field.size() && field[i + 1] >= '0' && field[i + 1] <= '7')
                    value = value * 8 + (field[++i] - '0'), ++digits;
                out += char(value);
            } else {
                out += next;
            }
        }
    }
}

} // namespace

void appendRow(std::string &out, TableRow row)
{
    bool first = true;
    for (const FieldValue &field : row) {
        if (!first)
            out += '\t';
        first = false;
        switch (field.kind) {
        case FieldValue::Kind::Null:
            out += "\\N";
            break;
        case FieldValue::Kind::Integer: {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, field.integer).ptr;
            out.append(digits, end);
            break;
        }
        case FieldValue::Kind::Real:
            appendReal(out, field.real);
            break;
        case FieldValue::Kind::Text:
            appendEscaped(out, field.text);
            break;
        }
    }
    out += '\n';
}

RowParser::RowParser(const TableShape &table)
    : m_table(table)
    , m_fields(table.columns.size())
    , m_texts(table.columns.size())
{}

Status RowParser::parse(std::string_view line)
{
    if (!line.empty() && line.back() == '\n')
        line.remove_suffix(1);
    std::size_t start = 0;
    for (std::size_t column = 0; column < m_fields.size(); ++column) {
        const std::size_t tab = line.find('\t', start);
        const bool last = column + 1 == m_fields.size();
        if ((tab == std::string_view::npos) != last)
            return Error{u"the server sent a row of table %1 with the wrong number of fields"_qs.arg(m_table.name)};
        const std::string_view text = line.substr(start, last ? std::string_view::npos : tab - start);
        start = tab + 1;
        FieldValue &field = m_fields[column];
        if (text == "\\N") {
            field = FieldValue{};
            continue;
        }
        field.kind = m_table.columns[column].type;
        bool ok = true;
        switch (field.kind) {
        case FieldValue::Kind::Integer: {
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), field.integer);
            ok = error == std::errc() && end == text.data() + text.size();
            break;
        }
        case FieldValue::Kind::Real:
            ok = parseReal(text, field.real);
            break;
        case FieldValue::Kind::Text:
            unescape(text, m_texts[column]);
            field.text = m_texts[column];
            break;
        case FieldValue::Kind::Null:
            break;
        }
        if (!ok)
            return Error{u"the server sent '%1' for %2.%3, which is not a %4"_qs.arg(
                QString::fromUtf8(text.data(), qsizetype(text.size())), m_table.name, m_table.columns[column].name,
                field.kind == FieldValue::Kind::Integer ? u"whole number"_qs : u"number"_qs)};
    }
    return {};
}

} // namespace LeadStage::CopyText
