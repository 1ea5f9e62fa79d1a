#pragma once

#include "ExplorerQuery.h"
#include "common/Result.h"

#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <utility>
#include <vector>

namespace LeadStage {

class Database;
class LeadFilterColumns;

// Turns an ExplorerQuery into the ordered list of lead ids the table shows.
//
// Ordering 1 M leads with SQL's ORDER BY takes 3–6 s on the 2-core machine (a join
// and an external sort per request), and every page deeper in the table would
// repeat it. Instead each column's ascending order is built once from a plain scan
// of the column (no join) and sorted in memory, kept for the last few columns, and
// thrown away when another connection changes the data (PRAGMA data_version).
// The stage, grade and source filters and the free-text search are answered from
// columns read once into memory (LeadFilterColumns) and applied to that order; the
// field filter, and what those columns cannot answer, run as prepared statements
// with bound values.
class LeadOrderIndex
{
public:
    explicit LeadOrderIndex(Database &database);
    ~LeadOrderIndex();

    // `superseded` is asked now and then during long scans; when it says yes the
    // work stops and an Error comes back.
    Result<LeadOrder> resolve(const ExplorerQuery &query, const std::function<bool()> &superseded = {});
    // Reads what the stage, grade and source filters and the search need, ahead of the
    // first request that needs it (the user started typing). Stopped by `superseded`,
    // it keeps what it read for the next call or request.
    Status prepareFilters(const std::function<bool()> &superseded);
    // Forgets every cached order (the data changed under us).
    void clear();
    // The memory the filter columns hold (0 until a filter or search first asks for them).
    std::size_t filterColumnBytes() const;

private:
    using Ids = std::vector<std::int64_t>;
    Result<LeadOrder> everyLead(const ExplorerQuery &query, const std::function<bool()> &superseded);
    Result<Ids> matchingIds(const ExplorerQuery &query, const std::function<bool()> &superseded);
    Result<Ids> matchingIdsBySql(const ExplorerQuery &query, const std::function<bool()> &superseded);
    Result<Ids> listedIds(const ExplorerQuery &query, const std::function<bool()> &superseded);
    Result<std::shared_ptr<const Ids>> ascending(const ExplorerQuery &query, const std::function<bool()> &superseded);
    Result<Ids> fieldIds(const FieldFilter &field, const std::function<bool()> &superseded);
    Result<Ids> scanAttributeKeys(const QString &attribute, const std::function<bool()> &superseded);
    Result<Ids> scanTextKeys(std::string_view sql, int parts, const std::function<bool()> &superseded);
    Result<Ids> scanIntegerKeys(std::string_view sql, const std::function<bool()> &superseded);
    Status dropCachesIfDataChanged();
    Status loadFilters(const std::function<bool()> &superseded);

    Database &m_database;
    std::int64_t m_dataVersion = -1;
    std::shared_ptr<const Ids> m_allIds; // every lead, in id order
    std::unique_ptr<LeadFilterColumns> m_filters;
    // Most recently used first, by column (or -1) and attribute name.
    using SortKey = std::pair<int, QString>;
    std::list<std::pair<SortKey, std::shared_ptr<const Ids>>> m_sorted;
};

// The SQL LIKE pattern that finds `text` anywhere, with %, _ and \ taken literally.
QString containsPattern(const QString &text);
// The JSON path of one attribute in leads.attrs: $."name" (dots and spaces stay literal).
QString attributePath(const QString &attribute);

} // namespace LeadStage
