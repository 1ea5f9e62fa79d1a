#pragma once

namespace LeadStage {

// Lets a test stop a real process at a named point of long work, to kill it exactly
// there: when the environment variable LEADSTAGE_TEST_HOLD names the point, hold()
// writes "leadstage: held at POINT" to stderr and never returns. Without the variable
// (every real run) it does nothing but compare one string.
class TestHold
{
public:
    static void hold(const char *point);
};

} // namespace LeadStage
