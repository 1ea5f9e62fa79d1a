#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

struct pg_result;

namespace LeadStage {

// The rows a statement returned from the server (owns libpq's PGresult). Values come
// as text, as libpq gives them; the readers below convert.
class ServerResult
{
public:
    ServerResult() = default;
    explicit ServerResult(pg_result *result);
    ServerResult(ServerResult &&other) noexcept;
    ServerResult &operator=(ServerResult &&other) noexcept;
    ServerResult(const ServerResult &) = delete;
    ServerResult &operator=(const ServerResult &) = delete;
    ~ServerResult();

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    std::string_view utf8(int row, int column) const;
    QString text(int row, int column) const;
    // nullopt for NULL; a value that is not a whole number reads as nullopt too.
    std::optional<std::int64_t> int64(int row, int column) const;
    // Rows a statement changed (INSERT, UPDATE, DELETE, COPY).
    std::int64_t affectedRows() const;
    // The statement's command tag: "COMMIT", "ROLLBACK", "INSERT 0 1" ...
    std::string_view commandTag() const;

private:
    pg_result *m_result = nullptr;
};

} // namespace LeadStage
