#pragma once

#include "DateFormat.h"
#include "common/Result.h"

#include <QStringView>

#include <cstdint>

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

private:
    DateFormat m_format;
};

} // namespace LeadStage
