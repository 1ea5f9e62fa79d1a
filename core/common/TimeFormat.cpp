#include "TimeFormat.h"

namespace LeadStage {

namespace {

constexpr std::int64_t secondsPerDay = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

std::optional<int> digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool validDate(int year, int month, int day)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= lengths[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace

std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const std::int64_t era = floorDiv(year, 400);
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t days, int &year, int &month, int &day)
{
    days += 719468;
    const std::int64_t era = floorDiv(days, 146097);
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2));
}

void appendIsoUtc(std::string &out, std::int64_t secondsSinceEpoch)
{
    const std::int64_t days = floorDiv(secondsSinceEpoch, secondsPerDay);
    const int secondOfDay = int(secondsSinceEpoch - days * secondsPerDay);
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    char text[20];
    putDigits(text, year, 4);
    text[4] = '-';
    putDigits(text + 5, month, 2);
    text[7] = '-';
    putDigits(text + 8, day, 2);
    text[10] = 'T';
    putDigits(text + 11, secondOfDay / 3600, 2);
    text[13] = ':';
    putDigits(text + 14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    putDigits(text + 17, secondOfDay % 60, 2);
    text[19] = 'Z';
    out.append(text, sizeof text);
}

QString isoUtc(std::int64_t secondsSinceEpoch)
{
    std::string text;
    appendIsoUtc(text, secondsSinceEpoch);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QString isoDate(std::int64_t secondsSinceEpoch)
{
    return isoUtc(secondsSinceEpoch).left(10);
}

std::optional<std::int64_t> parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const auto year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (!year || !month || !day || !validDate(*year, *month, *day))
        return std::nullopt;
    return daysFromCivil(*year, *month, *day) * secondsPerDay;
}

std::optional<std::int64_t> parseIsoUtc(QStringView text)
{
    if (text.size() != 20 || text[10] != u'T' || text[13] != u':' || text[16] != u':' || text[19] != u'Z')
        return std::nullopt;
    const auto date = parseIsoDate(text.first(10));
    const auto hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (!date || !hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    return *date + *hour * 3600 + *minute * 60 + *second;
}

} // namespace LeadStage
