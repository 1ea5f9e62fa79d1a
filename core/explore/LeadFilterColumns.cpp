#include "LeadFilterColumns.h"

#include "common/SideBySide.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>
#include <limits>

namespace LeadStage {

namespace {

constexpr std::int64_t checkEvery = 65536; // rows between two looks at `superseded`
// SQLite refuses LIKE patterns over 50 000 bytes; far below that, a search this long
// is left to SQL so that it fails (or not) exactly as it always did.
constexpr std::size_t longestNeedle = 10000;
constexpr std::size_t splitAbove = 1 << 20; // texts worth a second thread

// One statement per phase, resumed after the last id read.
constexpr std::string_view leadTexts = R"sql(
SELECT id, first_name, last_name, email, company, source FROM leads WHERE id > ?1 ORDER BY id
)sql";
constexpr std::string_view leadStates = R"sql(
SELECT lead_id, stage, grade FROM lead_state WHERE lead_id > ?1 ORDER BY lead_id
)sql";

Error supersededError()
{
    return Error{QCoreApplication::translate("ExploreError", "the request was superseded by a newer one")};
}

bool askSuperseded(const std::function<bool()> &superseded)
{
    return superseded && superseded();
}

// What SQLite binds for the text: Statement::bind's own conversion.
std::string utf8Of(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    std::string bytes(std::size_t(text.size()) * 3, '\0');
    char *end = encoder.appendToBuffer(bytes.data(), text);
    bytes.resize(std::size_t(end - bytes.data()));
    return bytes;
}

void foldAscii(char *text, std::size_t length)
{
    for (std::size_t i = 0; i < length; ++i)
        if (text[i] >= 'A' && text[i] <= 'Z')
            text[i] = char(text[i] - 'A' + 'a');
}

// LIKE reads a value as a C string: it ends at its first NUL.
std::string_view likeSees(std::string_view value)
{
    return value.substr(0, std::min(value.size(), value.find('\0')));
}

// The first place `needle` occurs in [text, text + length), or nullptr. glibc's
// memmem reads about 1 GB/s here; testing the needle's first and last bytes at 16
// places at once (SSE2, on every x86-64) and comparing the rest only where both
// agree reads several times that, since few places pass the test.
const char *findIn(const char *text, std::size_t length, std::string_view needle)
{
#if defined(__SSE2__)
    const std::size_t size = needle.size();
    if (size >= 2 && length >= size + 15) {
        const __m128i first = _mm_set1_epi8(needle.front());
        const __m128i last = _mm_set1_epi8(needle.back());
        const std::size_t stop = length - size - 15; // the last block start whose last bytes fit
        std::size_t at = 0;
        for (; at <= stop; at += 16) {
            const __m128i firsts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + at));
            const __m128i lasts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + at + size - 1));
            unsigned mask =
                unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(firsts, first), _mm_cmpeq_epi8(lasts, last))));
            while (mask) {
                const std::size_t place = at + std::size_t(__builtin_ctz(mask));
                if (std::memcmp(text + place + 1, needle.data() + 1, size - 2) == 0)
                    return text + place;
                mask &= mask - 1;
            }
        }
        const void *rest = memmem(text + at, length - at, needle.data(), size);
        return static_cast<const char *>(rest);
    }
#endif
    return static_cast<const char *>(memmem(text, length, needle.data(), needle.size()));
}

} // namespace

std::uint8_t LeadFilterColumns::Codes::encode(std::string_view value)
{
    const auto known = std::find(values.begin(), values.end(), value);
    if (known != values.end())
        return std::uint8_t(known - values.begin() + 1);
    if (values.size() == std::numeric_limits<std::uint8_t>::max()) {
        tooVaried = true;
        return 0;
    }
    values.emplace_back(value);
    return std::uint8_t(values.size());
}

std::uint8_t LeadFilterColumns::Codes::codeOf(std::string_view value) const
{
    const auto known = std::find(values.begin(), values.end(), value);
    return known == values.end() ? 0 : std::uint8_t(known - values.begin() + 1);
}

LeadFilterColumns::LeadFilterColumns(Database &database)
    : m_database(database)
{}

Status LeadFilterColumns::load(const std::function<bool()> &superseded)
{
    if (m_phase == Phase::Leads) {
        if (Status status = loadLeads(superseded); !status)
            return status;
        m_phase = Phase::States;
        m_resumeAfter = std::numeric_limits<std::int64_t>::min();
        m_stage.perLead.assign(m_ids.size(), 0);
        m_grade.perLead.assign(m_ids.size(), 0);
    }
    if (m_phase == Phase::States) {
        if (Status status = loadStates(superseded); !status)
            return status;
        m_phase = Phase::Done;
    }
    return {};
}

Status LeadFilterColumns::loadLeads(const std::function<bool()> &superseded)
{
    auto query = m_database.prepare(leadTexts);
    if (!query)
        return query.error();
    query->bind(1, m_resumeAfter);
    for (std::int64_t n = 1;; ++n) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row) {
            // The buffers grew by doubling: give back what they will never use.
            m_texts.shrink_to_fit();
            m_ends.shrink_to_fit();
            m_ids.shrink_to_fit();
            m_source.perLead.shrink_to_fit();
            return {};
        }
        const std::int64_t id = query->int64(0);
        if (!m_textsTooLarge) {
            const std::size_t start = m_texts.size();
            // The name as the search sees it: coalesce(first_name, '') || ' ' || coalesce(last_name, '').
            m_texts.append(query->utf8(1));
            m_texts += ' ';
            m_texts.append(query->utf8(2));
            const std::size_t nul = m_texts.find('\0', start);
            if (nul != std::string::npos)
                m_texts.resize(nul);
            m_texts += '\0';
            for (int column = 3; column <= 4; ++column) {
                m_texts.append(likeSees(query->utf8(column))); // NULL reads as empty: it matches nothing either
                m_texts += '\0';
            }
            foldAscii(m_texts.data() + start, m_texts.size() - start);
            if (m_texts.size() > std::numeric_limits<std::uint32_t>::max()) {
                m_textsTooLarge = true;
                m_texts.clear();
                m_texts.shrink_to_fit();
                m_ends.clear();
                m_ends.shrink_to_fit();
            } else {
                m_ends.push_back(std::uint32_t(m_texts.size()));
            }
        }
        m_source.perLead.push_back(query->isNull(5) ? 0 : m_source.encode(query->utf8(5)));
        m_ids.push_back(id);
        m_resumeAfter = id;
        if (n % checkEvery == 0 && askSuperseded(superseded))
            return supersededError();
    }
}

