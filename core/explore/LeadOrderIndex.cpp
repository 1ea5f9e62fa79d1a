#include "LeadOrderIndex.h"

#include "IdMarks.h"
#include "LeadFilterColumns.h"
#include "LeadRowReader.h"
#include "common/SideBySide.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoredTables.h"

#include <QCoreApplication>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <unordered_set>

namespace LeadStage {

namespace {

constexpr std::size_t cachedColumns = 4;
constexpr std::int64_t checkEvery = 65536; // rows between two looks at `superseded`
constexpr std::size_t existingChunk = 50000;

// NULL means "any": one statement serves every combination of filters. The casts let
// a server know the parameters' type where they are first met (SQLite needs none).
constexpr std::string_view leadsFilter = R"sql(
SELECT id FROM leads
WHERE (CAST(?1 AS TEXT) IS NULL OR source = ?1)
  AND (CAST(?2 AS TEXT) IS NULL
       OR coalesce(first_name, '') || ' ' || coalesce(last_name, '') LIKE ?2 ESCAPE '\'
       OR email LIKE ?2 ESCAPE '\'
       OR company LIKE ?2 ESCAPE '\')
ORDER BY id
)sql";

constexpr std::string_view stateFilter = R"sql(
SELECT lead_id FROM lead_state
WHERE (CAST(?1 AS TEXT) IS NULL OR stage = ?1) AND (CAST(?2 AS TEXT) IS NULL OR grade = ?2)
ORDER BY lead_id
)sql";

Error supersededError()
{
    return Error{QCoreApplication::translate("ExploreError", "the request was superseded by a newer one")};
}

bool askSuperseded(const std::function<bool()> &superseded)
{
    return superseded && superseded();
}

QString nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

Result<std::vector<std::int64_t>> collectIds(Statement &query, const std::function<bool()> &superseded)
{
    std::vector<std::int64_t> ids;
    for (std::int64_t n = 1;; ++n) {
        auto row = query.step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.push_back(query.int64(0));
        if (n % checkEvery == 0 && askSuperseded(superseded))
            return supersededError();
    }
}

// Text keys compare like SQLite's NOCASE collation: ASCII letters folded, every
// other byte as is. The first 8 folded bytes, big-endian, decide most comparisons
// without touching the string arena.
std::uint64_t prefixOf(std::string_view folded)
{
    std::uint64_t prefix = 0;
    for (std::size_t i = 0; i < 8; ++i)
        prefix = (prefix << 8) | (i < folded.size() ? std::uint8_t(folded[i]) : 0u);
    return prefix;
}

struct TextKey
{
    std::uint64_t prefix;
    std::uint32_t offset;
    std::uint32_t length;
    std::int64_t id;
};

bool textKeyLess(const TextKey &a, const TextKey &b, const char *base)
{
    if (a.prefix != b.prefix)
        return a.prefix < b.prefix;
    if (a.length > 8 || b.length > 8) {
        const int order =
            std::string_view(base + a.offset, a.length).compare(std::string_view(base + b.offset, b.length));
        if (order != 0)
            return order < 0;
    } else if (a.length != b.length) {
        return a.length < b.length; // equal padded prefixes: the shorter string first
    }
    return a.id < b.id;
}

bool sameText(const TextKey &a, const TextKey &b, const char *base)
{
    return a.length == b.length && std::memcmp(base + a.offset, base + b.offset, a.length) == 0;
}

// The 8 folded bytes from `offset` on, big-endian, zero-padded.
std::uint64_t prefixAt(const TextKey &key, const char *base, std::size_t offset)
{
    const std::size_t length = key.length > offset ? key.length - offset : 0;
    return prefixOf(std::string_view(base + key.offset + std::min<std::size_t>(offset, key.length), length));
}

// Sorts a run of keys that agree on their first `offset` bytes by (folded text, id),
// 8 bytes at a time: by (prefix, id) with integer compares only, then each group
// that shares a prefix and holds longer texts by its next 8 bytes. A group of one
// repeated text (a source, an industry: 100 000 leads each) is then already in id
// order and is left as it is.
void sortRun(std::vector<TextKey>::iterator first, std::vector<TextKey>::iterator last, const char *base,
             std::size_t offset)
{
    const auto byPrefix = [](const TextKey &a, const TextKey &b) {
        return a.prefix != b.prefix ? a.prefix < b.prefix : a.id < b.id;
    };
    const bool halves = offset == 0 && last - first > 65536;
    const auto middle = halves ? first + (last - first) / 2 : last;
    sideBySide(
        halves, [&] { std::sort(middle, last, byPrefix); }, [&] { std::sort(first, middle, byPrefix); });
    if (halves)
        std::inplace_merge(first, middle, last, byPrefix);
    for (auto group = first; group != last;) {
        const auto end = std::find_if(group, last, [&](const TextKey &key) { return key.prefix != group->prefix; });
        const auto longer = [&](const TextKey &key) { return key.length > offset + 8; };
        if (end - group > 1
            && !std::all_of(group + 1, end, [&](const TextKey &key) { return sameText(key, *group, base); })) {
            if (std::any_of(group, end, longer) && offset < 4096) {
                std::for_each(group, end, [&](TextKey &key) { key.prefix = prefixAt(key, base, offset + 8); });
                sortRun(group, end, base, offset + 8);
            } else {
                std::sort(group, end, [base](const TextKey &a, const TextKey &b) { return textKeyLess(a, b, base); });
            }
        }
        group = end;
    }
}

// The number a text is, when it is nothing else: "12", "-3.5", " 7 " (spaces around
// allowed); not "12 leads", "0x1F", "inf" or empty.
std::optional<double> wholeNumber(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text.empty()
        || !(std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '-' || text.front() == '.'))
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void sortTextKeys(std::vector<TextKey> &keys, const char *base)
{
    sortRun(keys.begin(), keys.end(), base, 0);
}

} // namespace

