#pragma once

#include "DateFormat.h"

#include <QList>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace LeadStage {

// Which formats fit every value of a column. More than one means the column is
// ambiguous (every value reads as both M/D/YYYY and D/M/YYYY) and the user must choose.
struct DateColumnGuess
{
    QList<DateFormat> formats; // in allDateFormats order
    int samples = 0;           // non-empty values looked at

    bool ambiguous() const { return formats.size() > 1; }
    std::optional<DateFormat> format() const
    {
        return formats.size() == 1 ? std::optional(formats.front()) : std::nullopt;
    }
};

// Looks at a column's values one by one (a preview's or a whole file's) and says which
// date formats fit them all. It decides nothing on its own: a single value whose first
// number is over 12 rules M/D/YYYY out, and without one both remain.
class DateColumnDetector
{
public:
    // Empty values are skipped: an empty date means "none".
    void add(QStringView value);

    int samples() const { return m_samples; }
    DateColumnGuess guess() const;
    // Epoch formats name a plausible moment only in 1990-2099, where leads live; the
    // other formats are checked by their own parsing.
    static bool plausible(DateFormat format, std::int64_t seconds);

private:
    std::array<int, allDateFormats.size()> m_fits{}; // values read, counted up to the first missed
    int m_samples = 0;
};

} // namespace LeadStage
