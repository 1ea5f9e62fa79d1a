#pragma once

#include "common/Result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace LeadStage {

class Database;
class Statement;

// lead_state's rows of a range of lead ids, in id order, as the dashboard's snapshot
// merges them with the leads' packed copy: grade (1–4 for A–D, 0 for none), the IQL,
// MQL and PQL moments and the months with events. A file steps a statement; a server
// copies the rows out in COPY's binary format first (no text to parse, and none held
// whole by libpq as a statement's result would be).
class StoredScores
{
public:
    StoredScores(Database &database, std::int64_t firstId, std::int64_t lastId);
    ~StoredScores();

    // The first row, then each next one: false past the last.
    Result<bool> first();
    Result<bool> next();

    std::int64_t leadId() const;
    std::int64_t grade() const;
    std::optional<std::int64_t> iqlAt() const { return moment(0); }
    std::optional<std::int64_t> mqlAt() const { return moment(1); }
    std::optional<std::int64_t> pqlAt() const { return moment(2); }
    std::optional<std::span<const std::byte>> eventMonths() const;

private:
    struct Copied; // a server's rows
    std::optional<std::int64_t> moment(int which) const;
    Status copyFromServer();

    Database &m_database;
    std::int64_t m_firstId;
    std::int64_t m_lastId;
    std::unique_ptr<Statement> m_statement; // a file's
    std::unique_ptr<Copied> m_copied;
    std::size_t m_row = 0;
};

} // namespace LeadStage