QString attributePath(const QString &attribute)
{
    return u"$.\""_qs + attribute + u'"';
}

QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'%';
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}

LeadOrderIndex::LeadOrderIndex(Database &database)
    : m_database(database)
{}

LeadOrderIndex::~LeadOrderIndex() = default;

void LeadOrderIndex::clear()
{
    m_sorted.clear();
    m_allIds.reset();
    m_filters.reset();
}

Status LeadOrderIndex::prepareFilters(const std::function<bool()> &superseded)
{
    if (Status status = dropCachesIfDataChanged(); !status)
        return status;
    return loadFilters(superseded);
}

Status LeadOrderIndex::loadFilters(const std::function<bool()> &superseded)
{
    if (!m_filters)
        m_filters = std::make_unique<LeadFilterColumns>(m_database);
    return m_filters->load(superseded);
}

std::size_t LeadOrderIndex::filterColumnBytes() const
{
    return m_filters ? m_filters->bytes() : 0;
}

Status LeadOrderIndex::dropCachesIfDataChanged()
{
    auto read = StoredTables::dataVersion(m_database);
    if (!read)
        return read.error();
    const std::int64_t version = *read;
    if (version != m_dataVersion)
        clear();
    m_dataVersion = version;
    return {};
}

Result<LeadOrder> LeadOrderIndex::resolve(const ExplorerQuery &query, const std::function<bool()> &superseded)
{
    if (Status status = dropCachesIfDataChanged(); !status)
        return status.error();
    if (!query.ids && !query.hasFilter())
        return everyLead(query, superseded);
    auto members = query.ids ? listedIds(query, superseded) : matchingIds(query, superseded);
    if (!members)
        return members.error();
    if (!query.isSorted())
        return LeadOrder(std::make_shared<const Ids>(std::move(*members)));

    auto sorted = ascending(query, superseded);
    if (!sorted)
        return sorted.error();
    IdMarks marks(*members);
    Ids ordered;
    ordered.reserve(members->size());
    // Leads without a key at all (no lead_state row yet) sort first, like NULL in SQL.
    const std::size_t keyed =
        std::count_if((*sorted)->begin(), (*sorted)->end(), [&](std::int64_t id) { return marks.contains(id); });
    if (keyed < members->size()) {
        std::unordered_set<std::int64_t> withKey;
        for (std::int64_t id : **sorted)
            if (marks.contains(id))
                withKey.insert(id);
        for (std::int64_t id : *members)
            if (!withKey.contains(id))
                ordered.push_back(id);
    }
    for (std::int64_t id : **sorted)
        if (marks.contains(id))
            ordered.push_back(id);
    if (query.descending)
        std::reverse(ordered.begin(), ordered.end());
    return LeadOrder(std::make_shared<const Ids>(std::move(ordered)));
}

