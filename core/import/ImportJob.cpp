#include "ImportJob.h"

#include "HashingFile.h"
#include "ImportContext.h"
#include "ImportedScoringInput.h"
#include "ReadAhead.h"
#include "RescoreAhead.h"
#include "RowImporter.h"
#include "ServerEventMerge.h"
#include "common/SortUnique.h"
#include "common/TestHold.h"
#include "scoring/EventBlocks.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/LeadBlocks.h"
#include "scoring/LeadStateDigests.h"
#include "scoring/WorkspaceScorer.h"
#include "store/BulkWriteJournal.h"
#include "store/EarlyWriteback.h"
#include "store/ForeignKeyChecksOff.h"
#include "store/PageCacheKept.h"
#include "store/ScoreStatus.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "store/postgres/ServerChanges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace LeadStage {

namespace {

Error cancelled()
{
    return Error{QCoreApplication::translate("ImportError", "the import was cancelled; nothing was written"),
                 QString()};
}

// Each file once: the one the caller opened (and scanned through), or the path.
Result<std::vector<std::shared_ptr<HashingFile>>> openInputs(const std::vector<ImportSource> &sources)
{
    std::vector<std::shared_ptr<HashingFile>> inputs;
    for (const ImportSource &source : sources) {
        auto input = source.input;
        if (!input) {
            input = std::make_shared<HashingFile>(source.path);
            if (!input->open(QIODevice::ReadOnly))
                return Error{
                    QCoreApplication::translate("ImportError", "cannot be read: %1").arg(input->fileErrorString()),
                    source.path, 0, 0,
                    QCoreApplication::translate("ImportError", "Check the path and that you may read the file.")};
        }
        inputs.push_back(std::move(input));
    }
    return inputs;
}

} // namespace

ImportJob::ImportJob(Workspace &workspace, ImportRequest request)
    : m_workspace(workspace)
    , m_request(std::move(request))
{
    // Leads first: events and outcomes of the same import must find their leads.
    std::stable_sort(m_request.sources.begin(), m_request.sources.end(),
                     [](const ImportSource &a, const ImportSource &b) { return int(a.kind) < int(b.kind); });
}

