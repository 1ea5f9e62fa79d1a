#include "WorkspaceScorer.h"

#include "ChangedScores.h"
#include "EventBlocks.h"
#include "EventColumnsLoader.h"
#include "FieldAddress.h"
#include "LeadBlocks.h"
#include "LeadStateCopy.h"
#include "LeadStateDigests.h"
#include "LeadStateRow.h"
#include "ModelStore.h"
#include "RescoreDigests.h"
#include "ScoredAhead.h"
#include "ScoringEngine.h"
#include "common/TestHold.h"
#include "store/AnalysisDate.h"
#include "store/DeferredIndexes.h"
#include "store/ForeignKeyChecksOff.h"
#include "store/ManyRowInsert.h"
#include "store/PageCacheKept.h"
#include "store/ParameterShadow.h"
#include "store/ScoreStatus.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "store/postgres/ServerChanges.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace LeadStage {

namespace {

constexpr std::size_t rowsPerReport = 1 << 15;
constexpr std::size_t rowsPerInsert = 32;

Result<std::int64_t> countOf(Database &database, std::string_view sql, std::int64_t a, std::int64_t b)
{
    auto query = database.prepare(sql);
    if (!query)
        return query.error();
    query->bind(1, a).bind(2, b);
    auto row = query->step();
    if (!row)
        return row.error();
    return query->int64(0);
}

} // namespace

