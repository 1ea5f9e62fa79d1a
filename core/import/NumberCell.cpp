#include "NumberCell.h"

#include <QCoreApplication>
#include <cmath>

namespace LeadStage {

namespace {

bool allDigits(QStringView text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

Error notANumber(QStringView text)
{
    return Error{QCoreApplication::translate(
                     "ImportError",
                     "'%1' is not a number (digits, with , or . between thousands and before decimals; no currency "
                     "sign, no letters)")
                     .arg(text)};
}

// Thousands groups: one to three digits, then groups of exactly three.
bool validGroups(QStringView integer, QChar separator)
{
    const auto groups = integer.split(separator);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups[i].size();
        if (!allDigits(groups[i]) || (i == 0 ? size < 1 || size > 3 : size != 3))
            return false;
    }
    return true;
}

// Which character marks the decimals and which groups thousands (a null QChar: none).
struct Separators
{
    QChar decimal;
    QChar group;
};

Result<Separators> separatorsOf(QStringView body, QStringView text)
{
    const qsizetype dots = body.count(u'.'), commas = body.count(u',');
    if (dots > 0 && commas > 0) {
        const QChar decimal = body.lastIndexOf(u'.') > body.lastIndexOf(u',') ? u'.' : u',';
        if (body.count(decimal) > 1)
            return notANumber(text);
        return Separators{decimal, decimal == u'.' ? u',' : u'.'};
    }
    if (dots + commas > 1)
        return Separators{QChar(), dots ? u'.' : u','};
    if (dots + commas == 0)
        return Separators{};
    const qsizetype at = body.indexOf(dots ? u'.' : u',');
    if (body.size() - at - 1 == 3 && at >= 1 && at <= 3 && body[0] != u'0')
        return Error{QCoreApplication::translate(
                         "ImportError",
                         "'%1' is ambiguous: the %2 may separate thousands (%3) or mark decimals (%4); write it with "
                         "both separators (1,000.00 or 1.000,00) or with none")
                         .arg(text,
                              body[at] == u'.' ? QCoreApplication::translate("ImportError", "point")
                                               : QCoreApplication::translate("ImportError", "comma"),
                              body.first(at).toString() + body.sliced(at + 1).toString(),
                              body.first(at).toString() + u'.' + body.sliced(at + 1).toString())};
    return Separators{body[at], QChar()};
}

} // namespace

Result<double> parseAmount(QStringView text)
{
    QStringView body = text;
    const bool negative = body.startsWith(u'-');
    if (negative || body.startsWith(u'+'))
        body = body.sliced(1);
    bool digit = false;
    for (const QChar c : body) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u'.' && c != u',')
            return notANumber(text);
    }
    if (!digit)
        return notANumber(text);
    const auto separators = separatorsOf(body, text);
    if (!separators)
        return separators.error();
    const qsizetype decimalAt = separators->decimal.isNull() ? body.size() : body.indexOf(separators->decimal);
    const QStringView integer = body.first(decimalAt);
    const QStringView fraction = decimalAt < body.size() ? body.sliced(decimalAt + 1) : QStringView();
    if (separators->group.isNull() ? !allDigits(integer) : !validGroups(integer, separators->group))
        return Error{
            QCoreApplication::translate(
                "ImportError", "'%1' is not a number: thousands separators stand between groups of three digits")
                .arg(text)};
    if (decimalAt < body.size() && (fraction.isEmpty() || !allDigits(fraction)))
        return notANumber(text);
    QString plain = negative ? u"-"_qs : QString();
    for (const QChar c : integer)
        if (c != separators->group)
            plain += c;
    plain += u'.' + (fraction.isEmpty() ? u"0"_qs : fraction.toString());
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{QCoreApplication::translate("ImportError", "'%1' is too large").arg(text)};
    return value;
}

Result<std::int64_t> parseCount(QStringView text)
{
    if (text.startsWith(u'-') && text.size() > 1 && allDigits(text.sliced(1)))
        return Error{QCoreApplication::translate("ImportError", "'%1' is negative").arg(text)};
    bool ok = false;
    const std::int64_t value = allDigits(text.startsWith(u'+') ? text.sliced(1) : text) ? text.toLongLong(&ok) : 0;
    if (!ok)
        return Error{QCoreApplication::translate("ImportError", "'%1' is not a whole number").arg(text)};
    return value;
}

} // namespace LeadStage