Result<ImportReport> ImportJob::run(Progress *progress)
{
    QElapsedTimer clock;
    clock.start();
    auto inputs = openInputs(m_request.sources);
    if (!inputs)
        return inputs.error();
    for (const auto &input : *inputs) // unknown (-1) when a pipe is among them
        m_bytesTotal = m_bytesTotal < 0 || input->knownSize() < 0 ? -1 : m_bytesTotal + input->knownSize();
    Database &database = m_workspace.database();
    // Made before the transaction (SQLite switches journals only outside one) and
    // kept for the rescore, which rewrites lead_state.
    std::optional<BulkWriteJournal> journal;
    if (m_request.options.exclusive && !m_request.options.dryRun)
        journal.emplace(database);
    // Every event and outcome row names a lead resolved through LeadIndex, which holds
    // only stored or just-inserted leads, and every error row its own import: SQLite's
    // per-row foreign-key lookups (and the statement journal they need) only cost time.
    ForeignKeyChecksOff unchecked(database);
    // LeadRowImporter sizes the cache for its leads; the usual one is back once the
    // import is done with the file.
    PageCacheKept pageCache(database);
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    // Through the rescore's commit: both write the file with the rollback journal.
    std::optional<EarlyWriteback> writeback;
    if (!database.isServer() && !m_request.options.dryRun)
        writeback.emplace(database.path());
    // The derived copies go with their triggers first: rows written or deleted (also
    // by a cascade from leads) would fire them one a row. The leads' copy stays through
    // an import of events alone, which at most creates a lead here and there (each then
    // empties it through its trigger), so that the next full load still reads it.
    const bool leadsOrOutcomes =
        std::any_of(m_request.sources.begin(), m_request.sources.end(),
                    [](const ImportSource &source) { return source.kind != ImportKind::Events; });
    // A server's triggers fire once a statement and stay: dropping them would lock
    // the tables against readers until the import commits.
    if (!database.isServer()) {
        for (const auto forget : {EventBlocks::forget, LeadStateDigests::forget})
            if (Status forgotten = forget(database); !forgotten)
                return forgotten.error();
        if (leadsOrOutcomes)
            if (Status forgotten = LeadBlocks::forget(database); !forgotten)
                return forgotten.error();
    }
    // Scores already stale before this import (an earlier one's rescore never finished)
    // are caught up by a full rescore: this import's touched leads are not all that moved.
    auto staleBefore = ScoreStatus::read(database);
    if (!staleBefore)
        return staleBefore.error();
    m_rescoreAll = staleBefore->has_value();
    LeadIndex leads;
    if (Status loaded = leads.load(database); !loaded)
        return loaded.error();
    ImportReport report;
    std::vector<std::int64_t> touched;
    std::optional<ImportedScoringInput> imported;
    if (leads.size() == 0 && wantsImportedInput())
        imported.emplace(1); // the first lead id of an empty table, as LeadRowImporter checks
    std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> undated; // per file: import, leads
    for (std::size_t i = 0; i < m_request.sources.size(); ++i) {
        const ImportSource &source = m_request.sources[i];
        ImportContext context(database, leads, m_request, source, touched);
        context.setImported(imported ? &*imported : nullptr);
        auto file = importFile(source, *(*inputs)[i], context, progress);
        if (!file)
            return file.error(); // the transaction rolls back
        report.files.push_back(*file);
        undated.emplace_back(context.importId(), std::move(context.undatedLeads()));
    }
    sortUniqueIds(touched); // once: the rescore and the report take them in order
    if (progress && progress->cancelled())
        return cancelled();
    // Every row written, nothing committed: where the tests kill an import, and where
    // readers of a server workspace still read what was there before.
    TestHold::hold("import-writing");
    if (database.isServer())
        if (Status swapped = ServerEventMerge::swapWaiting(database); !swapped)
            return swapped.error();
    for (std::size_t i = 0; i < report.files.size(); ++i) {
        if (undated[i].second.empty())
            continue;
        if (Status dated = dateByFirstEvent(report.files[i], undated[i].first, undated[i].second); !dated)
            return dated.error();
        if (imported && report.files[i].createdDates.fromFirstEvent > 0)
            imported->giveUp(); // it holds the import's time for those leads
    }
    report.refused = m_request.options.strict && report.rejected() > 0;
    report.refusedRepeatedKeys = !m_request.options.allowRepeatedKeys
                                 && std::any_of(report.files.begin(), report.files.end(),
                                                [](const FileReport &file) { return file.repeatedKeyRows > 0; });
    if (m_request.options.dryRun || report.refused || report.refusedRepeatedKeys) {
        transaction.rollback();
        for (FileReport &file : report.files)
            file.importId = 0; // its `imports` row went with the rollback
    } else {
        // Data and scores disagree from this commit until the rescore commits: the mark
        // says so to every reader, whatever stops this process in between.
        if (!touched.empty() || report.imported() > 0) {
            if (Status marked = ScoreStatus::markStale(database, ScoreStatus::importReason); !marked)
                return marked.error();
            if (Status announced = ServerChanges::announce(database, ServerChanges::import); !announced)
                return announced.error();
        }
        // A million leads' keys are not needed while rescoring.
        leads = LeadIndex();
        const bool fromImport = rescoresFromImport(report, touched, imported ? &*imported : nullptr);
        std::unique_ptr<RescoreAhead> ahead;
        if (fromImport && !database.isServer()) {
            // When the model or the date cannot be read, the imported rows stay and the
            // rescore scores them itself (and says what failed).
            auto started = RescoreAhead::start(database, *imported);
            if (started)
                ahead = std::move(*started);
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        report.committed = true;
        TestHold::hold("import-committed");
        // Nor are the import's pages in SQLite's cache (a quarter of a gigabyte).
        pageCache.restore();
        if (!database.isServer())
            (void)database.exec("PRAGMA shrink_memory");
        rescore(report, touched, fromImport ? &*imported : nullptr, ahead.get());
    }
    report.touchedLeads = std::int64_t(touched.size());
    report.elapsedMs = clock.elapsed();
    return report;
}

Result<FileReport> ImportJob::importFile(const ImportSource &source, HashingFile &file, ImportContext &context,
                                         Progress *progress)
{
    CsvReader reader(source.csv);
    if (Status opened = reader.open(&file, source.path); !opened)
        return opened.error();
    context.report().encoding = reader.encodingChoice();
    if (Status unique = checkUniqueColumns(reader.header(), source.path); !unique)
        return unique.error();
    if (Status valid = source.mapping.validate(reader.header(), source.path, context.options().idsFromLines); !valid)
        return valid.error();
    if (!reader.hasRecord()) {
        if (!reader.status())
            return reader.status().error();
        context.report().noRows = true; // nothing to record: no `imports` row either
        return context.report();
    }
    context.setSourceSize(file.knownSize());
    auto importId = recordStart(source);
    if (!importId)
        return importId.error();
    if (Status prepared = context.prepare(*importId, reader.header()); !prepared)
        return prepared.error();
    auto importer = RowImporter::create(source.kind, context);
    if (Status prepared = importer->prepare(); !prepared)
        return prepared.error();
    std::optional<Error> failure;
    bool cancelledNow = false;
    // Progress is told here, on the writer's thread, batch by batch: the caller's
    // callback never runs on the reading thread.
    Status read = ReadAhead(reader, *importer).run([&](RecordBatch &batch) {
        context.report().rowsRead += std::int64_t(batch.size());
        m_rowsDone.fetch_add(std::int64_t(batch.size()), std::memory_order_relaxed);
        if (Status status = importer->write(batch); !status) {
            failure = status.error();
            return false;
        }
        cancelledNow = progress && !progress->report(m_bytesBefore + batch.bytesRead, m_bytesTotal);
        return !cancelledNow;
    });
    context.reportMissingPlaceholders(); // the reading thread has stopped
    if (failure)
        return *failure;
    if (cancelledNow || (progress && progress->cancelled()))
        return cancelled();
    if (!read)
        return read.error();
    if (Status finished = importer->finish(); !finished)
        return finished.error();
    context.report().sha256 = file.finishHash();
    context.report().size = file.bytesHashed();
    m_bytesBefore += file.bytesHashed();
    if (Status finished = recordFinish(context); !finished)
        return finished.error();
    return context.report();
}

Result<std::int64_t> ImportJob::recordStart(const ImportSource &source)
{
    auto insert = m_workspace.database().prepare(
        "INSERT INTO imports (id, kind, file, mapping, started_at, undo_recorded) "
        "VALUES ((SELECT COALESCE(max(id), 0) + 1 FROM imports), ?1, ?2, ?3, ?4, 1) RETURNING id");
    if (!insert)
        return insert.error();
    QJsonObject mapping = source.mapping.toJson();
    if (source.kind == ImportKind::Events && !m_request.activities.entries().isEmpty())
        mapping.insert(u"activities"_qs, m_request.activities.toJson());
    // What was read as missing belongs to how the file was read.
    mapping.insert(u"missingValues"_qs, QJsonArray::fromStringList(m_request.options.missingValues.texts()));
    insert->bind(1, importKindName(source.kind))
        .bind(2, QFileInfo(source.path).absoluteFilePath())
        .bind(3, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)))
        .bind(4, std::int64_t(QDateTime::currentSecsSinceEpoch()));
    auto row = insert->step();
    if (!row)
        return row.error();
    const std::int64_t id = *row ? insert->int64(0) : 0;
    insert->reset(); // the insert is done with its first step
    return id;
}

