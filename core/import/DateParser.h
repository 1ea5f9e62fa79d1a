#pragma once

#include "DateFormat.h"
#include "common/Result.h"

#include <QStringView>

#include <cstdint>
#include <optional>

namespace LeadStage {

// Reads a date (optionally with a time) in one known format into UTC seconds since
// the epoch. Values without a zone are taken as UTC. A value that does not fit, or
// names a day that does not exist, is an Error whose `what` gives the reason; the
// caller fills in where, line and column.
class DateParser
{
public:
    explicit DateParser(DateFormat format)
        : m_format(format)
    {}

    DateFormat format() const { return m_format; }
    Result<std::int64_t> parse(QStringView text) const;

    static Result<std::int64_t> parse(QStringView text, DateFormat format);

    // The seconds of a valid `YYYY-MM-DD[T ]HH:MM:SS[Z]`, the shape nearly every export
    // writes, without building a Result; nothing for any other text, valid or not (then
    // parse() reads it and says what is wrong). The same value parse() gives.
    static std::optional<std::int64_t> commonIso(QStringView text);

private:
    DateFormat m_format;
};

} // namespace LeadStage
