#include "DemoSinks.h"

#include "common/CsvWriter.h"
#include "common/TimeFormat.h"
#include "store/EventDetailIds.h"
#include "store/EventSequence.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <optional>
#include <unordered_map>

namespace LeadStage {

namespace {

constexpr std::size_t flushThreshold = 1 << 20;

// The demo's files are written by the product's one CSV writer, as every export is.
void appendField(std::string &out, std::string_view field)
{
    CsvWriter::appendUtf8(out, field);
}

void appendTime(std::string &out, const std::optional<std::int64_t> &time)
{
    if (time)
        appendIsoUtc(out, *time);
}

} // namespace

struct CsvDemoSink::Files
{
    QSaveFile leads, events, outcomes;
    std::string leadRows, eventRows, outcomeRows;

    explicit Files(const QDir &folder)
        : leads(folder.filePath(u"leads.csv"_qs))
        , events(folder.filePath(u"events.csv"_qs))
        , outcomes(folder.filePath(u"outcomes.csv"_qs))
    {}
};

CsvDemoSink::CsvDemoSink(std::unique_ptr<Files> files)
    : m_files(std::move(files))
{}

CsvDemoSink::~CsvDemoSink()
{
    if (m_files) {
        // Not finished: drop the temporary files, leave the folder as it was.
        m_files->leads.cancelWriting();
        m_files->events.cancelWriting();
        m_files->outcomes.cancelWriting();
    }
}

Result<std::unique_ptr<CsvDemoSink>> CsvDemoSink::create(const QString &folder)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error{QCoreApplication::translate("DemoError", "the folder cannot be created"), folder, 0, 0,
                     QCoreApplication::translate("DemoError", "Check the path and your permissions.")};
    auto files = std::make_unique<Files>(dir);
    for (QSaveFile *file : {&files->leads, &files->events, &files->outcomes})
        if (!file->open(QIODevice::WriteOnly))
            return Error{QCoreApplication::translate("DemoError", "cannot be written: %1").arg(file->errorString()),
                         file->fileName(), 0, 0,
                         QCoreApplication::translate("DemoError", "Check that you may write in the folder.")};
    files->leadRows = "lead_id,email,first_name,last_name,company,job_title,industry,employees,country,source,"
                      "campaign,created_at,TotalVisits\n";
    files->eventRows = "lead_id,activity,occurred_at,detail\n";
    files->outcomeRows = "lead_id,sql_at,opportunity_at,customer_at,lost_at,revenue\n";
    return std::unique_ptr<CsvDemoSink>(new CsvDemoSink(std::move(files)));
}

Status CsvDemoSink::write(const DemoLead &lead, std::span<const DemoEvent> events, const DemoOutcome &outcome)
{
    std::string &row = m_files->leadRows;
    for (const std::string *field : {&lead.externalId, &lead.email, &lead.firstName, &lead.lastName, &lead.company,
                                     &lead.jobTitle, &lead.industry}) {
        appendField(row, *field);
        row += ',';
    }
    row += std::to_string(lead.employees) + ',';
    for (const std::string *field : {&lead.country, &lead.source, &lead.campaign}) {
        appendField(row, *field);
        row += ',';
    }
    appendIsoUtc(row, lead.createdAt);
    row += ',' + std::to_string(lead.totalVisits) + '\n';

    for (const DemoEvent &event : events) {
        std::string &line = m_files->eventRows;
        line += lead.externalId;
        line += ',';
        line += event.activity;
        line += ',';
        appendIsoUtc(line, event.occurredAt);
        line += ',';
        appendField(line, event.detail);
        line += '\n';
    }
    if (!outcome.isEmpty()) {
        std::string &line = m_files->outcomeRows;
        line += lead.externalId;
        for (const auto *time : {&outcome.sqlAt, &outcome.opportunityAt, &outcome.customerAt, &outcome.lostAt}) {
            line += ',';
            appendTime(line, *time);
        }
        line += ',';
        if (outcome.revenue)
            line += std::to_string(std::llround(*outcome.revenue));
        line += '\n';
    }
    return flush(false);
}

Status CsvDemoSink::flush(bool force)
{
    const std::pair<QSaveFile *, std::string *> pairs[] = {{&m_files->leads, &m_files->leadRows},
                                                           {&m_files->events, &m_files->eventRows},
                                                           {&m_files->outcomes, &m_files->outcomeRows}};
    for (const auto &[file, rows] : pairs) {
        if (!force && rows->size() < flushThreshold)
            continue;
        if (file->write(rows->data(), qint64(rows->size())) != qint64(rows->size()))
            return Error{QCoreApplication::translate("DemoError", "cannot be written: %1").arg(file->errorString()),
                         file->fileName(), 0, 0,
                         QCoreApplication::translate("DemoError", "Check the free disk space.")};
        rows->clear();
    }
    return {};
}

Status CsvDemoSink::finish()
{
    if (Status flushed = flush(true); !flushed)
        return flushed;
    for (QSaveFile *file : {&m_files->leads, &m_files->events, &m_files->outcomes})
        if (!file->commit())
            return Error{QCoreApplication::translate("DemoError", "cannot be saved: %1").arg(file->errorString()),
                         file->fileName()};
    m_files.reset();
    return {};
}

