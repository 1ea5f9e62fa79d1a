#pragma once

#include "common/Progress.h"

#include <cstdint>
#include <memory>
#include <mutex>

namespace LeadStage {

// Numbers the what-if requests of an editing session and keeps only the latest
// alive: next() cancels the request before it (its replay stops within one chunk
// of leads), and isLatest() tells a finished result from a stale one. Thread-safe.
class WhatIfRequests
{
public:
    struct Ticket
    {
        std::uint64_t generation = 0;
        std::shared_ptr<Progress> progress; // pass to WhatIfSession::compare
    };

    Ticket next();
    bool isLatest(std::uint64_t generation) const;
    // Cancels the running request, if any (the editor closes, the workspace changes).
    void cancelAll();

private:
    mutable std::mutex m_mutex;
    std::uint64_t m_generation = 0;
    std::shared_ptr<Progress> m_current;
};

} // namespace LeadStage
