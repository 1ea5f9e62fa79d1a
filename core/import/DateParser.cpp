#include "DateParser.h"
#include "DateColumnDetector.h"

#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <limits>

namespace LeadStage {

namespace {

// The range LeadStage's own ISO reader accepts (common/TimeFormat): a year outside it in
// a CRM export is a placeholder ("0001-01-01") or a typo, not a lead's history.
constexpr int minYear = 1900;
constexpr int maxYear = 2200;
constexpr std::int64_t secondsPerDay = 86400;

// In the window's language when it has one (the command line installs no translation).
constexpr const char *monthNames[] = {
    QT_TRANSLATE_NOOP("ImportError", "January"),   QT_TRANSLATE_NOOP("ImportError", "February"),
    QT_TRANSLATE_NOOP("ImportError", "March"),     QT_TRANSLATE_NOOP("ImportError", "April"),
    QT_TRANSLATE_NOOP("ImportError", "May"),       QT_TRANSLATE_NOOP("ImportError", "June"),
    QT_TRANSLATE_NOOP("ImportError", "July"),      QT_TRANSLATE_NOOP("ImportError", "August"),
    QT_TRANSLATE_NOOP("ImportError", "September"), QT_TRANSLATE_NOOP("ImportError", "October"),
    QT_TRANSLATE_NOOP("ImportError", "November"),  QT_TRANSLATE_NOOP("ImportError", "December")};

// Functions, not constants: a constant would be translated before any translator is installed.
QString isoShape()
{
    return QCoreApplication::translate(
        "ImportError", "expected YYYY-MM-DD, optionally with a time (THH:MM:SS) and a zone (Z or +HH:MM)");
}
QString usShape()
{
    return QCoreApplication::translate("ImportError", "expected M/D/YYYY, optionally with a time (H:MM:SS, AM/PM)");
}
QString europeanShape()
{
    return QCoreApplication::translate("ImportError",
                                       "expected D.M.YYYY or D/M/YYYY, optionally with a time (H:MM:SS)");
}
QString epochShape()
{
    return QCoreApplication::translate("ImportError", "expected a whole number of %1 since 1970-01-01");
}

// A cursor for the small grammars below.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text.trimmed())
    {}