Result<LeadOrder> LeadOrderIndex::everyLead(const ExplorerQuery &query, const std::function<bool()> &superseded)
{
    // The common case, the whole table: cached orders serve as they are, with no
    // membership test over a million ids.
    if (!m_allIds) {
        auto statement = m_database.prepare("SELECT id FROM leads ORDER BY id");
        if (!statement)
            return statement.error();
        auto ids = collectIds(*statement, superseded);
        if (!ids)
            return ids.error();
        m_allIds = std::make_shared<const Ids>(std::move(*ids));
    }
    if (!query.isSorted())
        return LeadOrder(m_allIds);
    auto sorted = ascending(query, superseded);
    if (!sorted)
        return sorted.error();
    if ((*sorted)->size() == m_allIds->size() && !query.descending)
        return LeadOrder(*sorted);
    Ids ordered;
    ordered.reserve(m_allIds->size());
    if ((*sorted)->size() < m_allIds->size()) {
        // Leads without a key (no lead_state row yet) sort first, like NULL in SQL.
        Ids keyed(**sorted);
        std::sort(keyed.begin(), keyed.end());
        std::set_difference(m_allIds->begin(), m_allIds->end(), keyed.begin(), keyed.end(),
                            std::back_inserter(ordered));
    }
    ordered.insert(ordered.end(), (*sorted)->begin(), (*sorted)->end());
    if (query.descending)
        std::reverse(ordered.begin(), ordered.end());
    return LeadOrder(std::make_shared<const Ids>(std::move(ordered)));
}

Result<LeadOrderIndex::Ids> LeadOrderIndex::matchingIds(const ExplorerQuery &query,
                                                        const std::function<bool()> &superseded)
{
    if (query.stage.isEmpty() && query.grade.isEmpty() && query.source.isEmpty() && query.search.isEmpty())
        return matchingIdsBySql(query, superseded);
    // Read once (and resumed after a superseded request): then every keystroke of a
    // search is a pass over memory.
    if (Status status = loadFilters(superseded); !status)
        return status.error();
    if (!m_filters->answers(query))
        return matchingIdsBySql(query, superseded);
    Ids ids = m_filters->matching(query);
    if (!query.field)
        return ids;
    auto fields = fieldIds(*query.field, superseded);
    if (!fields)
        return fields.error();
    Ids both;
    std::set_intersection(ids.begin(), ids.end(), fields->begin(), fields->end(), std::back_inserter(both));
    return both;
}

Result<LeadOrderIndex::Ids> LeadOrderIndex::matchingIdsBySql(const ExplorerQuery &query,
                                                             const std::function<bool()> &superseded)
{
    std::optional<Ids> fromLeads;
    std::optional<Ids> fromState;
    // Without a leads filter every lead is listed; the same statement with NULLs does that.
    {
        auto statement = m_database.prepare(leadsFilter);
        if (!statement)
            return statement.error();
        statement->bind(1, nullIfEmpty(query.source));
        statement->bind(2, query.search.isEmpty() ? QString() : containsPattern(query.search));
        auto ids = collectIds(*statement, superseded);
        if (!ids)
            return ids.error();
        fromLeads = std::move(*ids);
    }
    if (!query.stage.isEmpty() || !query.grade.isEmpty()) {
        auto statement = m_database.prepare(stateFilter);
        if (!statement)
            return statement.error();
        statement->bind(1, nullIfEmpty(query.stage)).bind(2, nullIfEmpty(query.grade));
        auto ids = collectIds(*statement, superseded);
        if (!ids)
            return ids.error();
        fromState = std::move(*ids);
    }
    if (query.field) {
        auto ids = fieldIds(*query.field, superseded);
        if (!ids)
            return ids.error();
        Ids both;
        std::set_intersection(fromLeads->begin(), fromLeads->end(), ids->begin(), ids->end(), std::back_inserter(both));
        fromLeads = std::move(both);
    }
    if (!fromState)
        return std::move(*fromLeads);
    Ids both;
    std::set_intersection(fromLeads->begin(), fromLeads->end(), fromState->begin(), fromState->end(),
                          std::back_inserter(both));
    return both;
}

