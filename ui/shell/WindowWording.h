#pragma once

#include "common/Error.h"

#include <QString>

namespace LeadStage {

// Core's errors are written for the command line too, and a hint may name a command or an
// option ("`leadstage score FILE --as-of …`"). The window shows no command line: these drop
// every sentence of a text that does, keeping the rest ("Choose a .leadstage file.").
QString withoutCommandLine(const QString &text);
Error forWindow(Error error);
// true when `text` shows a command line: "`leadstage …`", "leadstage import", "--option".
bool namesCommandLine(const QString &text);

} // namespace LeadStage