WorkspaceScorer::WorkspaceScorer(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<ModelVersion> WorkspaceScorer::chooseModel(const Options &options)
{
    ModelStore store(m_workspace.database());
    if (!options.modelId)
        return Error{QCoreApplication::translate("ScoringError", "no model chosen to score with"),
                     m_workspace.path()}; // run() chooses one
    auto versions = store.list();
    if (!versions)
        return versions.error();
    for (const ModelVersion &version : *versions)
        if (version.id == *options.modelId)
            return version;
    return Error{QCoreApplication::translate("ScoringError", "no model with id %1").arg(*options.modelId),
                 m_workspace.path()};
}

// Only when every stored row was written under this model and date do the
// untouched leads keep valid rows; otherwise decay and health moved for all.
Result<bool> WorkspaceScorer::canRescorePartially(std::int64_t modelId, std::int64_t asOf)
{
    auto stale = countOf(m_workspace.database(),
                         "SELECT COUNT(*) FROM lead_state WHERE model_id IS NOT ?1 OR as_of <> ?2", modelId, asOf);
    if (!stale)
        return stale.error();
    return *stale == 0;
}

Result<std::vector<std::int64_t>> WorkspaceScorer::unscoredLeads()
{
    auto query = m_workspace.database().prepare(
        // NOT EXISTS: PostgreSQL runs `NOT IN (subquery)` over a million rows row by row.
        "SELECT l.id FROM leads l WHERE NOT EXISTS (SELECT 1 FROM lead_state s WHERE s.lead_id = l.id) ORDER BY l.id");
    if (!query)
        return query.error();
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

Result<std::int64_t> WorkspaceScorer::storedLeadCount()
{
    auto query = m_workspace.database().prepare("SELECT count(*) FROM leads");
    if (!query)
        return query.error();
    if (auto row = query->step(); !row)
        return row.error();
    return query->int64(0);
}

namespace {

constexpr std::size_t serverLeadsForAFullLoad = 4096;

} // namespace

// The leads an import touched, plus any never scored; the whole workspace when the
// stored rows were written under another model or date (decay and health moved for all),
// or when so many leads were touched that one streamed load beats two queries per lead.
Result<ScoringInput> WorkspaceScorer::loadTouched(EventColumnsLoader &loader, const Options &options,
                                                  std::optional<std::int64_t> fixedDate, Report &report,
                                                  Progress *progress)
{
    auto leadCount = storedLeadCount();
    if (!leadCount)
        return leadCount.error();
    // On a server each lead's two queries are two round trips (87,476 leads an outcomes
    // file touched: 24 s, against 2 s for loading and rewriting all 1 M): a full load,
    // which streams, pays from a few thousand leads on.
    const bool server = m_workspace.database().isServer();
    const auto worthAFullLoad = [&](std::size_t leads) {
        return leads >= options.wholeWorkspaceFrom
               && (std::int64_t(leads) * 4 >= *leadCount || (server && leads >= serverLeadsForAFullLoad));
    };
    if (worthAFullLoad(options.onlyLeads->size())) {
        // Neither the unscored leads nor the default date need a query of their own
        // (the latest event is a scan of the events table): the loaded columns tell.
        report.partial = false;
        auto input = loader.loadAll(progress);
        if (!input)
            return input;
        auto date = dateOfFullLoad(fixedDate, *input);
        if (!date)
            return date.error();
        report.asOf = *date;
        return input;
    }
    auto asOf = fixedDate ? Result<std::int64_t>(*fixedDate) : loader.defaultAsOf();
    if (!asOf)
        return asOf.error();
    report.asOf = *asOf;
    auto partial = canRescorePartially(report.model.id, report.asOf);
    if (!partial)
        return partial.error();
    report.partial = *partial;
    if (!report.partial)
        return loader.loadAll(progress);
    auto unscored = unscoredLeads();
    if (!unscored)
        return unscored.error();
    std::vector<std::int64_t> leadIds = *options.onlyLeads;
    leadIds.insert(leadIds.end(), unscored->begin(), unscored->end());
    std::sort(leadIds.begin(), leadIds.end());
    leadIds.erase(std::unique(leadIds.begin(), leadIds.end()), leadIds.end());
    if (worthAFullLoad(leadIds.size())) {
        report.partial = false;
        return loader.loadAll(progress);
    }
    return loader.loadLeads(leadIds, progress);
}

Status WorkspaceScorer::write(const std::vector<LeadScore> &scores, const ScoringInput &input, Report &report,
                              const ScoringModel &model, const std::vector<Database *> &readers, Progress *progress)
{
    const LeadColumns &leads = input.leads;
    Database &database = m_workspace.database();
    // Declared before the statements that bind its texts without a copy, so it outlives them.
    const LeadStateRow row(model, report.model.id, report.asOf);
    // Rows to write one at a time (INSERT OR REPLACE): a partial rescore's, or the few
    // a full one changes; else every row anew.
    std::optional<std::vector<std::size_t>> only;
    if (database.isServer()) {
        // No digests or packed copies there yet: every row goes, through COPY.
        std::optional<std::vector<std::size_t>> rows;
        if (report.partial) {
            rows.emplace(scores.size());
            std::iota(rows->begin(), rows->end(), std::size_t(0));
        }
        if (Status status = LeadStateCopy::write(database, scores, input, row, rows, progress); !status)
            return status;
        report.rowsWritten = rows ? rows->size() : scores.size();
        return {};
    }
    if (report.partial) {
        only.emplace(scores.size());
        std::iota(only->begin(), only->end(), std::size_t(0));
    }
    // A full rescore's rows digested: where they equal the stored digests, lead_state
    // already holds them and need not be read back.
    std::optional<RescoreDigests> digests;
    if (!report.partial) {
        digests.emplace(database, scores, input, row);
        report.unchangedByDigests = digests->unchanged();
        if (report.unchangedByDigests) {
            only.emplace();
        } else {
            auto changed = ChangedScores::find(readers, scores, input, row);
            if (!changed)
                return changed.error();
            only = std::move(*changed);
        }
    }
    // Rows about to change: the digests and their triggers go first (each row would fire one).
    if (!only || !only->empty())
        if (Status status = LeadStateDigests::forget(database); !status)
            return status;
    std::optional<DeferredIndexes> indexes;
    if (!only) {
        if (Status status = database.exec("DELETE FROM lead_state"); !status)
            return status;
        // Every row is new: the stage index is built once afterwards (about 0.7 s per
        // million leads less than searching it per row).
        auto dropped = DeferredIndexes::drop(database, "lead_state");
        if (!dropped)
            return dropped.error();
        indexes.emplace(std::move(*dropped));
    }
    // After a full DELETE plain inserts suffice, many rows to a statement (OR FAIL, see
    // manyRowInsert); a partial rescore replaces rows one at a time.
    const std::string columns = std::string(" INTO lead_state (") + LeadStateRow::columns + ")";
    auto insert = database.prepare(
        manyRowInsert((only ? "INSERT OR REPLACE" : "INSERT") + columns, LeadStateRow::columnCount, 1));
    auto insertMany =
        database.prepare(manyRowInsert("INSERT OR FAIL" + columns, LeadStateRow::columnCount, int(rowsPerInsert)));
    if (!insert || !insertMany)
        return !insert ? insert.error() : insertMany.error();
    const std::size_t count = only ? only->size() : scores.size();
    const auto leadAt = [&](std::size_t at) { return only ? (*only)[at] : at; };
    const std::size_t grouped = only ? 0 : count - count % rowsPerInsert;
    std::vector<std::byte> scratch;
    ParameterShadow one(*insert, LeadStateRow::columnCount);
    ParameterShadow group(*insertMany, LeadStateRow::columnCount * int(rowsPerInsert));
    for (std::size_t at = 0; at < count;) {
        const bool many = at < grouped;
        const std::size_t rows = many ? rowsPerInsert : 1;
        ParameterShadow &statement = many ? group : one;
        for (std::size_t line = 0; line < rows; ++line) {
            const std::size_t lead = leadAt(at + line);
            row.bind(statement, 1 + int(line) * LeadStateRow::columnCount, leads.id(lead), scores[lead],
                     input.events.timesOf(lead), scratch);
        }
        if (Status status = statement.statement().run(); !status)
            return status;
        const std::size_t before = at;
        at += rows;
        if (at / rowsPerReport == before / rowsPerReport)
            continue;
        TestHold::hold("rescore-writing");
        if (progress && !progress->report(std::int64_t(at), std::int64_t(count)))
            return Error{QCoreApplication::translate("ScoringError", "scoring was cancelled"), m_workspace.path()};
    }
    report.rowsWritten = count;
    const auto digested = digests ? digests->take() : std::nullopt;
    if (digested && !report.unchangedByDigests) {
        auto written = LeadStateDigests::write(database, *digested);
        if (!written)
            return written.error();
        report.leadStateDigestsWritten = *written;
    }
    return indexes ? indexes->rebuild() : Status();
}

Result<WorkspaceScorer::Report> WorkspaceScorer::run(const Options &given, Progress *progress)
{
    Options options = given;
    // A full rescore writes lead_state rows for the very leads it just read: checking
    // each row's two foreign keys would only cost time (about 2 s per million leads).
    std::optional<ForeignKeyChecksOff> unchecked;
    if (!options.onlyLeads || options.loadEverything || options.scoredAhead)
        unchecked.emplace(m_workspace.database());
    Transaction transaction(m_workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    // A workspace without an active model gets the default saved and activated in the
    // same transaction: saved only together with its scores.
    if (!options.modelId) {
        auto active = ModelStore(m_workspace.database()).activeOrInsertDefault();
        if (!active)
            return active.error();
        options.modelId = active->id;
    }
    auto report = runWithin(options, progress);
    if (!report)
        return report;
    QElapsedTimer timer;
    timer.start();
    if (Status status = transaction.commit(); !status)
        return status.error();
    report->writeMs += timer.elapsed();
    return report;
}

// The date a load of every lead is scored at: the fixed one, else the latest moment
// of the data, read from the loaded columns (a scan of the events table saved) and
// the outcomes' lost dates, which the columns do not hold.
Result<std::int64_t> WorkspaceScorer::dateOfFullLoad(std::optional<std::int64_t> fixedDate, const ScoringInput &input)
{
    if (fixedDate)
        return *fixedDate;
    auto outcome = AnalysisDate::latestOutcome(m_workspace.database());
    if (!outcome)
        return outcome.error();
    return std::max(EventColumnsLoader::latestMoment(input), *outcome);
}

// Applies the options' date choice and says which date is fixed: the one given, else
// the one the workspace keeps; nullopt when the latest moment of the data decides.
Result<std::optional<std::int64_t>> WorkspaceScorer::chooseDate(const Options &options)
{
    Database &database = m_workspace.database();
    using Choice = Options::DateChoice;
    if (options.dateChoice != Choice::Keep) {
        const auto kept = options.dateChoice == Choice::Remember ? options.asOf : std::nullopt;
        if (Status status = AnalysisDate::choose(database, kept); !status)
            return status.error();
    }
    if (options.asOf && options.dateChoice != Choice::Forget)
        return options.asOf;
    return AnalysisDate::chosen(database);
}

Result<WorkspaceScorer::Report> WorkspaceScorer::runWithin(const Options &options, Progress *progress)
{
    Report report;
    auto model = chooseModel(options);
    if (!model)
        return model.error();
    report.model = *model;
    auto scoringModel = ModelStore(m_workspace.database()).load(report.model.id);
    if (!scoringModel)
        return scoringModel.error();
    EventColumnsLoader loader(m_workspace.database());
    loader.keepLeadFields(FieldAddress::namedBy(*scoringModel));
    const bool given = options.loadEverything || options.scoredAhead;
    auto fixedDate = chooseDate(options);
    if (!fixedDate)
        return fixedDate.error();

    // Two more connections let a full load read events (ranges of leads shared between
    // them) while it reads the leads; each streams its part of the events table once,
    // so a small page cache does. Without them (a read-only open) the load reads in
    // turn: slower, the same numbers.
    std::vector<std::unique_ptr<Workspace>> eventsConnections;
    const bool onServer = m_workspace.isOnServer();
    for (int i = 0; i < 2 && !given; ++i) {
        auto connection = m_workspace.openConnection();
        if (connection && (onServer || (*connection)->database().exec("PRAGMA cache_size = -8192"))) {
            loader.readEventsOn((*connection)->database());
            eventsConnections.push_back(std::move(*connection));
        }
    }

    // A page cache of a few megabytes on the workspace's own connection while a load
    // streams the tables through it: pages read once gain nothing from the large cache
    // that imports keep (Workspace), and each new page of it is fresh memory to fault in.
    std::optional<PageCacheKept> smallCache;
    if (!given) {
        smallCache.emplace(m_workspace.database());
        (void)smallCache->set(-8192); // only a speed: the load reads the same either way
        loader.packWhatIsRead();      // a full load from the rows leaves the next one their packed copy
    }
    QElapsedTimer timer;
    timer.start();
    std::optional<ScoredAhead> ahead;
    if (options.scoredAhead) {
        auto scored = options.scoredAhead();
        if (!scored)
            return scored.error();
        ahead.emplace(std::move(*scored));
    }
    auto input = ahead                    ? Result<ScoringInput>(std::move(ahead->input))
                 : options.loadEverything ? options.loadEverything(loader)
                 : options.onlyLeads      ? loadTouched(loader, options, *fixedDate, report, progress)
                                          : loader.loadAll(progress);
    if (!input)
        return input.error();
    if (!options.onlyLeads || given) {
        auto date = dateOfFullLoad(*fixedDate, *input);
        if (!date)
            return date.error();
        report.asOf = *date;
    }
    smallCache.reset();
    report.packedEventsRepaired = loader.foundDamagedPackedEvents();
    report.packedLeadsRepaired = loader.foundDamagedPackedLeads();
    const std::vector<EventBlocks::Block> packed = loader.takePackedEvents();
    const std::vector<LeadBlocks::Block> packedLeads = loader.takePackedLeads();
    report.loadMs = timer.restart();

    report.usedScoresAhead = ahead && ahead->asOf == report.asOf && ahead->model == *scoringModel;
    auto scores = report.usedScoresAhead ? Result<std::vector<LeadScore>>(std::move(ahead->scores))
                                         : ScoringEngine(*scoringModel).score(*input, report.asOf, progress);
    if (!scores)
        return scores.error();
    report.scoreMs = timer.restart();
    report.leads = scores->size();
    report.events = input->events.eventCount();
    for (const LeadScore &score : *scores) {
        ++report.perStage[std::size_t(score.stage)];
        ++report.perGrade[std::size_t(score.grade)];
    }

    // The comparison with lead_state is shared among the load's connections: they see
    // lead_state as this one does, for the caller has not written it (runWithin()).
    std::vector<Database *> readers;
    for (const auto &connection : eventsConnections)
        readers.push_back(&connection->database());
    if (readers.empty())
        readers.push_back(&m_workspace.database());
    if (Status status = write(*scores, *input, report, *scoringModel, readers, progress); !status)
        return status.error();
    // After lead_state, whose comparison reads on the other connections: tens of
    // megabytes written before it could spill the cache and lock them out (an import's
    // rescore writes with the rollback journal).
    if (!packed.empty()) {
        auto written = EventBlocks::write(m_workspace.database(), packed);
        if (!written)
            return written.error();
        report.packedEventsWritten = *written;
    }
    if (!packedLeads.empty()) {
        auto written = LeadBlocks::write(m_workspace.database(), packedLeads);
        if (!written)
            return written.error();
        report.packedLeadsWritten = *written;
    }
    if (!report.partial || options.partialClearsStaleMark)
        if (Status status = ScoreStatus::markFresh(m_workspace.database()); !status)
            return status.error();
    // The other analysts' windows on a team workspace refresh once the caller commits.
    if (Status told = ServerChanges::announce(m_workspace.database(), ServerChanges::rescore); !told)
        return told.error();
    if (progress && progress->cancelled())
        return Error{QCoreApplication::translate("ScoringError", "scoring was cancelled"), m_workspace.path()};
    report.writeMs = timer.restart();
    return report;
}

} // namespace LeadStage