Result<LeadOrderIndex::Ids> LeadOrderIndex::listedIds(const ExplorerQuery &query,
                                                      const std::function<bool()> &superseded)
{
    // A drill-down list may name a lead twice or one deleted since: each shows once, if it exists.
    Ids unique;
    unique.reserve(query.ids->size());
    std::unordered_set<std::int64_t> seen;
    for (std::int64_t id : *query.ids)
        if (seen.insert(id).second)
            unique.push_back(id);
    LeadRowReader reader(m_database);
    Ids present;
    present.reserve(unique.size());
    for (std::size_t first = 0; first < unique.size(); first += existingChunk) {
        const std::size_t count = std::min(existingChunk, unique.size() - first);
        auto found = reader.existing(std::span(unique).subspan(first, count));
        if (!found)
            return found.error();
        present.insert(present.end(), found->begin(), found->end());
        if (askSuperseded(superseded))
            return supersededError();
    }
    if (!query.hasFilter())
        return present;
    auto matching = matchingIds(query, superseded);
    if (!matching)
        return matching.error();
    Ids kept;
    for (std::int64_t id : present)
        if (std::binary_search(matching->begin(), matching->end(), id))
            kept.push_back(id);
    return kept;
}

Result<LeadOrderIndex::Ids> LeadOrderIndex::fieldIds(const FieldFilter &field, const std::function<bool()> &superseded)
{
    auto statement =
        field.attribute.isEmpty()
            ? m_database.prepare("SELECT id FROM leads WHERE external_id LIKE ?1 ESCAPE '\\' ORDER BY id")
            : m_database.prepare("SELECT id FROM leads WHERE attrs <> '{}' AND json_extract(attrs, ?2) LIKE ?1 "
                                 "ESCAPE '\\' ORDER BY id");
    if (!statement)
        return statement.error();
    statement->bind(1, containsPattern(field.text));
    if (!field.attribute.isEmpty())
        statement->bind(2, attributePath(field.attribute));
    return collectIds(*statement, superseded);
}

Result<std::shared_ptr<const LeadOrderIndex::Ids>> LeadOrderIndex::ascending(const ExplorerQuery &query,
                                                                             const std::function<bool()> &superseded)
{
    const SortKey key =
        query.sortAttribute.isEmpty() ? SortKey{int(*query.sortColumn), QString()} : SortKey{-1, query.sortAttribute};
    const auto cached =
        std::find_if(m_sorted.begin(), m_sorted.end(), [&](const auto &entry) { return entry.first == key; });
    if (cached != m_sorted.end()) {
        m_sorted.splice(m_sorted.begin(), m_sorted, cached);
        return m_sorted.front().second;
    }
    Result<Ids> ids = Ids();
    if (!query.sortAttribute.isEmpty()) {
        ids = scanAttributeKeys(query.sortAttribute, superseded);
    } else {
        const ExplorerColumnSpec &spec = columnSpec(*query.sortColumn);
        ids = spec.textKey ? scanTextKeys(spec.keyScan, spec.keyParts, superseded)
                           : scanIntegerKeys(spec.keyScan, superseded);
    }
    if (!ids)
        return ids.error();
    m_sorted.emplace_front(key, std::make_shared<const Ids>(std::move(*ids)));
    if (m_sorted.size() > cachedColumns)
        m_sorted.pop_back();
    return m_sorted.front().second;
}

