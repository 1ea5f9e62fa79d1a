#include "TestHold.h"

#include <QByteArray>

#include <chrono>
#include <cstdio>
#include <thread>

namespace LeadStage {

void TestHold::hold(const char *point)
{
    static const QByteArray wanted = qgetenv("LEADSTAGE_TEST_HOLD");
    if (wanted.isEmpty() || wanted != point)
        return;
    std::fprintf(stderr, "leadstage: held at %s\n", point);
    std::fflush(stderr);
    for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(1));
}

} // namespace LeadStage
