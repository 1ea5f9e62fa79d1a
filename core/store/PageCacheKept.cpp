#include "PageCacheKept.h"

#include "Database.h"
#include "Statement.h"

#include <string>

namespace LeadStage {

PageCacheKept::PageCacheKept(Database &database)
    : m_database(database)
{
    if (database.isServer())
        return;
    if (auto query = database.prepare("PRAGMA cache_size"); query)
        if (auto row = query->step(); row && *row)
            m_before = query->int64(0);
}

Status PageCacheKept::set(std::int64_t cacheSize)
{
    // PRAGMAs take no bound parameters; the value is a number of ours.
    return m_before ? m_database.exec("PRAGMA cache_size = " + std::to_string(cacheSize)) : Status();
}

void PageCacheKept::restore()
{
    if (m_before)
        (void)m_database.exec("PRAGMA cache_size = " + std::to_string(*m_before)); // a setting, not data
    m_before.reset();
}

} // namespace LeadStage