Status ImportJob::recordFinish(ImportContext &context)
{
    const FileReport &report = context.report();
    auto update = m_workspace.database().prepare(
        "UPDATE imports SET file_hash = ?1, finished_at = ?2, rows_read = ?3, rows_imported = ?4, rows_rejected = ?5, "
        "rows_updated = ?6, rows_skipped = ?7, rows_duplicate = ?8, leads_created = ?9, file_size = ?11, "
        "rows_unchanged = ?12 WHERE id = ?10");
    if (!update)
        return update.error();
    update->bind(1, report.sha256).bind(2, std::int64_t(QDateTime::currentSecsSinceEpoch())).bind(3, report.rowsRead);
    update->bind(4, report.imported()).bind(5, report.rejected).bind(6, report.updated).bind(7, report.skipped);
    update->bind(8, report.duplicates).bind(9, report.leadsCreated).bind(10, context.importId());
    update->bind(11, report.size); // what was read: a pipe has no size before its end
    update->bind(12, report.unchanged);
    if (!m_request.options.dryRun)
        context.m_report.importId = context.importId();
    if (Status status = update->run(); !status)
        return status;
    return findEarlierImport(context);
}

// The same bytes imported before: said, never refused (the rows then count as
// unchanged, skipped or duplicates, so nothing lands twice).
Status ImportJob::findEarlierImport(ImportContext &context)
{
    auto earlier = m_workspace.database().prepare(
        "SELECT id, finished_at FROM imports WHERE file_hash = ?1 AND id <> ?2 AND finished_at IS NOT NULL "
        "ORDER BY id DESC LIMIT 1");
    if (!earlier)
        return earlier.error();
    earlier->bind(1, context.report().sha256).bind(2, context.importId());
    auto row = earlier->step();
    if (!row)
        return row.error();
    if (*row)
        context.m_report.sameFileAs = FileReport::EarlierImport{earlier->int64(0), earlier->int64(1)};
    return {};
}

