#include "CsvWriter.h"

#include <QLocale>
#include <QRegularExpression>

namespace LeadStage {

namespace {

// What a spreadsheet skips before it decides whether a cell is a formula.
bool isSkippedLead(QChar c)
{
    return c.isSpace() || c == QChar(0);
}

bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case 0xFF1D: // ＝
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
        return true;
    default:
        return false;
    }
}

bool isPlainNumber(QStringView text)
{
    static const QRegularExpression number(u"^[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"_qs);
    return number.match(text).hasMatch();
}

bool needsQuotes(QStringView text)
{
    for (const QChar c : text)
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    return false;
}

} // namespace

bool CsvWriter::needsFormulaEscape(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.front() == u'\t' || text.front() == u'\r')
        return true;
    qsizetype first = 0;
    while (first < text.size() && isSkippedLead(text[first]))
        ++first;
    if (first == text.size() || !isFormulaStart(text[first]))
        return false;
    return !(first == 0 && isPlainNumber(text));
}

QString CsvWriter::safeText(QStringView text)
{
    QString safe = text.toString();
    safe.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    if (needsFormulaEscape(text))
        safe.prepend(u'\'');
    return safe;
}

QString CsvWriter::textCell(QStringView text)
{
    QString cell = safeText(text);
    if (!needsQuotes(cell) && !needsFormulaEscape(text))
        return cell;
    cell.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + cell + u'"';
}

void CsvWriter::appendText(std::string &out, QStringView text)
{
    bool plain = !needsQuotes(text) && !needsFormulaEscape(text);
    for (const QChar c : text)
        plain = plain && c != QChar(0);
    if (plain) {
        const QByteArray utf8 = text.toUtf8();
        out.append(utf8.constData(), std::size_t(utf8.size()));
        return;
    }
    const QByteArray utf8 = textCell(text).toUtf8();
    out.append(utf8.constData(), std::size_t(utf8.size()));
}

void CsvWriter::appendUtf8(std::string &out, std::string_view utf8)
{
    // A cell a spreadsheet cannot take for a formula and that needs no quotes: the
    // first byte is printable ASCII and no formula start, no byte is special.
    const auto first = utf8.empty() ? 'x' : utf8.front();
    const bool plainStart = first > ' ' && first < 0x7f && first != '=' && first != '+' && first != '-' && first != '@';
    if (plainStart && utf8.find_first_of(std::string_view(",\"\r\n\0", 5)) == std::string_view::npos) {
        out += utf8;
        return;
    }
    appendText(out, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

void CsvWriter::appendInteger(std::string &out, std::int64_t value)
{
    out += std::to_string(value);
}

void CsvWriter::appendNumber(std::string &out, double value)
{
    out += QString::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
}

QString CsvWriter::tsvCell(QStringView text)
{
    QString flat = text.toString();
    flat.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    // Judged on the original: a leading tab or line break is what made it dangerous.
    QString safe = safeText(flat);
    if (needsFormulaEscape(text) && !safe.startsWith(u'\''))
        safe.prepend(u'\'');
    return safe;
}

} // namespace LeadStage
