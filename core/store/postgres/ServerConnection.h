#pragma once

#include "ServerResult.h"
#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

struct pg_conn;

namespace LeadStage {

class WorkspaceAddress;

// What logging in to a server met, for the window to ask for a password only when the
// server wants one that ~/.pgpass, PGPASSWORD or one typed earlier did not give.
struct ServerLogin
{
    enum class Outcome { LoggedIn, NeedsPassword, PasswordRefused, Failed };
    Outcome outcome = Outcome::Failed;
    QString user; // the role logged in as (or tried)
    Error error;  // when not LoggedIn
};

// Text parameters $1..$n of a statement; nullopt is SQL NULL.
using ServerParameters = std::vector<std::optional<QString>>;

// One connection to a PostgreSQL server through libpq (RAII). Statements take their
// values as parameters, never as SQL text; errors come back as Error values naming
// the server and database.
class ServerConnection
{
public:
    ServerConnection() = default;
    ServerConnection(ServerConnection &&other) noexcept;
    ServerConnection &operator=(ServerConnection &&other) noexcept;
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;
    ~ServerConnection();

    // Connects to the address's server and database (UTF-8, application name "leadstage").
    static Result<ServerConnection> connect(const WorkspaceAddress &address);
    // Logs in and out again, saying what stood in the way, if anything: with `password`
    // if given, else as connect() would.
    static ServerLogin tryLogin(const WorkspaceAddress &address, const std::optional<QString> &password = std::nullopt);

    // SQL without parameters, possibly several statements (schema DDL). Never SQL built from data.
    Status execute(std::string_view sql, const QString &doing);
    // One statement with text parameters $1..$n.
    Result<ServerResult> query(std::string_view sql, const ServerParameters &parameters, const QString &doing);
    // Runs, in order, each statement the query `builder` returns (one text column). For
    // statements that must name things (GRANT, ALTER … OWNER): names reach their text
    // only through the server's own format('%I'), values as the builder's parameters.
    Status executeBuilt(std::string_view builder, const ServerParameters &parameters, const QString &doing);

    // COPY ... FROM STDIN: begin, put the data in any pieces, end (which says whether the server took it).
    Status beginCopyIn(std::string_view copySql, const QString &doing);
    Status putCopyData(std::string_view bytes);
    Status endCopyIn();
    // Ends a COPY ... FROM STDIN that the caller gave up on: the server discards it (and
    // fails the transaction, which the caller then rolls back).
    void cancelCopyIn();
    // Rows for a COPY ... FROM STDIN that stays open between calls while nothing else is
    // sent, for bulk writers whose rows come between other statements (an import): the
    // next command of any kind ends it first (settleStream) and fails with its failure;
    // a ROLLBACK discards it. Rows for another COPY end the open one first too.
    // A COPY in binary format (FORMAT binary) gets its header and trailer here: `bytes`
    // are whole tuples.
    enum class CopyFormat { Text, Binary };
    Status streamRows(std::string_view copySql, std::string_view bytes, const QString &doing,
                      CopyFormat format = CopyFormat::Text);
    // Ends the open stream, if any: the server has then checked every row sent.
    Status settleStream();
    bool isStreaming() const { return !m_streamSql.empty(); }
    // COPY ... TO STDOUT: `line` gets each row's text (with its newline); its error stops the copy.
    Status copyOut(std::string_view copySql, const std::function<Status(std::string_view line)> &line,
                   const QString &doing);

    // "database leads on db.example.com:5432 as analyst", for messages.
    const QString &label() const { return m_label; }
    pg_conn *handle() const { return m_connection; }

    // Rows the last statement run through ServerStatement changed (Database::changes()).
    std::int64_t lastChanges() const { return m_lastChanges; }
    void setLastChanges(std::int64_t rows) { m_lastChanges = rows; }

private:
    explicit ServerConnection(pg_conn *connection);
    Status finishCommand(const QString &doing);

    pg_conn *m_connection = nullptr;
    QString m_label;
    QString m_copying;          // what the COPY under way does, for its errors
    std::string m_streamSql;    // the open stream's COPY, empty when none
    std::string m_streamBuffer; // its rows not yet put
    CopyFormat m_streamFormat = CopyFormat::Text;
    std::int64_t m_lastChanges = 0;
};

} // namespace LeadStage
