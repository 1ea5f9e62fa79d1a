#include "StoredScores.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/postgres/BinaryCopyRows.h"
#include "store/postgres/ServerConnection.h"

#include <QCoreApplication>

#include <string>

namespace LeadStage {

namespace {

constexpr std::string_view selectScores =
    "SELECT lead_id, instr('ABCD', grade), iql_at, mql_at, pql_at, event_months FROM lead_state"
    " WHERE lead_id BETWEEN ?1 AND ?2 ORDER BY lead_id";

} // namespace

struct StoredScores::Copied
{
    std::vector<std::int64_t> ids;
    std::vector<std::int64_t> grades;
    std::vector<std::int64_t> moments; // three a row
    std::vector<std::uint8_t> nulls;   // bit k: moment k is NULL; bit 3: no months
    std::vector<std::size_t> monthsStart{0};
    std::vector<std::byte> months;
};

StoredScores::StoredScores(Database &database, std::int64_t firstId, std::int64_t lastId)
    : m_database(database)
    , m_firstId(firstId)
    , m_lastId(lastId)
{}

StoredScores::~StoredScores() = default;

Result<bool> StoredScores::first()
{
    if (!m_database.isServer()) {
        auto statement = m_database.prepare(selectScores);
        if (!statement)
            return statement.error();
        m_statement = std::make_unique<Statement>(std::move(*statement));
        m_statement->bind(1, m_firstId).bind(2, m_lastId);
        return m_statement->step();
    }
    m_copied = std::make_unique<Copied>();
    if (Status copied = copyFromServer(); !copied)
        return copied.error();
    m_row = 0;
    return !m_copied->ids.empty();
}

Result<bool> StoredScores::next()
{
    if (m_statement)
        return m_statement->step();
    return ++m_row < m_copied->ids.size();
}

std::int64_t StoredScores::leadId() const
{
    return m_statement ? m_statement->int64(0) : m_copied->ids[m_row];
}

std::int64_t StoredScores::grade() const
{
    return m_statement ? m_statement->int64(1) : m_copied->grades[m_row];
}

std::optional<std::int64_t> StoredScores::moment(int which) const
{
    if (m_statement)
        return m_statement->optionalInt64(2 + which);
    if (m_copied->nulls[m_row] & (1u << which))
        return std::nullopt;
    return m_copied->moments[3 * m_row + std::size_t(which)];
}

std::optional<std::span<const std::byte>> StoredScores::eventMonths() const
{
    if (m_statement)
        return m_statement->optionalBlob(5);
    if (m_copied->nulls[m_row] & (1u << 3))
        return std::nullopt;
    const std::size_t begin = m_copied->monthsStart[m_row];
    return std::span<const std::byte>(m_copied->months).subspan(begin, m_copied->monthsStart[m_row + 1] - begin);
}

// COPY takes no parameters: the bounds are integers, written as numbers.
Status StoredScores::copyFromServer()
{
    const std::string copy = "COPY (SELECT lead_id, strpos('ABCD', grade)::bigint, iql_at, mql_at, pql_at, "
                             "event_months FROM lead_state WHERE lead_id BETWEEN "
                             + std::to_string(m_firstId) + " AND " + std::to_string(m_lastId)
                             + " ORDER BY lead_id) TO STDOUT (FORMAT binary)";
    Copied &rows = *m_copied;
    BinaryCopyRows parser(6, [&](std::span<const std::optional<std::string_view>> fields) -> Status {
        rows.ids.push_back(BinaryCopyRows::bigint(*fields[0]));
        rows.grades.push_back(fields[1] ? BinaryCopyRows::bigint(*fields[1]) : 0);
        std::uint8_t nulls = 0;
        for (int moment = 0; moment < 3; ++moment) {
            const auto &field = fields[std::size_t(2 + moment)];
            rows.moments.push_back(field ? BinaryCopyRows::bigint(*field) : 0);
            nulls |= field ? 0 : std::uint8_t(1u << moment);
        }
        if (const auto &months = fields[5]) {
            const auto *bytes = reinterpret_cast<const std::byte *>(months->data());
            rows.months.insert(rows.months.end(), bytes, bytes + months->size());
        } else {
            nulls |= std::uint8_t(1u << 3);
        }
        rows.monthsStart.push_back(rows.months.size());
        rows.nulls.push_back(nulls);
        return {};
    });
    if (Status read = m_database.server()->copyOut(
            copy, [&](std::string_view bytes) { return parser.feed(bytes); },
            QCoreApplication::translate("MetricsError", "reading the leads' scores"));
        !read)
        return read;
    if (!parser.complete())
        return Error{QCoreApplication::translate("MetricsError", "the server's copy of the scores ended early"),
                     m_database.path()};
    return {};
}

} // namespace LeadStage
