#include "ServerResult.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <utility>

namespace LeadStage {

ServerResult::ServerResult(pg_result *result)
    : m_result(result)
{}

ServerResult::ServerResult(ServerResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

ServerResult &ServerResult::operator=(ServerResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

ServerResult::~ServerResult()
{
    PQclear(m_result);
}

int ServerResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int ServerResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool ServerResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) == 1;
}

std::string_view ServerResult::utf8(int row, int column) const
{
    return {PQgetvalue(m_result, row, column), std::size_t(PQgetlength(m_result, row, column))};
}

QString ServerResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const std::string_view bytes = utf8(row, column);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

std::optional<std::int64_t> ServerResult::int64(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    const std::string_view bytes = utf8(row, column);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(bytes.data(), bytes.data() + bytes.size(), value);
    if (error != std::errc() || end != bytes.data() + bytes.size())
        return std::nullopt;
    return value;
}

std::int64_t ServerResult::affectedRows() const
{
    const char *count = m_result ? PQcmdTuples(m_result) : "";
    return *count ? std::strtoll(count, nullptr, 10) : 0;
}

std::string_view ServerResult::commandTag() const
{
    return m_result ? std::string_view(PQcmdStatus(m_result)) : std::string_view();
}

} // namespace LeadStage