// New leads with no created date take their earliest event's time, once every file of
// the import has landed (so the same run's events count); those with no event keep the
// import's time, and the report counts both. The events the leads file itself made
// (CountEvents, dated at the import's time meanwhile) are no first event: they move to
// the date found.
Status ImportJob::dateByFirstEvent(FileReport &file, std::int64_t importId, const std::vector<std::int64_t> &undated)
{
    Database &database = m_workspace.database();
    if (Status made = database.exec("CREATE TEMP TABLE undated_leads (id INTEGER PRIMARY KEY)"); !made)
        return made;
    auto add = database.prepare("INSERT OR IGNORE INTO temp.undated_leads (id) VALUES (?1)");
    if (!add)
        return add.error();
    for (std::int64_t id : undated) {
        add->bind(1, id);
        if (Status added = add->run(); !added)
            return added;
    }
    auto date = database.prepare(
        "UPDATE leads SET created_at = first.at FROM (SELECT e.lead_id AS lead, min(e.occurred_at) AS at "
        "FROM events e JOIN temp.undated_leads u ON u.id = e.lead_id WHERE e.import_id IS NOT ?1 "
        "GROUP BY e.lead_id) AS first WHERE leads.id = first.lead");
    if (!date)
        return date.error();
    date->bind(1, importId);
    if (Status dated = date->run(); !dated)
        return dated;
    const std::int64_t changed = database.changes();
    auto counted = database.prepare(
        "UPDATE events SET occurred_at = l.created_at FROM leads l JOIN temp.undated_leads u ON u.id = l.id "
        "WHERE events.lead_id = l.id AND events.import_id = ?1 AND events.occurred_at <> l.created_at");
    if (!counted)
        return counted.error();
    counted->bind(1, importId);
    if (Status moved = counted->run(); !moved)
        return moved;
    file.createdDates.fromFirstEvent += changed;
    file.createdDates.fromImport -= changed;
    return database.exec("DROP TABLE temp.undated_leads");
}

// A first import of leads (and their events) can score what it wrote without reading
// it back; outcomes change leads after the fact, and a dry run rescores nothing.
bool ImportJob::wantsImportedInput() const
{
    const auto &sources = m_request.sources;
    return m_request.options.rescore && !m_request.options.dryRun
           && std::none_of(sources.begin(), sources.end(),
                           [](const ImportSource &source) { return source.kind == ImportKind::Outcomes; })
           && std::any_of(sources.begin(), sources.end(),
                          [](const ImportSource &source) { return source.kind == ImportKind::Leads; });
}

// A rescore follows unless it was turned off or nothing changed (and the scores were
// not stale before).
bool ImportJob::rescoreWanted(const std::vector<std::int64_t> &touched) const
{
    return m_request.options.rescore && (!touched.empty() || m_rescoreAll);
}

// Whether the rescore after this import will score the imported rows without reading
// them back: decided before they are handed to RescoreAhead.
bool ImportJob::rescoresFromImport(const ImportReport &report, const std::vector<std::int64_t> &touched,
                                   const ImportedScoringInput *imported) const
{
    if (!imported || !rescoreWanted(touched))
        return false;
    std::int64_t leadsStored = 0;
    for (const FileReport &file : report.files)
        leadsStored += file.kind == ImportKind::Leads ? file.inserted : 0;
    return imported->complete(leadsStored);
}

void ImportJob::rescore(ImportReport &report, const std::vector<std::int64_t> &touched, ImportedScoringInput *imported,
                        RescoreAhead *ahead)
{
    if (!rescoreWanted(touched))
        return;
    WorkspaceScorer::Options options;
    if (!m_rescoreAll)
        options.onlyLeads = touched;
    options.partialClearsStaleMark = !m_rescoreAll;
    report.rescoredFromImport = imported != nullptr;
    if (ahead)
        options.scoredAhead = [ahead] { return ahead->take(); };
    else if (imported)
        options.loadEverything = [imported](EventColumnsLoader &loader) {
            return loader.loadFrom(imported->takeLeads(), imported->takeEvents());
        };
    QElapsedTimer clock;
    clock.start();
    auto scored = WorkspaceScorer(m_workspace).run(options);
    report.rescoreMs = clock.elapsed();
    report.rescored = scored.ok();
    report.rescoreUsedScoresAhead = scored && scored->usedScoresAhead;
    if (!scored)
        report.rescoreError = scored.error().toString();
}

} // namespace LeadStage
