#pragma once

#include <QByteArray>
#include <QStringView>

namespace LeadStage {

// Text as it goes into HTML, SVG or XML, element content and quoted attributes alike:
// `&`, `<`, `>`, `"` and `'` written as references, in UTF-8; control characters XML
// does not allow become U+FFFD.
QByteArray markupText(QStringView text);

} // namespace LeadStage