Status LeadFilterColumns::loadStates(const std::function<bool()> &superseded)
{
    auto query = m_database.prepare(leadStates);
    if (!query)
        return query.error();
    query->bind(1, m_resumeAfter);
    for (std::int64_t n = 1;; ++n) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const std::int64_t id = query->int64(0);
        m_resumeAfter = id;
        // Both lists are in id order: the lead is at or after the previous one's place.
        m_stateCursor = std::size_t(std::lower_bound(m_ids.begin() + std::ptrdiff_t(m_stateCursor), m_ids.end(), id)
                                    - m_ids.begin());
        if (m_stateCursor < m_ids.size() && m_ids[m_stateCursor] == id) {
            m_stage.perLead[m_stateCursor] = query->isNull(1) ? 0 : m_stage.encode(query->utf8(1));
            m_grade.perLead[m_stateCursor] = query->isNull(2) ? 0 : m_grade.encode(query->utf8(2));
        }
        if (n % checkEvery == 0 && askSuperseded(superseded))
            return supersededError();
    }
}

bool LeadFilterColumns::answers(const ExplorerQuery &query) const
{
    if (!isLoaded())
        return false;
    if ((!query.stage.isEmpty() && m_stage.tooVaried) || (!query.grade.isEmpty() && m_grade.tooVaried)
        || (!query.source.isEmpty() && m_source.tooVaried))
        return false;
    if (query.search.isEmpty())
        return true;
    const std::string needle = utf8Of(query.search);
    return !m_textsTooLarge && needle.size() <= longestNeedle && needle.find('\0') == std::string::npos;
}

std::vector<std::uint32_t> LeadFilterColumns::found(std::string_view needle) const
{
    const auto search = [&](std::size_t first, std::size_t last, std::vector<std::uint32_t> &hits) {
        if (first == last)
            return;
        const char *base = m_texts.data();
        const char *at = base + (first ? m_ends[first - 1] : 0);
        const char *end = base + m_ends[last - 1];
        auto lead = m_ends.begin() + std::ptrdiff_t(first);
        while (at < end) {
            const char *hit = findIn(at, std::size_t(end - at), needle);
            if (!hit)
                break;
            // The first lead whose texts end after the hit holds it; the search goes on after them.
            lead = std::upper_bound(lead, m_ends.begin() + std::ptrdiff_t(last), std::uint32_t(hit - base));
            hits.push_back(std::uint32_t(lead - m_ends.begin()));
            at = base + *lead;
            ++lead;
        }
    };
    const std::size_t count = m_ends.size();
    const bool parallel = m_texts.size() > splitAbove;
    const std::size_t half = parallel ? count / 2 : count;
    std::vector<std::uint32_t> first;
    std::vector<std::uint32_t> second;
    sideBySide(
        parallel, [&] { search(half, count, second); }, [&] { search(0, half, first); });
    first.insert(first.end(), second.begin(), second.end());
    return first;
}

LeadFilterColumns::Ids LeadFilterColumns::matching(const ExplorerQuery &query) const
{
    // A filter value no lead has matches nothing; 0 means "any".
    std::uint8_t stage = 0;
    std::uint8_t grade = 0;
    std::uint8_t source = 0;
    if (!query.stage.isEmpty() && !(stage = m_stage.codeOf(utf8Of(query.stage))))
        return {};
    if (!query.grade.isEmpty() && !(grade = m_grade.codeOf(utf8Of(query.grade))))
        return {};
    if (!query.source.isEmpty() && !(source = m_source.codeOf(utf8Of(query.source))))
        return {};
    const auto passes = [&](std::size_t lead) {
        return (!stage || m_stage.perLead[lead] == stage) && (!grade || m_grade.perLead[lead] == grade)
               && (!source || m_source.perLead[lead] == source);
    };
    Ids ids;
    if (query.search.isEmpty()) {
        for (std::size_t lead = 0; lead < m_ids.size(); ++lead)
            if (passes(lead))
                ids.push_back(m_ids[lead]);
        return ids;
    }
    std::string needle = utf8Of(query.search);
    foldAscii(needle.data(), needle.size());
    const std::vector<std::uint32_t> hits = found(needle);
    ids.reserve(hits.size());
    for (const std::uint32_t lead : hits)
        if (passes(lead))
            ids.push_back(m_ids[lead]);
    return ids;
}

std::size_t LeadFilterColumns::bytes() const
{
    std::size_t values = 0;
    for (const Codes *codes : {&m_source, &m_stage, &m_grade})
        for (const std::string &value : codes->values)
            values += value.size();
    return m_texts.capacity() + m_ends.capacity() * sizeof(std::uint32_t) + m_ids.capacity() * sizeof(std::int64_t)
           + m_source.perLead.capacity() + m_stage.perLead.capacity() + m_grade.perLead.capacity() + values;
}

} // namespace LeadStage
