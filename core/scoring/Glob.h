#pragma once

#include <QStringView>

namespace LeadStage {

// The detail patterns of rules and triggers: `*` any run, `?` one character,
// everything else literal and compared case-insensitively (URLs and asset names
// arrive in whatever case the source system used).
class Glob
{
public:
    static bool matches(QStringView pattern, QStringView text);
};

} // namespace LeadStage
