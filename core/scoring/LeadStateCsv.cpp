#include "LeadStateCsv.h"

#include "LeadLookup.h"
#include "common/CsvWriter.h"
#include "common/TimeFormat.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QIODevice>

namespace LeadStage {

namespace {

constexpr std::size_t flushBytes = 1 << 20;
constexpr std::int64_t rowsPerReport = 1 << 15;

enum Column {
    LeadId,
    ExternalId,
    Email,
    StageText,
    Engagement,
    Info,
    Intent,
    Product,
    Fit,
    GradeText,
    IqlAt,
    MqlAt,
    PqlAt,
    HealthText
};

constexpr std::string_view selectRows =
    "SELECT l.id, l.external_id, l.email, s.stage, s.engagement, s.info, s.intent, s.product, s.fit, s.grade,"
    " s.iql_at, s.mql_at, s.pql_at, s.health FROM lead_state s JOIN leads l ON l.id = s.lead_id"
    " ORDER BY s.lead_id";

void appendRow(std::string &out, const Statement &row)
{
    const LeadIdentity lead{row.int64(LeadId), row.text(ExternalId), row.text(Email)};
    CsvWriter::appendText(out, lead.displayId());
    // Stage, grade and health are LeadStage's own names: nothing to quote.
    out += ',';
    out += row.text(StageText).toStdString();
    for (const int column : {Engagement, Info, Intent, Product, Fit}) {
        out += ',';
        out += std::to_string(row.int64(column));
    }
    out += ',';
    out += row.text(GradeText).toStdString();
    for (const int column : {IqlAt, MqlAt, PqlAt}) {
        out += ',';
        if (!row.isNull(column))
            appendIsoUtc(out, row.int64(column));
    }
    out += ',';
    out += row.text(HealthText).toStdString();
    out += '\n';
}

Status flush(std::string &buffer, QIODevice &out)
{
    if (out.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
        return Error{QCoreApplication::translate("ScoringError", "writing failed: %1").arg(out.errorString()),
                     QString()};
    buffer.clear();
    return {};
}

} // namespace

QByteArray LeadStateCsv::header()
{
    return "lead_id,stage,engagement,info,intent,product,fit,grade,iql_at,mql_at,pql_at,health\n";
}

Result<std::int64_t> LeadStateCsv::write(Database &database, QIODevice &out, Progress *progress)
{
    auto query = database.prepare(selectRows);
    if (!query)
        return query.error();
    std::string buffer(header().toStdString());
    std::int64_t rows = 0;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        appendRow(buffer, *query);
        if (buffer.size() >= flushBytes)
            if (Status status = flush(buffer, out); !status)
                return status.error();
        if (++rows % rowsPerReport == 0 && progress && !progress->report(rows, -1))
            return Error{QCoreApplication::translate("ScoringError", "writing was cancelled"), QString()};
    }
    if (Status status = flush(buffer, out); !status)
        return status.error();
    return rows;
}

} // namespace LeadStage