    bool atEnd() const { return m_pos == m_text.size(); }
    bool take(char16_t c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    bool takeWord(QStringView word)
    {
        if (!m_text.sliced(m_pos).startsWith(word, Qt::CaseInsensitive))
            return false;
        m_pos += word.size();
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && m_text[m_pos] == u' ')
            ++m_pos;
    }
    // A number of minDigits..maxDigits decimal digits; the digit count is left in `digits`.
    std::optional<std::int64_t> number(int minDigits, int maxDigits, int *digits = nullptr)
    {
        std::int64_t value = 0;
        int count = 0;
        while (count < maxDigits && !atEnd() && m_text[m_pos].isDigit() && m_text[m_pos].unicode() < 128) {
            value = value * 10 + (m_text[m_pos].unicode() - u'0');
            ++m_pos;
            ++count;
        }
        if (digits)
            *digits = count;
        return count >= minDigits ? std::optional(value) : std::nullopt;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

struct Parts
{
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0;
    int offsetMinutes = 0; // east of UTC
};

Error reason(QString what)
{
    return Error{std::move(what)};
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) // month 1..12
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return lengths[month - 1] + (month == 2 && isLeap(year) ? 1 : 0);
}

std::optional<Error> checkDate(int year, int month, int day)
{
    if (year < minYear || year > maxYear)
        return reason(
            QCoreApplication::translate("ImportError", "year %1 is outside %2–%3").arg(year).arg(minYear).arg(maxYear));
    if (month < 1 || month > 12)
        return reason(QCoreApplication::translate("ImportError", "month %1 does not exist").arg(month));
    if (day < 1 || day > daysInMonth(year, month))
        return reason(QCoreApplication::translate("ImportError", "%1 %2 has no day %3")
                          .arg(QCoreApplication::translate("ImportError", monthNames[month - 1]))
                          .arg(year)
                          .arg(day));
    return std::nullopt;
}

Result<std::int64_t> toUtc(const Parts &p)
{
    if (auto invalid = checkDate(p.year, p.month, p.day))
        return *invalid;
    if (p.hour > 23)
        return reason(QCoreApplication::translate("ImportError", "hour %1 does not exist").arg(p.hour));
    if (p.minute > 59)
        return reason(QCoreApplication::translate("ImportError", "minute %1 does not exist").arg(p.minute));
    if (p.second > 59)
        return reason(QCoreApplication::translate("ImportError", "second %1 does not exist").arg(p.second));
    return daysFromCivil(p.year, p.month, p.day) * secondsPerDay + p.hour * 3600 + p.minute * 60 + p.second
           - std::int64_t(p.offsetMinutes) * 60;
}

// H:MM[:SS[.fraction]]; the fraction is dropped, as LeadStage keeps whole seconds.
bool parseClock(Scanner &s, Parts &p, int minHourDigits)
{
    const auto hour = s.number(minHourDigits, 2);
    if (!hour || !s.take(u':'))
        return false;
    const auto minute = s.number(2, 2);
    if (!minute)
        return false;
    p.hour = int(*hour);
    p.minute = int(*minute);
    if (s.take(u':')) {
        const auto second = s.number(2, 2);
        if (!second)
            return false;
        p.second = int(*second);
        if ((s.take(u'.') || s.take(u',')) && !s.number(1, 9))
            return false;
    }
    return true;
}

// Z, +HH:MM, +HHMM or +HH (and their minus forms), or nothing for UTC.
std::optional<Error> parseZone(Scanner &s, Parts &p)
{
    if (s.take(u'Z') || s.take(u'z') || s.atEnd())
        return std::nullopt;
    const int sign = s.take(u'+') ? 1 : s.take(u'-') ? -1 : 0;
    const auto hours = sign ? s.number(2, 2) : std::nullopt;
    if (!hours)
        return reason(isoShape());
    const bool colon = s.take(u':');
    int digits = 0;
    const auto minutes = s.number(2, 2, &digits);
    if ((colon && !minutes) || digits == 1 || *hours > 23 || minutes.value_or(0) > 59)
        return reason(QCoreApplication::translate("ImportError", "the zone offset is not ±HH:MM"));
    p.offsetMinutes = sign * int(*hours * 60 + minutes.value_or(0));
    return std::nullopt;
}

// YYYY-MM-DDTHH:MM:SS with Z or no zone, the shape nearly every export writes, read
// without the scanner: a tenth of an import's reading thread went to dates. Anything
// else, spaces around it too, goes the general way; both check the parts alike.
std::optional<Parts> commonIsoShape(QStringView text)
{
    const qsizetype size = text.size();
    if (size != 19 && !(size == 20 && (text[19] == u'Z' || text[19] == u'z')))
        return std::nullopt;
    const char16_t *c = text.utf16();
    if (c[4] != u'-' || c[7] != u'-' || (c[10] != u'T' && c[10] != u't' && c[10] != u' ') || c[13] != u':'
        || c[16] != u':')
        return std::nullopt;
    // Every digit checked at once: no branch per character on the import's hottest cell.
    unsigned notDigit = 0;
    const auto digit = [c, &notDigit](int at) {
        const unsigned value = unsigned(c[at]) - u'0';
        notDigit |= value > 9 ? 1u : 0u;
        return int(value);
    };
    Parts p;
    p.year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    p.month = digit(5) * 10 + digit(6);
    p.day = digit(8) * 10 + digit(9);
    p.hour = digit(11) * 10 + digit(12);
    p.minute = digit(14) * 10 + digit(15);
    p.second = digit(17) * 10 + digit(18);
    if (notDigit)
        return std::nullopt;
    return p;
}

Result<std::int64_t> parseIso(QStringView text)
{
    if (const std::optional<Parts> common = commonIsoShape(text))
        return toUtc(*common);
    Scanner s(text);
    Parts p;
    const auto year = s.number(4, 4);
    const bool dash1 = s.take(u'-');
    const auto month = s.number(2, 2);
    const bool dash2 = s.take(u'-');
    const auto day = s.number(2, 2);
    if (!year || !dash1 || !month || !dash2 || !day)
        return reason(isoShape());
    p.year = int(*year);
    p.month = int(*month);
    p.day = int(*day);
    if (!s.atEnd()) {
        if (!(s.take(u'T') || s.take(u't') || s.take(u' ')) || !parseClock(s, p, 2))
            return reason(isoShape());
        if (auto zone = parseZone(s, p))
            return *zone;
    }
    if (!s.atEnd())
        return reason(isoShape());
    return toUtc(p);
}

// An optional " H:MM[:SS] [AM|PM]" after a numeric date, as US and European exports write.
bool parseTrailingTime(Scanner &s, Parts &p)
{
    if (s.atEnd())
        return true;
    s.take(u',');
    s.skipSpaces();
    if (!parseClock(s, p, 1))
        return false;
    s.skipSpaces();
    const bool am = s.takeWord(u"AM"), pm = !am && s.takeWord(u"PM");
    if (am || pm) {
        if (p.hour < 1 || p.hour > 12)
            return false;
        p.hour = p.hour % 12 + (pm ? 12 : 0);
    }
    return s.atEnd();
}

Result<std::int64_t> parseNumericDate(QStringView text, bool monthFirst)
{
    Scanner s(text);
    const auto first = s.number(1, 2);
    // US dates use slashes only; European ones slashes or dots, the same one twice.
    const char16_t separator = s.take(u'/') ? u'/' : (!monthFirst && s.take(u'.')) ? u'.' : 0;
    const auto second = separator ? s.number(1, 2) : std::nullopt;
    const bool separated = second && s.take(separator);
    const auto year = separated ? s.number(4, 4) : std::nullopt;
    Parts p;
    if (!first || !year || !parseTrailingTime(s, p))
        return reason(monthFirst ? usShape() : europeanShape());
    p.year = int(*year);
    p.month = int(monthFirst ? *first : *second);
    p.day = int(monthFirst ? *second : *first);
    return toUtc(p);
}

Result<std::int64_t> parseEpoch(QStringView text, std::int64_t unitsPerSecond)
{
    const QString shape = epochShape().arg(unitsPerSecond == 1 ? u"seconds"_qs : u"milliseconds"_qs);
    Scanner s(text);
    const bool negative = s.take(u'-');
    const auto value = s.number(1, 18);
    if (!value || !s.atEnd())
        return reason(shape);
    const std::int64_t units = negative ? -*value : *value;
    // Floor division, so that -1 ms is the last second of 1969.
    const std::int64_t seconds = units / unitsPerSecond - (units % unitsPerSecond < 0 ? 1 : 0);
    const std::int64_t earliest = daysFromCivil(minYear, 1, 1) * secondsPerDay;
    const std::int64_t latest = daysFromCivil(maxYear + 1, 1, 1) * secondsPerDay;
    if (seconds < earliest || seconds >= latest)
        return reason(QCoreApplication::translate("ImportError", "%1 is outside the years %2–%3")
                          .arg(text.trimmed())
                          .arg(minYear)
                          .arg(maxYear));
    // Any number reads as epoch time: a flag (0, 1), a count or an id would land in
    // 1970 and look like a date. Lead data lives in the years epoch formats accept.
    if (!DateColumnDetector::plausible(unitsPerSecond == 1 ? DateFormat::EpochSeconds : DateFormat::EpochMilliseconds,
                                       seconds))
        return reason(
            QCoreApplication::translate(
                "ImportError",
                "%1 is not a plausible date: as %2 since 1970 it is %3, and epoch times before 1990 or after "
                "2099 are refused. Check that this column holds dates, not a flag, a count or an id")
                .arg(text.trimmed(), unitsPerSecond == 1 ? u"seconds"_qs : u"milliseconds"_qs, isoUtc(seconds)));
    return seconds;
}

} // namespace

std::optional<std::int64_t> DateParser::commonIso(QStringView text)
{
    const std::optional<Parts> p = commonIsoShape(text);
    if (!p || p->year < minYear || p->year > maxYear || p->month < 1 || p->month > 12 || p->day < 1 || p->hour > 23
        || p->minute > 59 || p->second > 59)
        return std::nullopt;
    if (p->day > daysInMonth(p->year, p->month))
        return std::nullopt;
    return daysFromCivil(p->year, p->month, p->day) * secondsPerDay + p->hour * 3600 + p->minute * 60 + p->second;
}

Result<std::int64_t> DateParser::parse(QStringView text) const
{
    return parse(text, m_format);
}

Result<std::int64_t> DateParser::parse(QStringView text, DateFormat format)
{
    switch (format) {
    case DateFormat::Iso8601:
        return parseIso(text);
    case DateFormat::MonthDayYear:
        return parseNumericDate(text, true);
    case DateFormat::DayMonthYear:
        return parseNumericDate(text, false);
    case DateFormat::EpochSeconds:
        return parseEpoch(text, 1);
    case DateFormat::EpochMilliseconds:
        return parseEpoch(text, 1000);
    }
    return reason(QCoreApplication::translate("ImportError", "unknown date format"));
}

} // namespace LeadStage
