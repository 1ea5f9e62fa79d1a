#include "ImportUndo.h"

#include "common/TestHold.h"
#include "common/TimeFormat.h"
#include "scoring/EventBlocks.h"
#include "scoring/LeadBlocks.h"
#include "scoring/LeadStateDigests.h"
#include "scoring/WorkspaceScorer.h"
#include "store/Database.h"
#include "store/ScoreStatus.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "store/postgres/ServerChanges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringList>

#include <map>

namespace LeadStage {

namespace {

// One number from a query whose only parameter ?1 is the import.
Result<std::int64_t> countFor(Database &database, std::string_view sql, std::int64_t importId)
{
    auto query = database.prepare(sql);
    if (!query)
        return query.error();
    query->bind(1, importId);
    auto row = query->step();
    if (!row)
        return row.error();
    return *row ? query->int64(0) : 0;
}

Result<std::vector<std::int64_t>> idsFor(Database &database, std::string_view sql, std::int64_t importId)
{
    auto query = database.prepare(sql);
    if (!query)
        return query.error();
    query->bind(1, importId);
    std::vector<std::int64_t> ids;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.push_back(query->int64(0));
    }
}

// "import 5 (events.csv)"
Result<QString> describeImport(Database &database, std::int64_t importId)
{
    if (importId == 0)
        return QCoreApplication::translate("ImportError", "a write outside any import");
    auto query = database.prepare("SELECT file FROM imports WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, importId);
    auto row = query->step();
    if (!row)
        return row.error();
    return *row ? QCoreApplication::translate("ImportError", "import %1 (%2)")
                      .arg(importId)
                      .arg(QFileInfo(query->text(0)).fileName())
                : QCoreApplication::translate("ImportError", "import %1").arg(importId);
}

// A later import's hold on this one: what it did, per check, in words.
struct LaterUse
{
    const char *sql;  // ?1 the import undone; rows: the later import (0: none), rows, leads
    const char *what; // %1 rows, %2 leads, %3 this import's id
};

const LaterUse laterUses[] = {
    {"SELECT COALESCE(e.import_id, 0), count(*), count(DISTINCT e.lead_id) FROM leads l "
     "JOIN events e ON e.lead_id = l.id WHERE l.import_id = ?1 AND e.import_id IS NOT ?1 GROUP BY 1",
     "added events to leads import %3 created (%1 events on %2 leads)"},
    {"SELECT c.import_id, count(*), count(*) FROM leads l JOIN import_outcome_changes c ON c.lead_id = l.id "
     "WHERE l.import_id = ?1 AND c.import_id <> ?1 GROUP BY 1",
     "set outcomes of leads import %3 created (%2 leads)"},
    {"SELECT c.import_id, count(*), count(*) FROM leads l JOIN import_lead_changes c ON c.lead_id = l.id "
     "WHERE l.import_id = ?1 AND c.import_id <> ?1 GROUP BY 1",
     "updated leads import %3 created (%2 leads)"},
    {"SELECT later.import_id, count(*), count(*) FROM import_lead_changes mine "
     "JOIN import_lead_changes later ON later.lead_id = mine.lead_id AND later.import_id > ?1 "
     "WHERE mine.import_id = ?1 GROUP BY 1",
     "updated leads import %3 also updated (%2 leads): restoring them would overwrite its values"},
    {"SELECT later.import_id, count(*), count(*) FROM import_outcome_changes mine "
     "JOIN import_outcome_changes later ON later.lead_id = mine.lead_id AND later.import_id > ?1 "
     "WHERE mine.import_id = ?1 GROUP BY 1",
     "changed outcomes import %3 also changed (%2 leads): restoring them would overwrite its values"},
    {"SELECT c.import_id, count(*), count(DISTINCT c.lead_id) FROM leads l "
     "JOIN import_recorded_stage_changes c ON c.lead_id = l.id WHERE l.import_id = ?1 AND c.import_id <> ?1 "
     "GROUP BY 1",
     "set recorded stages of leads import %3 created (%1 stages of %2 leads)"},
    {"SELECT later.import_id, count(*), count(DISTINCT mine.lead_id) FROM import_recorded_stage_changes mine "
     "JOIN import_recorded_stage_changes later ON later.lead_id = mine.lead_id AND later.stage = mine.stage "
     "AND later.import_id > ?1 WHERE mine.import_id = ?1 GROUP BY 1",
     "changed recorded stages import %3 also changed (%1 stages of %2 leads): restoring them would overwrite its "
     "values"},
    {"SELECT COALESCE(e.import_id, 0), count(*), count(DISTINCT e.lead_id) FROM activity_types a "
     "JOIN events e ON e.activity_id = a.id WHERE a.import_id = ?1 AND e.import_id IS NOT ?1 GROUP BY 1",
     "stored events of activity types import %3 created (%1 events on %2 leads)"},
};

} // namespace

bool ImportUndoPlan::changesNothing() const
{
    return leadsRemoved == 0 && eventsRemoved == 0 && outcomesRemoved == 0 && outcomesRestored == 0
           && leadsRestored == 0 && recordedStagesRemoved == 0 && recordedStagesRestored == 0
           && activityTypesRemoved == 0;
}

QString ImportUndoPlan::text() const
{
    return u"leads removed %1, events removed %2, outcomes removed %3, outcomes restored %4, leads restored %5 "
           "(%6 fields), recorded stages removed %7, recorded stages restored %8, activity types removed %9"_qs
               .arg(leadsRemoved)
               .arg(eventsRemoved)
               .arg(outcomesRemoved)
               .arg(outcomesRestored)
               .arg(leadsRestored)
               .arg(fieldsRestored)
               .arg(recordedStagesRemoved)
               .arg(recordedStagesRestored)
               .arg(activityTypesRemoved);
}

QJsonObject ImportUndoPlan::toJson() const
{
    return {{u"import"_qs, qint64(importId)},
            {u"kind"_qs, kind},
            {u"file"_qs, file},
            {u"leadsRemoved"_qs, qint64(leadsRemoved)},
            {u"eventsRemoved"_qs, qint64(eventsRemoved)},
            {u"outcomesRemoved"_qs, qint64(outcomesRemoved)},
            {u"outcomesRestored"_qs, qint64(outcomesRestored)},
            {u"leadsRestored"_qs, qint64(leadsRestored)},
            {u"fieldsRestored"_qs, qint64(fieldsRestored)},
            {u"recordedStagesRemoved"_qs, qint64(recordedStagesRemoved)},
            {u"recordedStagesRestored"_qs, qint64(recordedStagesRestored)},
            {u"activityTypesRemoved"_qs, qint64(activityTypesRemoved)},
            {u"leadsToRescore"_qs, qint64(leadsToRescore.size())}};
}

ImportUndo::ImportUndo(Workspace &workspace, std::int64_t importId)
    : m_workspace(workspace)
    , m_importId(importId)
{}

Result<ImportUndoPlan> ImportUndo::plan()
{
    ImportUndoPlan plan;
    plan.importId = m_importId;
    if (Status status = checkUndoable(plan); !status)
        return status.error();
    if (Status status = checkLaterImports(); !status)
        return status.error();
    if (Status status = checkRestoredKeys(); !status)
        return status.error();
    if (Status status = count(plan); !status)
        return status.error();
    return plan;
}

Status ImportUndo::checkUndoable(ImportUndoPlan &plan)
{
    auto query = m_workspace.database().prepare(
        "SELECT kind, file, undo_recorded, undone_at, finished_at FROM imports WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, m_importId);
    auto row = query->step();
    if (!row)
        return row.error();
    const QString where = m_workspace.path();
    if (!*row)
        return Error{
            QCoreApplication::translate("ImportError", "there is no import %1 in this workspace").arg(m_importId),
            where, 0, 0,
            QCoreApplication::translate(
                "ImportError",
                "`leadstage import history` and the Workspace page's import history list the imports by number.")};
    plan.kind = query->text(0);
    plan.file = query->text(1);
    const QString name = QCoreApplication::translate("ImportError", "import %1 (%2)")
                             .arg(m_importId)
                             .arg(QFileInfo(plan.file).fileName());
    if (const auto undone = query->optionalInt64(3))
        return Error{
            QCoreApplication::translate("ImportError", "%1 was undone already, on %2").arg(name, isoUtc(*undone)),
            where, 0, 0,
            QCoreApplication::translate("ImportError",
                                        "An import is undone once; import the file again to bring its rows back.")};
    if (query->int64(2) == 0)
        return Error{QCoreApplication::translate(
                         "ImportError",
                         "%1 cannot be undone: it was made by an older LeadStage (before workspace version 9), which "
                         "did not record the leads it created or the values it replaced")
                         .arg(name),
                     where, 0, 0,
                     QCoreApplication::translate("ImportError",
                                                 "Only imports made since the workspace was upgraded can be undone.")};
    if (query->isNull(4))
        return Error{QCoreApplication::translate("ImportError", "%1 cannot be undone: it never finished").arg(name),
                     where};
    return {};
}

// Every later import that built on this one, named with what it did; the hint names
// the latest, which is the one to undo first.
Status ImportUndo::checkLaterImports()
{
    Database &database = m_workspace.database();
    std::map<std::int64_t, QStringList> uses; // later import -> what it did
    for (const LaterUse &use : laterUses) {
        auto query = database.prepare(use.sql);
        if (!query)
            return query.error();
        query->bind(1, m_importId);
        for (;;) {
            auto row = query->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            // Not arg(): a template without %1 would take the rows for %2.
            uses[query->int64(0)].append(QString::fromLatin1(use.what)
                                             .replace(u"%1"_qs, QString::number(query->int64(1)))
                                             .replace(u"%2"_qs, QString::number(query->int64(2)))
                                             .replace(u"%3"_qs, QString::number(m_importId)));
        }
    }
    if (uses.empty())
        return {};
    QStringList reasons;
    for (const auto &[later, what] : uses) {
        auto name = describeImport(database, later);
        if (!name)
            return name.error();
        reasons.append(u"%1 %2"_qs.arg(*name, what.join(u" and "_qs)));
    }
    auto self = describeImport(database, m_importId);
    if (!self)
        return self.error();
    auto latest = describeImport(database, uses.rbegin()->first);
    if (!latest)
        return latest.error();
    return Error{
        QCoreApplication::translate("ImportError", "%1 cannot be undone: a later import built on it: %2")
            .arg(*self, reasons.join(u"; "_qs)),
        m_workspace.path(), 0, 0,
        uses.rbegin()->first == 0
            ? QCoreApplication::translate("ImportError", "Those rows were not imported; they cannot be undone.")
            : QCoreApplication::translate("ImportError", "Undo %1 first, then this one.").arg(*latest)};
}

// A restored CRM id or e-mail must not be one another lead holds now (a later import
// may have given it to a new lead): the restore would break their uniqueness.
Status ImportUndo::checkRestoredKeys()
{
    auto query = m_workspace.database().prepare(
        "SELECT c.lead_id, l.id, 'CRM id ' || c.external_id FROM import_lead_changes c "
        "JOIN leads l ON l.external_id = c.external_id AND l.id <> c.lead_id WHERE c.import_id = ?1 "
        "AND l.id NOT IN (SELECT lead_id FROM import_lead_changes WHERE import_id = ?1) "
        "UNION ALL SELECT c.lead_id, l.id, 'e-mail ' || c.email FROM import_lead_changes c "
        "JOIN leads l ON l.email = c.email AND l.id <> c.lead_id WHERE c.import_id = ?1 "
        "AND l.id NOT IN (SELECT lead_id FROM import_lead_changes WHERE import_id = ?1) LIMIT 1");
    if (!query)
        return query.error();
    query->bind(1, m_importId);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return {};
    return Error{
        QCoreApplication::translate(
            "ImportError", "import %1 cannot be undone: lead %2 would get its %3 back, which lead %4 holds now")
            .arg(m_importId)
            .arg(query->int64(0))
            .arg(query->text(2))
            .arg(query->int64(1)),
        m_workspace.path(), 0, 0,
        QCoreApplication::translate("ImportError", "Change or remove lead %1's value first.").arg(query->int64(1))};
}

Status ImportUndo::count(ImportUndoPlan &plan)
{
    Database &database = m_workspace.database();
    struct Count
    {
        std::int64_t *into;
        const char *sql;
    };
    const Count counts[] = {
        {&plan.leadsRemoved, "SELECT count(*) FROM leads WHERE import_id = ?1"},
        {&plan.eventsRemoved, "SELECT count(*) FROM events WHERE import_id = ?1"},
        {&plan.outcomesRemoved, "SELECT count(*) FROM import_outcome_changes WHERE import_id = ?1 AND existed = 0"},
        {&plan.outcomesRestored, "SELECT count(*) FROM import_outcome_changes WHERE import_id = ?1 AND existed = 1"},
        {&plan.leadsRestored, "SELECT count(*) FROM import_lead_changes WHERE import_id = ?1"},
        // Each field that differs counts 1: the casts, because PostgreSQL adds no booleans.
        {&plan.fieldsRestored,
         "SELECT COALESCE(sum(CAST(c.external_id IS NOT l.external_id AS INTEGER) + "
         "CAST(c.email IS NOT l.email AS INTEGER) + CAST(c.first_name IS NOT l.first_name AS INTEGER) + "
         "CAST(c.last_name IS NOT l.last_name AS INTEGER) + CAST(c.company IS NOT l.company AS INTEGER) + "
         "CAST(c.job_title IS NOT l.job_title AS INTEGER) + CAST(c.industry IS NOT l.industry AS INTEGER) + "
         "CAST(c.employees IS NOT l.employees AS INTEGER) + CAST(c.country IS NOT l.country AS INTEGER) + "
         "CAST(c.source IS NOT l.source AS INTEGER) + CAST(c.campaign IS NOT l.campaign AS INTEGER) + "
         "CAST(c.created_at IS NOT l.created_at AS INTEGER) + CAST(c.attrs IS NOT l.attrs AS INTEGER)), 0) "
         "FROM import_lead_changes c JOIN leads l ON l.id = c.lead_id WHERE c.import_id = ?1"},
        {&plan.recordedStagesRemoved,
         "SELECT count(*) FROM import_recorded_stage_changes WHERE import_id = ?1 AND existed = 0"},
        {&plan.recordedStagesRestored,
         "SELECT count(*) FROM import_recorded_stage_changes WHERE import_id = ?1 AND existed = 1"},
        // Its events go first, and no other event may use them (checkLaterImports).
        {&plan.activityTypesRemoved, "SELECT count(*) FROM activity_types WHERE import_id = ?1"},
    };
    for (const Count &item : counts) {
        auto value = countFor(database, item.sql, m_importId);
        if (!value)
            return value.error();
        *item.into = *value;
    }
    auto touched = idsFor(database,
                          "SELECT lead_id FROM events WHERE import_id = ?1 UNION "
                          "SELECT lead_id FROM import_lead_changes WHERE import_id = ?1 UNION "
                          "SELECT lead_id FROM import_outcome_changes WHERE import_id = ?1 UNION "
                          // Recorded dates move the analysis date, which scores are taken at.
                          "SELECT lead_id FROM import_recorded_stage_changes WHERE import_id = ?1 "
                          "EXCEPT SELECT id FROM leads WHERE import_id = ?1 ORDER BY 1",
                          m_importId);
    if (!touched)
        return touched.error();
    plan.leadsToRescore = std::move(*touched);
    return {};
}

// The statements in order: what the import added goes, then what it replaced comes
// back, then its leads (their scores and any outcomes with them) and its own records.
Status ImportUndo::apply(Progress *progress)
{
    static const char *const steps[] = {
        "DELETE FROM events WHERE import_id = ?1",
        // No event uses them now: a later one refused the undo (checkLaterImports).
        "DELETE FROM activity_types WHERE import_id = ?1",
        "DELETE FROM outcomes WHERE lead_id IN "
        "(SELECT lead_id FROM import_outcome_changes WHERE import_id = ?1 AND existed = 0)",
        "UPDATE outcomes SET sql_at = c.sql_at, opportunity_at = c.opportunity_at, customer_at = c.customer_at, "
        "lost_at = c.lost_at, revenue = c.revenue, sql_undated = c.sql_undated, "
        "opportunity_undated = c.opportunity_undated, customer_undated = c.customer_undated, "
        "lost_undated = c.lost_undated FROM import_outcome_changes c "
        "WHERE c.import_id = ?1 AND c.existed = 1 AND c.lead_id = outcomes.lead_id",
        "DELETE FROM recorded_stages WHERE EXISTS (SELECT 1 FROM import_recorded_stage_changes c "
        "WHERE c.import_id = ?1 AND c.existed = 0 AND c.lead_id = recorded_stages.lead_id "
        "AND c.stage = recorded_stages.stage)",
        "UPDATE recorded_stages SET at = c.at, import_id = c.previous_import_id FROM import_recorded_stage_changes c "
        "WHERE c.import_id = ?1 AND c.existed = 1 AND c.lead_id = recorded_stages.lead_id "
        "AND c.stage = recorded_stages.stage",
        "UPDATE leads SET external_id = c.external_id, email = c.email, first_name = c.first_name, "
        "last_name = c.last_name, company = c.company, job_title = c.job_title, industry = c.industry, "
        "employees = c.employees, country = c.country, source = c.source, campaign = c.campaign, "
        "created_at = c.created_at, attrs = c.attrs FROM import_lead_changes c "
        "WHERE c.import_id = ?1 AND c.lead_id = leads.id",
        "DELETE FROM lead_state WHERE lead_id IN (SELECT id FROM leads WHERE import_id = ?1)",
        "DELETE FROM leads WHERE import_id = ?1",
        "DELETE FROM import_lead_changes WHERE import_id = ?1",
        "DELETE FROM import_outcome_changes WHERE import_id = ?1",
        "DELETE FROM import_recorded_stage_changes WHERE import_id = ?1",
    };
    Database &database = m_workspace.database();
    const auto total = std::int64_t(std::size(steps)) + 2;
    for (std::int64_t step = 0; step < std::int64_t(std::size(steps)); ++step) {
        auto statement = database.prepare(steps[step]);
        if (!statement)
            return statement.error();
        statement->bind(1, m_importId);
        if (Status status = statement->run(); !status)
            return status;
        if (progress && !progress->report(step + 1, total))
            return Error{QCoreApplication::translate("ImportError", "the undo was cancelled; nothing was changed"),
                         m_workspace.path()};
    }
    // Detail texts only the removed events named: the file holds what it held before.
    if (Status status =
            database.exec("DELETE FROM event_details WHERE id <> 0 AND id NOT IN (SELECT detail_id FROM events)");
        !status)
        return status;
    auto mark = database.prepare("UPDATE imports SET undone_at = ?2 WHERE id = ?1");
    if (!mark)
        return mark.error();
    mark->bind(1, m_importId).bind(2, std::int64_t(QDateTime::currentSecsSinceEpoch()));
    if (Status status = mark->run(); !status)
        return status;
    return ScoreStatus::markStale(database, ScoreStatus::undoReason);
}

Result<ImportUndoReport> ImportUndo::run(Progress *progress)
{
    QElapsedTimer clock;
    clock.start();
    ImportUndoReport report;
    Database &database = m_workspace.database();
    bool wasStale = false;
    {
        Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus().error();
        // The derived copies go with their triggers first: rows written or deleted (also
        // by a cascade from leads) would fire them one a row. A server's fire once a
        // statement and stay (dropping them would lock readers out until the commit).
        if (!database.isServer())
            for (const auto forget : {EventBlocks::forget, LeadBlocks::forget, LeadStateDigests::forget})
                if (Status forgotten = forget(database); !forgotten)
                    return forgotten.error();
        auto stale = ScoreStatus::read(database);
        if (!stale)
            return stale.error();
        wasStale = stale->has_value();
        auto planned = plan(); // inside the transaction: nothing changes between plan and apply
        if (!planned)
            return planned.error();
        report.plan = std::move(*planned);
        if (Status applied = apply(progress); !applied)
            return applied.error();
        if (progress && progress->cancelled())
            return Error{QCoreApplication::translate("ImportError", "the undo was cancelled; nothing was changed"),
                         m_workspace.path()};
        // Open windows on a server workspace read it again once this commits.
        if (Status told = ServerChanges::announce(database, ServerChanges::importUndone); !told)
            return told.error();
        // Where the tests stop an undo: every change made, nothing committed.
        TestHold::hold("undo-writing");
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    rescore(report, wasStale, progress);
    report.elapsedMs = clock.elapsed();
    return report;
}

// As after an import: the leads whose data changed, or all of them when the scores
// were stale before (the scorer falls back to all when the analysis date moved).
void ImportUndo::rescore(ImportUndoReport &report, bool wasStale, Progress *progress)
{
    WorkspaceScorer::Options options;
    if (!wasStale)
        options.onlyLeads = report.plan.leadsToRescore;
    options.partialClearsStaleMark = !wasStale;
    // The rescore is not cancellable from here: the undo has landed, and a stopped
    // rescore would only leave the stale mark for the next one.
    (void)progress;
    auto scored = WorkspaceScorer(m_workspace).run(options);
    report.rescored = scored.ok();
    if (!scored)
        report.rescoreError = scored.error().toString();
}

} // namespace LeadStage
