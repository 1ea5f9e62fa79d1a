#include "DateColumnDetector.h"

#include "DateParser.h"
#include "common/TimeFormat.h"

namespace LeadStage {

void DateColumnDetector::add(QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return;
    // A format that missed one value can no longer fit them all: it is not tried again,
    // so a column of names costs each format one parse, not one a row (a scan's 5 000
    // rows of a dozen columns parsed with every format took a fifth of a second).
    const int before = m_samples++;
    for (const DateFormat format : allDateFormats) {
        int &fits = m_fits[size_t(format)];
        if (fits < before)
            continue;
        const Result<std::int64_t> parsed = DateParser::parse(value, format);
        if (parsed.ok() && plausible(format, parsed.value()))
            ++fits;
    }
}

DateColumnGuess DateColumnDetector::guess() const
{
    DateColumnGuess guess;
    guess.samples = m_samples;
    if (m_samples == 0)
        return guess;
    for (const DateFormat format : allDateFormats) {
        if (m_fits[size_t(format)] == m_samples)
            guess.formats.append(format);
    }
    return guess;
}

// Any number parses as epoch seconds, so a column of IDs or of 20250314-style dates
// would "fit". Detection only offers an epoch format when the moment it names lies in
// 1990-2099 (where leads live); seconds and milliseconds then never overlap. Parsing
// with a format the user chose is not limited this way.
bool DateColumnDetector::plausible(DateFormat format, std::int64_t seconds)
{
    if (format != DateFormat::EpochSeconds && format != DateFormat::EpochMilliseconds)
        return true;
    constexpr std::int64_t secondsPerDay = 86400;
    return seconds >= daysFromCivil(1990, 1, 1) * secondsPerDay && seconds < daysFromCivil(2100, 1, 1) * secondsPerDay;
}

} // namespace LeadStage