Result<LeadOrderIndex::Ids> LeadOrderIndex::scanIntegerKeys(std::string_view sql,
                                                            const std::function<bool()> &superseded)
{
    auto query = m_database.prepare(sql);
    if (!query)
        return query.error();
    std::vector<std::pair<std::int64_t, std::int64_t>> keys; // (key, id); NULL lowest, as in SQL
    for (std::int64_t n = 1;; ++n) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t key = query->isNull(1) ? std::numeric_limits<std::int64_t>::min() : query->int64(1);
        keys.emplace_back(key, query->int64(0));
        if (n % checkEvery == 0 && askSuperseded(superseded))
            return supersededError();
    }
    std::sort(keys.begin(), keys.end());
    Ids ids(keys.size());
    std::transform(keys.begin(), keys.end(), ids.begin(), [](const auto &key) { return key.second; });
    return ids;
}

Result<LeadOrderIndex::Ids> LeadOrderIndex::scanAttributeKeys(const QString &attribute,
                                                              const std::function<bool()> &superseded)
{
    // Attributes hold whatever the file had, and an import keeps every value as text:
    // leads without the attribute come first (by id), then numbers by value (a text
    // that is wholly a number counts as one, so 7 < 12 < 100), then texts like NOCASE.
    auto query = m_database.prepare("SELECT id, json_extract(attrs, ?1) FROM leads");
    if (!query)
        return query.error();
    query->bind(1, attributePath(attribute));
    Ids missing;
    std::vector<std::pair<double, std::int64_t>> numbers;
    std::string arena;
    std::vector<TextKey> texts;
    for (std::int64_t n = 1;; ++n) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t id = query->int64(0);
        if (query->isNull(1)) {
            missing.push_back(id);
        } else if (query->isNumber(1)) {
            numbers.emplace_back(query->real(1), id);
        } else if (const std::optional<double> number = wholeNumber(query->utf8(1))) {
            numbers.emplace_back(*number, id);
        } else {
            const std::size_t offset = arena.size();
            arena.append(query->utf8(1));
            const std::size_t length = arena.size() - offset;
            char *folding = arena.data() + offset;
            for (std::size_t i = 0; i < length; ++i)
                if (folding[i] >= 'A' && folding[i] <= 'Z')
                    folding[i] = char(folding[i] - 'A' + 'a');
            texts.push_back(
                {prefixOf(std::string_view(folding, length)), std::uint32_t(offset), std::uint32_t(length), id});
        }
        if (n % checkEvery == 0 && askSuperseded(superseded))
            return supersededError();
    }
    std::sort(missing.begin(), missing.end());
    std::sort(numbers.begin(), numbers.end());
    sortTextKeys(texts, arena.data());
    Ids ids = std::move(missing);
    ids.reserve(ids.size() + numbers.size() + texts.size());
    for (const auto &number : numbers)
        ids.push_back(number.second);
    for (const TextKey &key : texts)
        ids.push_back(key.id);
    return ids;
}

Result<LeadOrderIndex::Ids> LeadOrderIndex::scanTextKeys(std::string_view sql, int parts,
                                                         const std::function<bool()> &superseded)
{
    auto query = m_database.prepare(sql);
    if (!query)
        return query.error();
    std::string arena;
    std::vector<TextKey> keys;
    for (std::int64_t n = 1;; ++n) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::size_t offset = arena.size();
        // NULL reads as empty text; parts join as the table shows them.
        for (int part = 1; part <= parts; ++part) {
            if (part > 1)
                arena += ' ';
            arena.append(query->utf8(part));
        }
        const std::size_t length = arena.size() - offset;
        char *folding = arena.data() + offset;
        for (std::size_t i = 0; i < length; ++i)
            if (folding[i] >= 'A' && folding[i] <= 'Z')
                folding[i] = char(folding[i] - 'A' + 'a');
        keys.push_back({prefixOf(std::string_view(folding, length)), std::uint32_t(offset), std::uint32_t(length),
                        query->int64(0)});
        if (n % checkEvery == 0 && askSuperseded(superseded))
            return supersededError();
    }
    sortTextKeys(keys, arena.data());
    Ids ids(keys.size());
    std::transform(keys.begin(), keys.end(), ids.begin(), [](const TextKey &key) { return key.id; });
    return ids;
}

} // namespace LeadStage
