#pragma once

#include "common/Result.h"

#include <cstdint>
#include <optional>

namespace LeadStage {

class Database;

// A connection's page cache size as it was, put back at restore() or when this goes:
// for work that sizes SQLite's cache for itself meanwhile (a load, an import). Nothing
// on a server, which has no page cache of this process's.
class PageCacheKept
{
public:
    explicit PageCacheKept(Database &database);
    ~PageCacheKept() { restore(); }
    PageCacheKept(const PageCacheKept &) = delete;
    PageCacheKept &operator=(const PageCacheKept &) = delete;

    // The size in PRAGMA cache_size's units (negative: KiB); only once the one before is known.
    Status set(std::int64_t cacheSize);
    void restore();

private:
    Database &m_database;
    std::optional<std::int64_t> m_before;
};

} // namespace LeadStage
