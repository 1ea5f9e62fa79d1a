#include "LeadStateCopy.h"

#include "LeadScore.h"
#include "LeadStateRow.h"
#include "ScoringInput.h"
#include "common/Progress.h"
#include "common/TestHold.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/copy/TableRow.h"
#include "store/postgres/BinaryCopyTuple.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/TeamRoles.h"

#include <QCoreApplication>

#include <span>
#include <string>

namespace LeadStage::LeadStateCopy {

namespace {

constexpr std::size_t bytesPerPut = 1 << 20;
constexpr std::size_t rowsPerReport = 1 << 16;
// lead_state's columns, with event_months where the server keeps it.
std::string statement(bool months)
{
    return "COPY lead_state_next ("
           + std::string(months ? std::string_view(LeadStateRow::columns) : LeadStateRow::serverColumns)
           + ") FROM STDIN (FORMAT binary)";
}

// One row in COPY's binary format, without event_months.
void appendRow(std::string &buffer, const std::vector<FieldValue> &cells, int fields)
{
    BinaryCopyTuple::beginTuple(buffer, fields);
    for (const FieldValue &cell : cells)
        if (cell.kind == FieldValue::Kind::Integer)
            BinaryCopyTuple::appendBigint(buffer, cell.integer);
        else if (cell.kind == FieldValue::Kind::Text)
            BinaryCopyTuple::appendText(buffer, cell.text);
        else
            BinaryCopyTuple::appendNull(buffer); // lead_state holds no reals
}

// The rows, through COPY into lead_state_next.
Status copyRows(ServerConnection &server, const std::vector<LeadScore> &scores, const ScoringInput &input,
                const LeadStateRow &row, const std::optional<std::vector<std::size_t>> &only, bool months,
                Progress *progress, const QString &where)
{
    const QString doing = QCoreApplication::translate("ScoringError", "writing the scores");
    if (Status began = server.beginCopyIn(statement(months), doing); !began)
        return began;
    const std::size_t count = only ? only->size() : scores.size();
    std::vector<FieldValue> cells;
    std::vector<std::byte> scratch;
    std::string buffer(BinaryCopyTuple::header);
    buffer.reserve(bytesPerPut + 4096);
    for (std::size_t at = 0; at < count; ++at) {
        const std::size_t lead = only ? (*only)[at] : at;
        row.cells(cells, input.leads.id(lead), scores[lead]);
        appendRow(buffer, cells, int(cells.size()) + (months ? 1 : 0));
        // The IQL lead's months with events go as their bytes (as text, hex doubled them).
        if (months) {
            if (const auto bytes = row.eventMonths(scores[lead], input.events.timesOf(lead), scratch))
                BinaryCopyTuple::appendBytes(buffer, *bytes);
            else
                BinaryCopyTuple::appendNull(buffer);
        }
        if (at + 1 == count)
            buffer.append(BinaryCopyTuple::trailer);
        if (buffer.size() >= bytesPerPut || at + 1 == count) {
            if (Status put = server.putCopyData(buffer); !put) {
                server.cancelCopyIn();
                return put;
            }
            buffer.clear();
        }
        if ((at + 1) % rowsPerReport == 0 && progress && !progress->report(std::int64_t(at + 1), std::int64_t(count))) {
            server.cancelCopyIn();
            return Error{QCoreApplication::translate("ScoringError", "scoring was cancelled"), where};
        }
    }
    if (count == 0) // the header alone, then the trailer
        if (Status put = server.putCopyData(buffer.append(BinaryCopyTuple::trailer)); !put) {
            server.cancelCopyIn();
            return put;
        }
    return server.endCopyIn();
}

} // namespace

Status write(Database &database, const std::vector<LeadScore> &scores, const ScoringInput &input,
             const LeadStateRow &row, const std::optional<std::vector<std::size_t>> &only, Progress *progress)
{
    auto version = Schema::currentVersion(database);
    if (!version)
        return version.error();
    const bool months = *version >= Schema::eventMonthsVersion;
    ServerConnection &server = *database.server();
    const QString doing = QCoreApplication::translate("ScoringError", "writing the scores");
    // A full rescore fills a table of its own and swaps it in: inserting a million rows
    // into lead_state would check both references row by row (8 s on the test server,
    // against one pass each here). A partial one replaces its few rows in place.
    const char *create = only ? "CREATE TEMPORARY TABLE lead_state_next (LIKE lead_state INCLUDING DEFAULTS)"
                                " ON COMMIT DROP"
                              : "CREATE TABLE lead_state_next (LIKE lead_state INCLUDING DEFAULTS INCLUDING "
                                "CONSTRAINTS)";
    if (Status made = server.execute(create, doing); !made)
        return made;
    if (Status copied = copyRows(server, scores, input, row, only, months, progress, database.path()); !copied)
        return copied;
    const char *const partial[] = {
        "DELETE FROM lead_state WHERE lead_id IN (SELECT lead_id FROM lead_state_next)",
        "INSERT INTO lead_state SELECT * FROM lead_state_next",
    };
    // The keys and references as ServerSchema makes them; the old table goes last, so
    // readers of lead_state wait only for the commit that follows. The references are
    // not checked over the rows (NOT VALID, as for an import's events): each row's lead
    // and model were read in this transaction, which the one-writer lock keeps from
    // changing; checking them again cost 0.6 s of a 1 M-lead rescore. The server checks
    // every later write as ever.
    const char *const full[] = {
        "ALTER TABLE lead_state_next ADD CONSTRAINT lead_state_next_pkey PRIMARY KEY (lead_id),"
        " ADD CONSTRAINT lead_state_next_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES leads(id) ON DELETE CASCADE"
        " NOT VALID,"
        " ADD CONSTRAINT lead_state_next_model_id_fkey FOREIGN KEY (model_id) REFERENCES models(id) NOT VALID",
        "DROP TABLE lead_state",
        "ALTER TABLE lead_state_next RENAME TO lead_state",
        "ALTER TABLE lead_state RENAME CONSTRAINT lead_state_next_pkey TO lead_state_pkey",
        "ALTER TABLE lead_state RENAME CONSTRAINT lead_state_next_lead_id_fkey TO lead_state_lead_id_fkey",
        "ALTER TABLE lead_state RENAME CONSTRAINT lead_state_next_model_id_fkey TO lead_state_model_id_fkey",
    };
    // Indexes someone made on lead_state by hand (a file's full rescore builds them again,
    // DeferredIndexes): their definitions, as the server gives them, made again on the new
    // table. Not version 14's dropped lead_state_by_stage, which an older server keeps.
    std::vector<std::string> handMade;
    if (!only) {
        if (Status kept = TeamRoles::keepOwnerAndGrants(server, u"lead_state"_qs, u"lead_state_next"_qs, doing); !kept)
            return kept;
        auto indexes =
            server.query("SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i "
                         "JOIN pg_class x ON x.oid = i.indexrelid "
                         "WHERE i.indrelid = to_regclass('lead_state') AND x.relname <> 'lead_state_by_stage' "
                         "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
                         {}, doing);
        if (!indexes)
            return indexes.error();
        for (int row = 0; row < indexes->rows(); ++row)
            handMade.push_back(indexes->text(row, 0).toStdString());
    }
    for (const char *sql : only ? std::span<const char *const>(partial) : std::span<const char *const>(full))
        if (Status done = server.execute(sql, doing); !done)
            return done;
    for (const std::string &index : handMade)
        if (Status made = server.execute(index, doing); !made)
            return made;
    // Every row replaced, nothing committed yet: where the tests kill a rescore.
    TestHold::hold("rescore-writing");
    return {};
}

} // namespace LeadStage::LeadStateCopy
