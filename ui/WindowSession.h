#pragma once

namespace LeadStage {

// Marks that a LeadStage window runs: one lock file per process in the user's data
// folder (sessions/), removed when the window ends in order. A file whose process is
// gone, found at the next start, means that run ended without closing (a crash, a
// kill, a power cut). Windows running side by side each keep their own file.
class WindowSession
{
public:
    // Starts this process's session. True when an earlier one ended without closing;
    // what it left is cleared.
    static bool begin();
    // The orderly end: this process's file goes.
    static void end();
};

} // namespace LeadStage
