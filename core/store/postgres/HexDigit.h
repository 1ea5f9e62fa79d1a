#pragma once

namespace LeadStage {

// A hexadecimal digit's value, -1 for any other character: bytea's hex output and
// COPY's \x escapes.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace LeadStage
