#include "WhatIfRequests.h"

namespace LeadStage {

WhatIfRequests::Ticket WhatIfRequests::next()
{
    std::lock_guard lock(m_mutex);
    if (m_current)
        m_current->cancel();
    m_current = std::make_shared<Progress>();
    return Ticket{++m_generation, m_current};
}

bool WhatIfRequests::isLatest(std::uint64_t generation) const
{
    std::lock_guard lock(m_mutex);
    return generation == m_generation && m_current && !m_current->cancelled();
}

void WhatIfRequests::cancelAll()
{
    std::lock_guard lock(m_mutex);
    if (m_current)
        m_current->cancel();
}

} // namespace LeadStage
