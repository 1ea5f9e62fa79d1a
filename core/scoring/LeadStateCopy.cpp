#include "LeadStateCopy.h"

#include "LeadColumns.h"
#include "LeadScore.h"
#include "LeadStateRow.h"
#include "common/Progress.h"
#include "common/TestHold.h"
#include "store/Database.h"
#include "store/copy/CopyText.h"
#include "store/postgres/ServerConnection.h"

#include <QCoreApplication>

#include <string>

namespace LeadStage::LeadStateCopy {

namespace {

constexpr std::size_t bytesPerPut = 1 << 20;
constexpr std::size_t rowsPerReport = 1 << 16;
// lead_state's columns but event_months, which the server does not keep.
constexpr const char *columns = "lead_id, model_id, as_of, info, intent, product, engagement, fit, grade, stage,"
                                " iql_at, mql_at, pql_at, last_activity_at, nurture_track, nurture_step, health";

std::string statement(const char *head, const char *tail = "")
{
    return std::string(head) + columns + tail;
}

} // namespace

Status write(Database &database, const std::vector<LeadScore> &scores, const LeadColumns &leads,
             const LeadStateRow &row, const std::optional<std::vector<std::size_t>> &only, Progress *progress)
{
    ServerConnection &server = *database.server();
    const QString doing = QCoreApplication::translate("ScoringError", "writing the scores");
    if (Status made = server.execute("CREATE TEMPORARY TABLE lead_state_next (LIKE lead_state INCLUDING DEFAULTS)"
                                     " ON COMMIT DROP",
                                     doing);
        !made)
        return made;
    if (Status began = server.beginCopyIn(statement("COPY lead_state_next (", ") FROM STDIN"), doing); !began)
        return began;
    const std::size_t count = only ? only->size() : scores.size();
    std::vector<FieldValue> cells;
    std::string buffer;
    buffer.reserve(bytesPerPut + 4096);
    for (std::size_t at = 0; at < count; ++at) {
        const std::size_t lead = only ? (*only)[at] : at;
        row.cells(cells, leads.id(lead), scores[lead]);
        CopyText::appendRow(buffer, cells);
        if (buffer.size() >= bytesPerPut || at + 1 == count) {
            if (Status put = server.putCopyData(buffer); !put) {
                server.cancelCopyIn();
                return put;
            }
            buffer.clear();
        }
        if ((at + 1) % rowsPerReport == 0 && progress && !progress->report(std::int64_t(at + 1), std::int64_t(count))) {
            server.cancelCopyIn();
            return Error{QCoreApplication::translate("ScoringError", "scoring was cancelled"), database.path()};
        }
    }
    if (Status ended = server.endCopyIn(); !ended)
        return ended;
    if (Status cleared = server.execute(only ? "DELETE FROM lead_state WHERE lead_id IN (SELECT lead_id FROM "
                                               "lead_state_next)"
                                             : "DELETE FROM lead_state",
                                        doing);
        !cleared)
        return cleared;
    if (Status inserted = server.execute(
            statement("INSERT INTO lead_state (", ") SELECT ") + columns + " FROM lead_state_next", doing);
        !inserted)
        return inserted;
    // Every row replaced, nothing committed yet: where the tests kill a rescore.
    TestHold::hold("rescore-writing");
    return {};
}

} // namespace LeadStage::LeadStateCopy