struct WorkspaceDemoSink::Statements
{
    std::unique_ptr<Transaction> transaction;
    Statement insertLead, insertEvent, insertOutcome;
    std::unordered_map<std::string, std::int64_t> activityIds;
    std::optional<EventDetailIds> details;
    std::optional<EventSequence> ids;
};

WorkspaceDemoSink::WorkspaceDemoSink(Workspace &workspace, std::unique_ptr<Statements> statements)
    : m_workspace(workspace)
    , m_statements(std::move(statements))
{}

WorkspaceDemoSink::~WorkspaceDemoSink()
{
    m_statements->transaction.reset(); // an unfinished transaction rolls back
    (void)m_workspace.database().exec("PRAGMA foreign_keys = ON");
}

Result<std::unique_ptr<WorkspaceDemoSink>> WorkspaceDemoSink::create(Workspace &workspace)
{
    Database &database = workspace.database();
    auto statements = std::make_unique<Statements>();
    auto activities = database.prepare("SELECT key, id FROM activity_types");
    if (!activities)
        return activities.error();
    while (true) {
        auto row = activities->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        statements->activityIds.emplace(activities->text(0).toStdString(), activities->int64(1));
    }
    auto lead = database.prepare(
        "INSERT INTO leads (external_id, email, first_name, last_name, company, job_title, industry, employees, "
        "country, source, campaign, created_at, attrs) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "json_object('TotalVisits', ?13))");
    auto event = database.prepare(
        "INSERT INTO events (lead_id, occurred_at, activity_id, detail_id, id) VALUES (?1, ?2, ?3, ?4, ?5)");
    auto outcome = database.prepare("INSERT INTO outcomes (lead_id, sql_at, opportunity_at, customer_at, lost_at, "
                                    "revenue) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (auto *prepared : {&lead, &event, &outcome})
        if (!*prepared)
            return prepared->error();
    statements->insertLead = std::move(lead.value());
    statements->insertEvent = std::move(event.value());
    statements->insertOutcome = std::move(outcome.value());
    // The generator's rows reference only leads it has just inserted and the workspace's own
    // activity types, so checking every event's two foreign keys buys nothing but time.
    if (Status status = database.exec("PRAGMA foreign_keys = OFF"); !status)
        return status.error();
    statements->transaction = std::make_unique<Transaction>(database);
    if (!statements->transaction->isActive())
        return statements->transaction->beginStatus().error();
    statements->details.emplace(database);
    if (Status status = statements->details->load(); !status)
        return status.error();
    statements->ids.emplace(database);
    if (Status status = statements->ids->load(); !status)
        return status.error();
    return std::unique_ptr<WorkspaceDemoSink>(new WorkspaceDemoSink(workspace, std::move(statements)));
}

Status WorkspaceDemoSink::write(const DemoLead &lead, std::span<const DemoEvent> events, const DemoOutcome &outcome)
{
    Statements &s = *m_statements;
    Statement &insert = s.insertLead;
    insert.bindUtf8(1, lead.externalId).bindUtf8(2, lead.email).bindUtf8(3, lead.firstName);
    insert.bindUtf8(4, lead.lastName).bindUtf8(5, lead.company).bindUtf8(6, lead.jobTitle);
    insert.bindUtf8(7, lead.industry).bind(8, lead.employees).bindUtf8(9, lead.country);
    insert.bindUtf8(10, lead.source).bindUtf8(11, lead.campaign).bind(12, lead.createdAt);
    insert.bind(13, lead.totalVisits);
    if (Status status = insert.run(); !status)
        return status;
    const std::int64_t leadId = m_workspace.database().lastInsertId();
    for (const DemoEvent &event : events) {
        const auto activity = s.activityIds.find(std::string(event.activity));
        if (activity == s.activityIds.end())
            return Error{QCoreApplication::translate("DemoError", "the workspace has no activity type '%1'")
                             .arg(QString::fromUtf8(event.activity)),
                         m_workspace.path()};
        auto detail = s.details->idOf(event.detail);
        if (!detail)
            return detail.error();
        s.insertEvent.bind(1, leadId).bind(2, event.occurredAt).bind(3, activity->second).bind(4, *detail);
        s.insertEvent.bind(5, s.ids->take());
        if (Status status = s.insertEvent.run(); !status)
            return status;
    }
    if (outcome.isEmpty())
        return {};
    s.insertOutcome.bind(1, leadId).bind(2, outcome.sqlAt).bind(3, outcome.opportunityAt);
    s.insertOutcome.bind(4, outcome.customerAt).bind(5, outcome.lostAt);
    if (outcome.revenue)
        s.insertOutcome.bind(6, *outcome.revenue);
    else
        s.insertOutcome.bindNull(6);
    return s.insertOutcome.run();
}

Status WorkspaceDemoSink::finish()
{
    if (Status status = m_statements->ids->save(); !status)
        return status;
    return m_statements->transaction->commit();
}

} // namespace LeadStage
